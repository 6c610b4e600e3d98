package org.dyad.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code dyad watch} remembers between polls, kept in the event store beside the articles
 * (tables {@code feeds} and {@code feed_items}, docs/STORE.md), so a killed watch restarts where it
 * stopped: every feed item is written here as soon as it is settled, and a feed's conditional-GET
 * validators (ETag, Last-Modified) only once all its items are, so a 304 can never hide an item
 * that was listed but not yet fetched.
 */
public final class FeedLedger {
    /** What became of one feed item. Only {@link #RETRY} is tried again on a later cycle. */
    public enum ItemStatus {
        /** fetched, coded and stored (the article may have failed coding: see {@code detail}) */
        CODED,
        /** the same article as one already stored (same canonical address or same page text) */
        DUPLICATE,
        /** robots.txt disallows the address */
        ROBOTS,
        /** not a news page (media type, or no article text) */
        NOT_ARTICLE,
        /** 4xx, redirect loop, page too large: asking again will not help */
        GONE,
        /** a transient failure (timeout, 5xx, connection): tried again next cycle */
        RETRY,
        /** still failing after the last allowed attempt */
        GIVEN_UP;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A feed's stored state. */
    public record FeedState(String url, String etag, String lastModified, Instant lastPolled, String lastStatus,
                            int failuresInRow) {
    }

    /** One poll of a feed, as it ended. {@code ok} polls reset the failure count; others add one. */
    public record FeedPoll(String url, String name, boolean ok, String status, Integer http, String error,
                           String etag, String lastModified, int items, int newArticles) {
    }

    /** One feed item as it was settled (or left to retry). */
    public record ItemRecord(String url, String feedUrl, String title, LocalDate published, String pageUrl,
                             String bodyHash, String articleId, ItemStatus status, String detail) {
    }

    /** An item left to retry, with what is needed to fetch it again without its feed. */
    public record PendingItem(String url, String title, LocalDate published, int attempts) {
    }

    private final EventStore store;

    public FeedLedger(EventStore store) {
        this.store = store;
    }

    public Optional<FeedState> feed(String url) {
        Table t = store.select("SELECT url, etag, last_modified, last_polled, last_status, failures_in_row FROM feeds WHERE url = ?", url);
        if (t.size() == 0) return Optional.empty();
        Object polled = t.value(0, "last_polled");
        return Optional.of(new FeedState(url, (String) t.value(0, "etag"), (String) t.value(0, "last_modified"),
                polled == null ? null : ((LocalDateTime) polled).atZone(ZoneId.systemDefault()).toInstant(),
                (String) t.value(0, "last_status"), ((Number) t.value(0, "failures_in_row")).intValue()));
    }

    /** Records a poll. A failed poll keeps the validators of the last good one. */
    public void recordPoll(FeedPoll p) {
        Timestamp now = now();
        store.update("""
                INSERT INTO feeds (url, name, etag, last_modified, last_polled, last_ok, last_status, last_http, last_error,
                                   items_last, new_last, articles_total, failures_in_row)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (url) DO UPDATE SET
                  name = excluded.name,
                  etag = CASE WHEN ? THEN excluded.etag ELSE feeds.etag END,
                  last_modified = CASE WHEN ? THEN excluded.last_modified ELSE feeds.last_modified END,
                  last_polled = excluded.last_polled,
                  last_ok = coalesce(excluded.last_ok, feeds.last_ok),
                  last_status = excluded.last_status,
                  last_http = excluded.last_http,
                  last_error = excluded.last_error,
                  items_last = excluded.items_last,
                  new_last = excluded.new_last,
                  articles_total = feeds.articles_total + excluded.articles_total,
                  failures_in_row = CASE WHEN ? THEN 0 ELSE feeds.failures_in_row + 1 END""",
                p.url(), p.name(), p.ok() ? p.etag() : null, p.ok() ? p.lastModified() : null, now, p.ok() ? now : null,
                p.status(), p.http(), p.error(), p.items(), p.newArticles(), p.newArticles(), p.ok() ? 0 : 1,
                p.ok(), p.ok(), p.ok());
    }

    /** True when the item was seen before and needs nothing more (everything but {@code retry}). */
    public boolean settled(String itemUrl) {
        return store.select("SELECT 1 FROM feed_items WHERE url = ? AND status <> ?", itemUrl, ItemStatus.RETRY.label()).size() > 0;
    }

    /** The stored article already read at this canonical page address, if any. */
    public Optional<String> articleForPage(String pageUrl) {
        return first("SELECT article_id FROM feed_items WHERE page_url = ? AND article_id IS NOT NULL LIMIT 1", pageUrl);
    }

    /** The stored article whose page text had this hash, if any. */
    public Optional<String> articleForBody(String bodyHash) {
        return first("SELECT article_id FROM feed_items WHERE body_hash = ? AND article_id IS NOT NULL LIMIT 1", bodyHash);
    }

    private Optional<String> first(String sql, Object param) {
        Table t = store.select(sql, param);
        return t.size() == 0 ? Optional.empty() : Optional.ofNullable((String) t.rows().get(0).get(0));
    }

    /** Writes (or overwrites) one item; every write counts one attempt. */
    public void recordItem(ItemRecord r) {
        Timestamp now = now();
        store.update("""
                INSERT INTO feed_items (url, feed_url, title, published, page_url, body_hash, article_id, status, detail,
                                        attempts, first_seen, last_tried)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                ON CONFLICT (url) DO UPDATE SET
                  page_url = excluded.page_url, body_hash = excluded.body_hash, article_id = excluded.article_id,
                  status = excluded.status, detail = excluded.detail,
                  attempts = feed_items.attempts + 1, last_tried = excluded.last_tried""",
                r.url(), r.feedUrl(), r.title(), r.published(), r.pageUrl(), r.bodyHash(), r.articleId(),
                r.status().label(), r.detail(), now, now);
    }

    /** Attempts made so far for an item (0 when never seen). */
    public int attempts(String itemUrl) {
        Table t = store.select("SELECT attempts FROM feed_items WHERE url = ?", itemUrl);
        return t.size() == 0 ? 0 : ((Number) t.rows().get(0).get(0)).intValue();
    }

    /** The feed's items left to retry, oldest first. */
    public List<PendingItem> retries(String feedUrl) {
        Table t = store.select("SELECT url, title, published, attempts FROM feed_items WHERE feed_url = ? AND status = ? ORDER BY first_seen",
                feedUrl, ItemStatus.RETRY.label());
        List<PendingItem> out = new ArrayList<>();
        for (List<Object> row : t.rows())
            out.add(new PendingItem((String) row.get(0), (String) row.get(1), (LocalDate) row.get(2), ((Number) row.get(3)).intValue()));
        return out;
    }

    private static Timestamp now() {
        // as articles.stored_at is written (ArticleWriter)
        return Timestamp.from(Instant.now());
    }
}
