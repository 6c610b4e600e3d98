package org.dyad.query;

import org.dyad.store.EventStore;
import org.dyad.store.Table;

import java.util.List;

/**
 * What {@code dyad watch} has been doing: each feed's last poll, and the events of the articles
 * stored most recently. A store no watch has written to (or an older one opened read-only) has no
 * feed tables: its feed list is simply empty.
 */
public final class FeedQuery {
    private final EventStore store;

    public FeedQuery(EventStore store) {
        this.store = store;
    }

    private boolean hasFeedTables() {
        Table t = store.select("SELECT count(*) AS n FROM information_schema.tables WHERE table_name IN ('feeds', 'feed_items')");
        return ((Number) t.value(0, "n")).longValue() == 2;
    }

    /**
     * Each feed's last status, most recently polled first: {@code name}, {@code url}, {@code status}
     * (ok, not-modified, robots, unreachable, failed, malformed, error), {@code http}, {@code error},
     * {@code last_polled}, {@code last_ok}, {@code items} (listed at the last poll), {@code new_articles}
     * (at the last poll), {@code articles} (all time), {@code failures_in_row}, {@code retrying} (items
     * waiting for another attempt).
     */
    public Table feeds(int limit) {
        if (!hasFeedTables()) return new Table(List.of("name", "url", "status"), List.of());
        return store.select("""
                SELECT f.name, f.url, f.last_status AS status, f.last_http AS http, f.last_error AS error,
                       f.last_polled, f.last_ok, f.items_last AS items, f.new_last AS new_articles,
                       f.articles_total AS articles, f.failures_in_row,
                       (SELECT count(*) FROM feed_items i WHERE i.feed_url = f.url AND i.status = 'retry') AS retrying
                FROM feeds f
                ORDER BY f.last_polled DESC NULLS LAST, f.name
                LIMIT ?""", (long) limit);
    }

    /**
     * The events of the most recently stored articles, newest first: {@code id}, {@code type},
     * {@code cameo}, source and target ({@code source_name}, {@code source_country}, ...), {@code dyad},
     * {@code event_date}, {@code factuality}, {@code sentence}, {@code stored_at} (when its newest report
     * was stored), and that report's {@code article_id}, {@code article_title}, {@code article_url}.
     */
    public Table latestEvents(int limit) {
        return store.select("""
                SELECT e.id, e.type, e.cameo, e.source_name, e.source_country, e.target_name, e.target_country, e.dyad,
                       e.event_date, e.factuality, e.sentence,
                       max(a.stored_at) AS stored_at,
                       arg_max(a.id, a.stored_at) AS article_id,
                       arg_max(a.title, a.stored_at) AS article_title,
                       arg_max(a.url, a.stored_at) AS article_url
                FROM events e
                JOIN event_mentions m ON m.event_id = e.id
                JOIN articles a ON a.id = m.article_id
                GROUP BY e.id, e.type, e.cameo, e.source_name, e.source_country, e.target_name, e.target_country, e.dyad,
                         e.event_date, e.factuality, e.sentence
                ORDER BY stored_at DESC, e.id DESC
                LIMIT ?""", (long) limit);
    }
}
