package org.dyad.query;

import org.dyad.store.EventStore;
import org.dyad.store.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Stored quotations with their speakers, oldest article first. */
public final class QuoteQuery {
    private final EventStore store;

    public QuoteQuery(EventStore store) {
        this.store = store;
    }

    /**
     * @param speaker only quotes whose speaker contains this (any case: "macron"), or null
     * @param country only speakers resolved to this country, or null
     */
    public Table quotes(String speaker, String country, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("TRUE");
        if (speaker != null) {
            where.append(" AND q.speaker ILIKE ?");
            params.add("%" + speaker + "%");
        }
        if (country != null) {
            where.append(" AND q.country = ?");
            params.add(country.toUpperCase(Locale.ROOT));
        }
        params.add((long) limit);
        return store.select("""
                SELECT q.speaker, q.country, q.sector, a.published_date AS published, q.article_id AS article, q.text AS quote
                FROM quotes q JOIN articles a ON a.id = q.article_id
                WHERE %s
                ORDER BY a.published_date NULLS LAST, q.article_id, q.seq
                LIMIT ?""".formatted(where), params.toArray());
    }
}
