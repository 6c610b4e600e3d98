package org.dyad.web;

import org.dyad.article.PloverType;
import org.dyad.query.CooperationScale;
import org.dyad.query.EventFilter;
import org.dyad.query.EventQuery;
import org.dyad.query.LocationQuery;
import org.dyad.query.FeedQuery;
import org.dyad.query.Granularity;
import org.dyad.query.QuoteQuery;
import org.dyad.query.StoreOverview;
import org.dyad.query.TimelineQuery;
import org.dyad.query.TimelineRow;
import org.dyad.store.EventStore;
import org.dyad.store.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON API's answers: one method per endpoint, each reading its parameters, calling
 * {@code org.dyad.query} and returning a value the shared Jackson mapper writes (records, maps,
 * lists of row objects). Holds no state but the store, so one instance serves every request.
 * docs/WEB.md documents the endpoints.
 */
final class StoreApi {
    static final int DEFAULT_EVENTS = 500;
    static final int DEFAULT_QUOTES = 200;
    static final int DEFAULT_DYADS = 500;
    static final int DEFAULT_LATEST = 50;
    static final int DEFAULT_FEEDS = 500;

    private final StoreOverview overview;
    private final EventQuery events;
    private final TimelineQuery timeline;
    private final QuoteQuery quotes;
    private final LocationQuery locations;
    private final FeedQuery feeds;

    StoreApi(EventStore store) {
        this.overview = new StoreOverview(store);
        this.events = new EventQuery(store);
        this.timeline = new TimelineQuery(store);
        this.quotes = new QuoteQuery(store);
        this.locations = new LocationQuery(store);
        this.feeds = new FeedQuery(store);
    }

    /** {@code GET /api/summary}: the store's totals and date span. */
    StoreOverview.Totals summary() {
        return overview.totals();
    }

    /** {@code GET /api/dyads}: the dyads present, most events first. */
    List<Map<String, Object>> dyads(RequestParams p) {
        return rows(overview.dyads(p.limit(DEFAULT_DYADS)));
    }

    /** {@code GET /api/types}: the PLOVER types in order with their score weight and quad category. */
    List<Map<String, Object>> types() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PloverType t : PloverType.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", t.name());
            m.put("weight", CooperationScale.weight(t));
            m.put("quad", CooperationScale.quad(t));
            out.add(m);
        }
        return out;
    }

    /** {@code GET /api/timeline?a=&b=&by=&from=&to=}: per period counts per type and the score. */
    Map<String, Object> timeline(RequestParams p) {
        String a = p.requiredCountry("a"), b = p.requiredCountry("b");
        Granularity by = p.granularity(Granularity.MONTH);
        LocalDate[] range = p.dateRange();
        List<TimelineRow> rows = timeline.timeline(a, b, by, range[0], range[1]);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("a", a);
        out.put("b", b);
        out.put("by", by.name().toLowerCase(java.util.Locale.ROOT));
        out.put("from", range[0]);
        out.put("to", range[1]);
        out.put("events", rows.stream().mapToInt(TimelineRow::events).sum());
        out.put("rows", rows);
        return out;
    }

    /** {@code GET /api/events?a=&b=&directed=&from=&to=&type=&factuality=&place=&limit=}: events with evidence ({@code place}: located in that country). */
    Map<String, Object> events(RequestParams p) {
        String a = p.country("a"), b = p.country("b");
        LocalDate[] range = p.dateRange();
        EventFilter f = new EventFilter(a, b, p.flag("directed", false), p.type(), range[0], range[1],
                p.factuality(), p.limit(DEFAULT_EVENTS), p.country("place"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", events.count(f));
        out.put("limit", f.limit());
        out.put("events", rows(events.detailed(f)));
        return out;
    }

    /**
     * {@code GET /api/map?a=&b=&directed=&from=&to=&type=&factuality=}: where the events took place:
     * located events per country and the points (places, regions) with their event ids.
     */
    Map<String, Object> map(RequestParams p) {
        String a = p.country("a"), b = p.country("b");
        LocalDate[] range = p.dateRange();
        EventFilter f = new EventFilter(a, b, p.flag("directed", false), p.type(), range[0], range[1],
                p.factuality(), Integer.MAX_VALUE);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("events", events.count(f));
        out.put("countries", rows(locations.countries(f)));
        out.put("points", rows(locations.points(f)));
        return out;
    }

    /** {@code GET /api/events/{id}/mentions}: every report of one event; 404 when there is no such event. */
    List<Map<String, Object>> mentions(String id) {
        long eventId = RequestParams.id("id", id);
        List<Map<String, Object>> out = rows(events.mentions(eventId));
        if (out.isEmpty()) throw new NotFound("no event " + eventId + " in this store");
        return out;
    }

    /** {@code GET /api/quotes?a=&b=&from=&to=&scope=dyad|all&limit=}: quotes of both countries' speakers. */
    Map<String, Object> quotes(RequestParams p) {
        String a = p.requiredCountry("a"), b = p.requiredCountry("b");
        LocalDate[] range = p.dateRange();
        String scope = p.string("scope") == null ? "dyad" : p.string("scope");
        if (!scope.equals("dyad") && !scope.equals("all"))
            throw new BadRequest("scope must be dyad (articles reporting the dyad) or all, not '" + scope + "'");
        int limit = p.limit(DEFAULT_QUOTES);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scope", scope);
        out.put("quotes", rows(quotes.dyadQuotes(a, b, range[0], range[1], scope.equals("dyad"), limit)));
        return out;
    }

    /** {@code GET /api/latest?limit=}: the events of the most recently stored articles, newest first. */
    List<Map<String, Object>> latest(RequestParams p) {
        return rows(feeds.latestEvents(p.limit(DEFAULT_LATEST)));
    }

    /** {@code GET /api/feeds?limit=}: each watched feed's last poll (empty when nothing was watched). */
    List<Map<String, Object>> feeds(RequestParams p) {
        return rows(feeds.feeds(p.limit(DEFAULT_FEEDS)));
    }

    /** A table as a list of objects keyed by column name, in column order. */
    static List<Map<String, Object>> rows(Table t) {
        List<Map<String, Object>> out = new ArrayList<>(t.size());
        for (List<Object> row : t.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < t.columns().size(); i++) m.put(t.columns().get(i), row.get(i));
            out.add(m);
        }
        return out;
    }
}
