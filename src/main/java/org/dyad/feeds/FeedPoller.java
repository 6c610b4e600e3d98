package org.dyad.feeds;

import org.dyad.article.ArticleOutcome;
import org.dyad.article.RawArticle;
import org.dyad.store.ContentHash;
import org.dyad.store.EventStore;
import org.dyad.store.FeedLedger;
import org.dyad.store.FeedLedger.ItemStatus;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Polls one feed and brings each new item into the store: the feed is fetched conditionally and
 * parsed; every item not settled before is fetched, checked against what is stored (canonical
 * address, then page text), coded by the injected coder with the item's date as the given
 * publication date, saved, and settled in the ledger. Items that failed for a reason that may pass
 * are retried on later polls, even when the feed itself answers 304. Nothing a server does throws
 * out of {@link #poll}: each problem is one log line and a status.
 */
public final class FeedPoller {
    /** Media types read as pages; anything else (PDF, images, video) is not an article. */
    private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain", "");

    private final PoliteFetcher fetcher;
    private final FeedReader reader = new FeedReader();
    private final CanonicalUrl canonical;
    private final EventStore store;
    private final FeedLedger ledger;
    private final Function<RawArticle, ArticleOutcome> coder;
    private final Semaphore coding;
    private final Consumer<String> log;
    private final Settings settings;
    /** Canonical addresses and text hashes being coded right now: another feed's copy waits, then is a duplicate. */
    private final Set<String> inFlight = new java.util.HashSet<>();

    /**
     * @param maxItems    items taken from one feed per poll (the newest first, as feeds list them)
     * @param maxAttempts fetches of one item before it is given up
     * @param minText     characters of visible text below which a page is not an article
     */
    public record Settings(int maxItems, int maxAttempts, int minText, java.time.Duration every) {
        /** Without a cycle interval: every feed is polled every cycle, however often it failed. */
        public Settings(int maxItems, int maxAttempts, int minText) {
            this(maxItems, maxAttempts, minText, null);
        }

        public static Settings defaults() {
            return new Settings(100, 3, 200);
        }
    }

    /** Polls in a row a feed may fail before it is asked less often. */
    static final int RESTING_AFTER = 3;

    /**
     * A feed that failed {@link #RESTING_AFTER} polls in a row or more rests: it is asked again only
     * after 2, 4, 8, 16, then at most 32 cycle intervals, so a dead feed costs its server (and us)
     * little while one that comes back is still found within a day at the default 15 minutes.
     */
    static boolean resting(FeedLedger.FeedState state, java.time.Duration every, java.time.Instant now) {
        if (every == null || state.failuresInRow() < RESTING_AFTER || state.lastPolled() == null) return false;
        long cycles = 1L << Math.min(state.failuresInRow() - RESTING_AFTER + 1, 5);
        return now.isBefore(state.lastPolled().plus(every.multipliedBy(cycles)).minusSeconds(1));
    }

    public FeedPoller(PoliteFetcher fetcher, CanonicalUrl canonical, EventStore store,
                      Function<RawArticle, ArticleOutcome> coder, Semaphore coding, Consumer<String> log, Settings settings) {
        this.fetcher = fetcher;
        this.canonical = canonical;
        this.store = store;
        this.ledger = new FeedLedger(store);
        this.coder = coder;
        this.coding = coding;
        this.log = log;
        this.settings = settings;
    }

    /** Polls the feed once; never throws for anything a server does. */
    public FeedReport poll(FeedSource feed) {
        FeedReport.Builder r = new FeedReport.Builder(feed);
        try {
            Optional<FeedLedger.FeedState> state = ledger.feed(feed.url());
            if (state.isPresent() && resting(state.get(), settings.every(), java.time.Instant.now())) {
                r.status("resting", null, "failed " + state.get().failuresInRow() + " polls in a row");
                return r.build();
            }
            for (FeedLedger.PendingItem p : ledger.retries(feed.url()))
                item(feed, new FeedItem(p.url(), p.title(), p.published()), p.url(), r);
            FetchResult got = fetcher.fetch(feed.url(), state.map(FeedLedger.FeedState::etag).orElse(null),
                    state.map(FeedLedger.FeedState::lastModified).orElse(null));
            if (got instanceof FetchResult.NotModified) {
                r.status("not-modified", 304, null);
                finish(feed, r, true, state.map(FeedLedger.FeedState::etag).orElse(null),
                        state.map(FeedLedger.FeedState::lastModified).orElse(null));
            } else if (got instanceof FetchResult.Disallowed d) {
                fail(feed, r, "robots", null, "robots.txt disallows " + d.where());
            } else if (got instanceof FetchResult.Failed f) {
                fail(feed, r, f.transient_() ? "unreachable" : "failed", f.status() == 0 ? null : f.status(), f.reason());
            } else {
                FetchResult.Ok ok = (FetchResult.Ok) got;
                List<FeedItem> items;
                try {
                    items = reader.read(ok.body());
                } catch (FeedReader.MalformedFeed e) {
                    fail(feed, r, "malformed", ok.status(), "not a feed: " + e.getMessage());
                    return r.build();
                }
                r.listed(items.size());
                int taken = 0;
                for (FeedItem listed : items) {
                    if (taken++ >= settings.maxItems()) break;
                    FeedItem it = absolute(listed, ok.finalUrl());
                    String key = canonical.of(it.link());
                    if (ledger.settled(key)) {
                        r.seen++;
                        continue;
                    }
                    item(feed, it, key, r);
                }
                r.status("ok", ok.status(), null);
                // validators only now: had we stopped half-way, a 304 next time would hide the rest
                finish(feed, r, true, ok.etag(), ok.lastModified());
            }
        } catch (RuntimeException e) {
            // a bug or a store problem: this feed's poll ends here, the loop goes on with the others
            fail(feed, r, "error", null, "internal error: " + e);
        }
        return r.build();
    }

    /** Some feeds give relative links: they are relative to the feed's own address. */
    private static FeedItem absolute(FeedItem it, String feedUrl) {
        if (it.link().matches("(?i)https?://.*")) return it;
        try {
            return new FeedItem(java.net.URI.create(feedUrl).resolve(it.link().replace(" ", "%20")).toString(), it.title(), it.published());
        } catch (IllegalArgumentException e) {
            return it;  // the fetch will say what is wrong with it
        }
    }

    private void fail(FeedSource feed, FeedReport.Builder r, String status, Integer http, String why) {
        r.status(status, http, why);
        log.accept(feed.name() + ": " + status + ": " + why);
        finish(feed, r, false, null, null);
    }

    private void finish(FeedSource feed, FeedReport.Builder r, boolean ok, String etag, String lastModified) {
        ledger.recordPoll(new FeedLedger.FeedPoll(feed.url(), feed.name(), ok, r.status, r.http, r.error, etag, lastModified,
                r.listed, r.coded + r.codingFailed));
    }

    /** Fetches, de-duplicates, codes and stores one item, and settles it in the ledger. */
    private void item(FeedSource feed, FeedItem it, String key, FeedReport.Builder r) {
        FetchResult got = fetcher.fetch(it.link());
        if (got instanceof FetchResult.Disallowed d) {
            settle(feed, it, key, null, null, null, ItemStatus.ROBOTS, "robots.txt disallows " + d.where(), r);
        } else if (got instanceof FetchResult.NotModified) {
            settle(feed, it, key, null, null, null, ItemStatus.GONE, "304 to an unconditional request", r);
        } else if (got instanceof FetchResult.Failed f) {
            boolean retry = f.transient_() && ledger.attempts(key) + 1 < settings.maxAttempts();
            ItemStatus s = !f.transient_() ? ItemStatus.GONE : retry ? ItemStatus.RETRY : ItemStatus.GIVEN_UP;
            settle(feed, it, key, null, null, null, s, f.reason(), r);
        } else {
            page(feed, it, key, (FetchResult.Ok) got, r);
        }
    }

    private void page(FeedSource feed, FeedItem it, String key, FetchResult.Ok ok, FeedReport.Builder r) {
        if (!PAGE_TYPES.contains(ok.mediaType())) {
            settle(feed, it, key, canonical.of(ok.finalUrl()), null, null, ItemStatus.NOT_ARTICLE, "media type " + ok.mediaType(), r);
            return;
        }
        boolean html = !ok.mediaType().equals("text/plain");
        String content = ok.text();
        PageFingerprint print = html ? PageFingerprint.of(content, ok.finalUrl(), canonical)
                : new PageFingerprint(null, PageFingerprint.sha256(content.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT)), content.strip().length());
        String pageUrl = print.canonicalUrl() != null ? print.canonicalUrl() : canonical.of(ok.finalUrl());
        if (print.textLength() < settings.minText()) {
            settle(feed, it, key, pageUrl, print.bodyHash(), null, ItemStatus.NOT_ARTICLE, "only " + print.textLength() + " characters of text", r);
            return;
        }
        claim(pageUrl, print.bodyHash());
        try {
            store(feed, it, key, ok, html, content, print, pageUrl, r);
        } finally {
            release(pageUrl, print.bodyHash());
        }
    }

    private void claim(String pageUrl, String bodyHash) {
        synchronized (inFlight) {
            while (inFlight.contains(pageUrl) || inFlight.contains(bodyHash)) {
                try {
                    inFlight.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for " + pageUrl, e);
                }
            }
            inFlight.add(pageUrl);
            inFlight.add(bodyHash);
        }
    }

    private void release(String pageUrl, String bodyHash) {
        synchronized (inFlight) {
            inFlight.remove(pageUrl);
            inFlight.remove(bodyHash);
            inFlight.notifyAll();
        }
    }

    /** De-duplicates against what is stored, then codes and saves; the caller holds the page's claim. */
    private void store(FeedSource feed, FeedItem it, String key, FetchResult.Ok ok, boolean html, String content,
                       PageFingerprint print, String pageUrl, FeedReport.Builder r) {
        Optional<String> same = ledger.articleForPage(pageUrl);
        String how = "same address as ";
        if (same.isEmpty()) {
            same = ledger.articleForBody(print.bodyHash());
            how = "same text as ";
        }
        if (same.isPresent()) {
            settle(feed, it, key, pageUrl, print.bodyHash(), same.get(), ItemStatus.DUPLICATE, how + same.get(), r);
            return;
        }
        // the feed's date is the given publication date; a page the feed gives no date for is dated by its own metadata
        RawArticle raw = new RawArticle(pageUrl, pageUrl, content, html, it.published(), ok.finalUrl(), it.title());
        String hash = ContentHash.of(raw);
        if (store.contains(raw.id(), hash)) {
            // stored before the ledger heard of it (a watch killed between the two writes)
            settle(feed, it, key, pageUrl, print.bodyHash(), raw.id(), ItemStatus.CODED, "already stored", r);
            return;
        }
        ArticleOutcome outcome = code(raw);
        store.save(outcome, hash);
        if (outcome instanceof ArticleOutcome.Failed f) {
            r.codingFailed++;
            settle(feed, it, key, pageUrl, print.bodyHash(), raw.id(), ItemStatus.CODED, f.stage() + ": " + f.message(), r);
        } else {
            r.coded++;
            r.events += ((ArticleOutcome.Coded) outcome).article().events().size();
            settle(feed, it, key, pageUrl, print.bodyHash(), raw.id(), ItemStatus.CODED, null, r);
        }
    }

    private ArticleOutcome code(RawArticle raw) {
        try {
            coding.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to code " + raw.id(), e);
        }
        try {
            return coder.apply(raw);
        } catch (RuntimeException e) {
            // a bug inside a stage: the article is stored with its error, as ingest does
            return new ArticleOutcome.Failed(raw.id(), raw.source(), "internal", "internal error: " + e);
        } finally {
            coding.release();
        }
    }

    private void settle(FeedSource feed, FeedItem it, String key, String pageUrl, String bodyHash, String articleId,
                        ItemStatus status, String detail, FeedReport.Builder r) {
        ledger.recordItem(new FeedLedger.ItemRecord(key, feed.url(), it.title(), it.published(), pageUrl, bodyHash, articleId, status, detail));
        r.count(status);
        if (status != ItemStatus.CODED || detail != null && !detail.equals("already stored"))
            log.accept(feed.name() + ": " + status.label() + ": " + it.link() + (detail != null ? " (" + detail + ")" : ""));
    }
}
