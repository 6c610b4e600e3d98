package org.dyad.query;

import org.dyad.store.EventStore;
import org.dyad.store.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The actors the stored articles mention, most widely reported first. */
public final class ActorQuery {
    private final EventStore store;

    public ActorQuery(EventStore store) {
        this.store = store;
    }

    /**
     * @param country only actors of this country or body code, or null for all
     * @param name    only actors whose name contains this (any case), or null
     */
    public Table actors(String country, String name, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("TRUE");
        if (country != null) {
            where.append(" AND country = ?");
            params.add(country.toUpperCase(Locale.ROOT));
        }
        if (name != null) {
            where.append(" AND name ILIKE ?");
            params.add("%" + name + "%");
        }
        params.add((long) limit);
        return store.select("""
                SELECT name, country, sector, code, count(DISTINCT article_id) AS articles, sum(mentions) AS mentions
                FROM actors WHERE %s
                GROUP BY name, country, sector, code
                ORDER BY articles DESC, mentions DESC, name, code
                LIMIT ?""".formatted(where), params.toArray());
    }
}
