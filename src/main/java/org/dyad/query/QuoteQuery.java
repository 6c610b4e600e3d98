package org.dyad.query;

import org.dyad.store.EventStore;
import org.dyad.store.Table;

import java.time.LocalDate;
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

    /**
     * Quotes of speakers resolved to either country of a dyad, newest article first: {@code speaker},
     * {@code country}, {@code sector}, {@code published}, {@code article_id}, {@code article_title},
     * {@code article_url}, {@code article_source}, {@code quote}, and {@code dyad_article} (true when the
     * article reports an event between the two). Dates bound the article's publication day (either
     * may be null).
     *
     * @param dyadArticlesOnly only quotes from articles that report an event between the two
     */
    public Table dyadQuotes(String countryA, String countryB, LocalDate from, LocalDate to, boolean dyadArticlesOnly, int limit) {
        if (limit <= 0) throw new IllegalArgumentException("limit must be positive");
        String a = countryA.toUpperCase(Locale.ROOT), b = countryB.toUpperCase(Locale.ROOT);
        DyadCondition dyad = DyadCondition.of(a, b, false);
        List<Object> params = new ArrayList<>(dyad.params());
        params.add(a);
        params.add(b);
        StringBuilder where = new StringBuilder("q.country IN (?, ?)");
        if (from != null) {
            where.append(" AND a.published_date >= ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" AND a.published_date <= ?");
            params.add(to);
        }
        if (dyadArticlesOnly) where.append(" AND d.article_id IS NOT NULL");
        params.add((long) limit);
        return store.select("""
                SELECT q.speaker, q.country, q.sector, a.published_date AS published, q.article_id, a.title AS article_title,
                       a.url AS article_url, a.source AS article_source, q.text AS quote, d.article_id IS NOT NULL AS dyad_article
                FROM quotes q JOIN articles a ON a.id = q.article_id
                LEFT JOIN (SELECT DISTINCT m.article_id FROM event_mentions m JOIN events e ON e.id = m.event_id
                           WHERE %s) d ON d.article_id = q.article_id
                WHERE %s
                ORDER BY a.published_date DESC NULLS LAST, q.article_id, q.seq
                LIMIT ?""".formatted(dyad.sql(), where), params.toArray());
    }
}
