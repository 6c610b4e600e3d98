package org.dyad.query;

import org.dyad.store.EventStore;
import org.dyad.store.Table;

import java.time.LocalDate;
import java.util.List;

/**
 * What a store holds at a glance: its totals, and the dyads its events are between, most
 * eventful first. For the web page's header and dyad picker; the CLI has {@code dyad sql} for more.
 */
public final class StoreOverview {
    private final EventStore store;

    public StoreOverview(EventStore store) {
        this.store = store;
    }

    /**
     * The store's totals.
     *
     * @param articles       stored articles, coded or failed
     * @param failed         articles stored with a coding error (and no events)
     * @param events         de-duplicated events
     * @param mentions       event mentions (each article's report of an event)
     * @param actors         distinct resolved actors (name, country, code)
     * @param quotes         direct quotations
     * @param firstEvent     earliest event day (null when no event is dated)
     * @param lastEvent      latest event day
     * @param firstPublished earliest article publication day (null when none is known)
     * @param lastPublished  latest article publication day
     */
    public record Totals(long articles, long failed, long events, long mentions, long actors, long quotes,
                         LocalDate firstEvent, LocalDate lastEvent, LocalDate firstPublished, LocalDate lastPublished) {
    }

    public Totals totals() {
        Table t = store.select("""
                SELECT (SELECT count(*) FROM articles) AS articles,
                       (SELECT count(*) FROM articles WHERE error IS NOT NULL) AS failed,
                       (SELECT count(*) FROM events) AS events,
                       (SELECT count(*) FROM event_mentions) AS mentions,
                       (SELECT count(*) FROM (SELECT DISTINCT name, country, code FROM actors)) AS actors,
                       (SELECT count(*) FROM quotes) AS quotes,
                       (SELECT min(event_date) FROM events) AS first_event,
                       (SELECT max(event_date) FROM events) AS last_event,
                       (SELECT min(published_date) FROM articles) AS first_published,
                       (SELECT max(published_date) FROM articles) AS last_published""");
        List<Object> r = t.rows().get(0);
        return new Totals(n(r.get(0)), n(r.get(1)), n(r.get(2)), n(r.get(3)), n(r.get(4)), n(r.get(5)),
                (LocalDate) r.get(6), (LocalDate) r.get(7), (LocalDate) r.get(8), (LocalDate) r.get(9));
    }

    /**
     * The dyads with events, most events first: {@code dyad} (the store's key, codes sorted:
     * {@code FRA-GBR}), {@code a} and {@code b} (its two codes), {@code events}, {@code first} and
     * {@code last} event day. Dyads with an unknown side ({@code ?}) are left out: they cannot be
     * picked as a pair.
     */
    public Table dyads(int limit) {
        if (limit <= 0) throw new IllegalArgumentException("limit must be positive");
        return store.select("""
                SELECT dyad, split_part(dyad, '-', 1) AS a, split_part(dyad, '-', 2) AS b, count(*) AS events,
                       min(event_date) AS first, max(event_date) AS last
                FROM events WHERE dyad NOT LIKE '%?%'
                GROUP BY dyad ORDER BY events DESC, dyad LIMIT ?""", (long) limit);
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
