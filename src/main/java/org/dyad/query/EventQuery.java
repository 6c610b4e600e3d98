package org.dyad.query;

import org.dyad.store.EventStore;
import org.dyad.store.Table;

import java.util.ArrayList;
import java.util.List;

/** Lists de-duplicated events, newest first, with their evidence and how many reports they have. */
public final class EventQuery {
    private final EventStore store;

    public EventQuery(EventStore store) {
        this.store = store;
    }

    public Table find(EventFilter f) {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        params.add((long) f.limit());
        return store.select("""
                SELECT id, event_date AS date, date_to, type, cameo,
                       source_name AS source, source_code, target_name AS target, target_code,
                       factuality, mention_count AS mentions, confidence, location_name AS place,
                       location_country AS place_country, sentence AS evidence
                FROM events WHERE %s
                ORDER BY event_date DESC NULLS LAST, id DESC
                LIMIT ?""".formatted(where), params.toArray());
    }

    /**
     * As {@link #find}, with everything a reader needs to judge an event: the date window
     * ({@code date} is the event day, {@code date_from}..{@code date_to} the honest window), both
     * actors' canonical names, words as written, countries and CAMEO codes, mode, score, how many
     * mentions and articles report it, and the article the evidence sentence comes from (the
     * representative mention's: {@code article_id}, {@code article_title}, {@code article_url},
     * {@code article_source}, {@code article_published}).
     */
    public Table detailed(EventFilter f) {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        params.add((long) f.limit());
        // the page of events is chosen first, so only its events' mentions are searched for the evidence's article
        return store.select("""
                WITH e AS (SELECT * FROM events WHERE %s ORDER BY event_date DESC NULLS LAST, id DESC LIMIT ?),
                r AS (
                    -- the representative mention is one whose sentence the event shows: the most confident, then the earliest
                    SELECT m.event_id, first(m.article_id ORDER BY m.confidence DESC, m.published, m.article_id) AS article_id
                    FROM event_mentions m JOIN e ON e.id = m.event_id AND m.sentence = e.sentence
                    GROUP BY m.event_id)
                SELECT e.id, e.event_date AS date, e.date_from, e.date_to, e.type, e.cameo, e.mode,
                       e.source_name, e.source_text, e.source_country, e.source_code,
                       e.target_name, e.target_text, e.target_country, e.target_code,
                       e.factuality, e.confidence, %s AS score, e.mention_count AS mentions, e.article_count AS articles,
                       e.location_name, e.location_country, e.location_region, e.location_lat, e.location_lon,
                       e.location_precision, e.sentence AS evidence, a.id AS article_id, a.title AS article_title, a.url AS article_url,
                       a.source AS article_source, a.published_date AS article_published
                FROM e LEFT JOIN r ON r.event_id = e.id LEFT JOIN articles a ON a.id = r.article_id
                ORDER BY e.event_date DESC NULLS LAST, e.id DESC""".formatted(where,
                CooperationScale.weightSql("e.type") + " * " + CooperationScale.factorSql("e.factuality")),
                params.toArray());
    }

    /** How many events the filter selects, its limit aside. */
    public long count(EventFilter f) {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        return ((Number) store.select("SELECT count(*) AS n FROM events WHERE " + where, params.toArray()).value(0, "n")).longValue();
    }

    /**
     * Every report of one event, earliest published first: the article ({@code article_id},
     * {@code article_title}, {@code article_url}, {@code article_source}, {@code published}) and the
     * mention as that article coded it (type, CAMEO, actors, window, factuality, confidence, its own
     * evidence sentence). Empty when there is no such event.
     */
    public Table mentions(long eventId) {
        return store.select("""
                SELECT m.mention_id, m.article_id, a.title AS article_title, a.url AS article_url, a.source AS article_source,
                       m.published, m.type, m.cameo, m.source_name, m.source_text, m.source_country, m.source_code,
                       m.target_name, m.target_text, m.target_country, m.target_code,
                       m.date_from, m.date_to, m.factuality, m.confidence, m.location_name, m.location_country,
                       m.location_region, m.location_lat, m.location_lon, m.location_precision,
                       m.sentence_index, m.sentence AS evidence
                FROM event_mentions m LEFT JOIN articles a ON a.id = m.article_id
                WHERE m.event_id = ?
                ORDER BY m.published NULLS LAST, m.article_id, m.mention_id""", eventId);
    }

    /** The WHERE condition (over the events table's columns) for a filter, its parameters added to {@code params}. */
    static String where(EventFilter f, List<Object> params) {
        StringBuilder where = new StringBuilder();
        DyadCondition dyad = DyadCondition.of(f.countryA(), f.countryB(), f.directed());
        where.append(dyad.sql());
        params.addAll(dyad.params());
        if (f.type() != null) {
            where.append(" AND type = ?");
            params.add(f.type().name());
        }
        if (f.factuality() != null) {
            where.append(" AND factuality = ?");
            params.add(f.factuality().label());
        }
        if (f.place() != null) {
            where.append(" AND location_country = ?");
            params.add(f.place());
        }
        if (f.from() != null) {
            where.append(" AND event_date >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            where.append(" AND event_date <= ?");
            params.add(f.to());
        }
        return where.toString();
    }
}
