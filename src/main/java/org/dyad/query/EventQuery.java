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
        if (f.from() != null) {
            where.append(" AND event_date >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            where.append(" AND event_date <= ?");
            params.add(f.to());
        }
        params.add((long) f.limit());
        return store.select("""
                SELECT id, event_date AS date, date_to, type, cameo,
                       source_name AS source, source_code, target_name AS target, target_code,
                       factuality, mention_count AS mentions, confidence, sentence AS evidence
                FROM events WHERE %s
                ORDER BY event_date DESC NULLS LAST, id DESC
                LIMIT ?""".formatted(where), params.toArray());
    }
}
