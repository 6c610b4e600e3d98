package org.dyad.feeds;

import org.dyad.article.ArticleOutcome;
import org.dyad.article.PloverType;
import org.dyad.article.RawArticle;
import org.dyad.store.EventStore;
import org.dyad.store.StoreKit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cycles of the watcher over the fixture feeds of {@link FixtureServer}, with a stand-in coder (no
 * CoreNLP): what is fetched, what is stored, what is skipped and why, what a second cycle asks for.
 */
class WatcherTest {
    @TempDir
    Path dir;

    private FixtureServer server;
    private final List<RawArticle> coded = Collections.synchronizedList(new ArrayList<>());
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() {
        server = new FixtureServer();
        warmUp(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /**
     * Test timings: a read timeout far under the slow handlers' sleep yet roomy for a loaded machine,
     * short backoff, one retry.
     */
    static FetchPolicy policy() {
        return FetchPolicy.defaults("https://example.org/dyad-tests")
                .withTimes(Duration.ofMillis(2000), Duration.ofMillis(20), Duration.ofMillis(5)).withRetries(1);
    }

    /** The JVM's first HTTP exchange costs a second or more (class loading): done once before any timed request. */
    static void warmUp(FixtureServer server) {
        try (PoliteFetcher warm = new PoliteFetcher(policy().withTimes(Duration.ofSeconds(60), Duration.ofMillis(20), Duration.ZERO))) {
            warm.fetch(server.url("/robots.txt"));
        }
        server.hits.clear();
        server.counts.clear();
    }

    private List<FeedSource> feeds() {
        return List.of(new FeedSource("world", server.url("/world.rss")), new FeedSource("region", server.url("/region.atom")),
                new FeedSource("broken", server.url("/broken.rss")), new FeedSource("gone", server.url("/gone.rss")),
                new FeedSource("slow", server.url("/slow.rss")));
    }

    /** Codes every article as one agreement between two invented actors, remembering what it was given. */
    private final Function<RawArticle, ArticleOutcome> fakeCoder = raw -> {
        coded.add(raw);
        var a = StoreKit.actor("Norland", "NOR", "GOV");
        var b = StoreKit.actor("Sudmark", "SUD", "GOV");
        String day = raw.published() != null ? raw.published().toString() : "2026-03-01";
        return StoreKit.article(raw.id(), raw.source(), day,
                List.of(StoreKit.event(raw.id() + ":e1", PloverType.AGREE, a, b, day, "Norland agreed with Sudmark.")), List.of());
    };

    private Watcher watcher(EventStore store, Function<RawArticle, ArticleOutcome> coder, PoliteFetcher fetcher) {
        FeedPoller poller = new FeedPoller(fetcher, CanonicalUrl.load(), store, coder, new Semaphore(1), log::add,
                new FeedPoller.Settings(100, 3, 100));
        return new Watcher(poller, 1, line -> { });
    }

    private static FeedReport report(CycleReport c, String name) {
        return c.feeds().stream().filter(f -> f.feed().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void firstCycleStoresEachNewArticleOnceAndLogsEveryProblemPerFeed() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("w.duckdb")); PoliteFetcher fetcher = new PoliteFetcher(policy())) {
            CycleReport c = watcher(store, fakeCoder, fetcher).cycle(feeds());

            assertThat(c.polled()).isEqualTo(5);
            assertThat(c.listed()).isEqualTo(12);
            assertThat(c.newArticles()).isEqualTo(3);
            assertThat(c.coded()).isEqualTo(3);
            assertThat(c.duplicates()).isEqualTo(2);       // the wire copy (same text), the Atom link to the redirected page (same address)
            assertThat(c.skipped()).isEqualTo(4);          // robots.txt, 404, redirect loop, the video
            assertThat(c.failedItems()).isEqualTo(2);      // the slow page and the 503 page, both left to retry
            assertThat(c.feedFailures()).isEqualTo(3);

            FeedReport world = report(c, "world");
            assertThat(world.status()).isEqualTo("ok");
            assertThat(world.seen()).isEqualTo(1);         // the same address with a #fragment
            assertThat(world.retrying()).isEqualTo(2);
            assertThat(report(c, "broken").status()).isEqualTo("malformed");
            assertThat(report(c, "gone").status()).isEqualTo("failed");
            assertThat(report(c, "gone").http()).isEqualTo(404);
            assertThat(report(c, "slow").status()).isEqualTo("unreachable");

            // stored once each, under the canonical address, tracking parameters gone
            assertThat(store.select("SELECT id FROM articles ORDER BY id").rows()).extracting(r -> r.get(0)).containsExactly(
                    server.url("/news/border-crossing.html"), server.url("/news/harbour-talks.html"), server.url("/region/envoys.html"));
            // robots.txt kept us out of /private/ altogether
            assertThat(server.hits("/private/briefing.html")).isZero();
            assertThat(server.hits("/robots.txt")).isEqualTo(1);
            // every request named Dyad and a contact
            assertThat(server.hits).allSatisfy(h -> assertThat(h.userAgent()).startsWith("Dyad/").contains("+https://example.org/dyad-tests"));
            // one line per problem, each naming its feed
            assertThat(String.join("\n", log)).contains("world: robots: ", "world: gone: " + server.url("/news/taken-down.html") + " (HTTP 404)",
                    "world: gone: " + server.url("/loop/one") + " (redirect loop", "world: not-article: ", "world: retry: " + server.url("/news/slow.html"),
                    "world: retry: " + server.url("/news/overloaded.html"), "world: duplicate: ", "region: duplicate: ",
                    "broken: malformed: ", "gone: failed: HTTP 404", "slow: unreachable: ");
        }
    }

    @Test
    void theFeedDateIsTheGivenPublicationDateAndTheItemTitleIsKept() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("w.duckdb")); PoliteFetcher fetcher = new PoliteFetcher(policy())) {
            watcher(store, fakeCoder, fetcher).cycle(List.of(new FeedSource("world", server.url("/world.rss")),
                    new FeedSource("region", server.url("/region.atom"))));
        }
        RawArticle harbour = coded.stream().filter(r -> r.id().endsWith("/news/harbour-talks.html")).findFirst().orElseThrow();
        // the feed says 3 March; the page's own metadata says 1 March: the feed's date is the one given
        assertThat(harbour.published()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(harbour.html()).isTrue();
        assertThat(harbour.title()).isEqualTo("Harbour talks open between two neighbours");
        assertThat(harbour.url()).isEqualTo(server.url("/news/harbour-talks.html?utm_source=rss&utm_medium=feed"));
        // an Atom entry with only <updated> is dated by it; one with <published> by that
        RawArticle envoys = coded.stream().filter(r -> r.id().endsWith("/region/envoys.html")).findFirst().orElseThrow();
        assertThat(envoys.published()).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void aSecondCycleSendsValidatorsGets304sAndRetriesOnlyWhatFailedForNow() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("w.duckdb")); PoliteFetcher fetcher = new PoliteFetcher(policy())) {
            Watcher w = watcher(store, fakeCoder, fetcher);
            w.cycle(feeds());
            int codedBefore = coded.size();
            int harbourHits = server.hits("/news/harbour-talks.html");
            CycleReport second = w.cycle(feeds());

            assertThat(second.notModified()).isEqualTo(2);
            assertThat(second.newArticles()).isZero();
            assertThat(coded).hasSize(codedBefore);
            assertThat(server.hits("/news/harbour-talks.html")).isEqualTo(harbourHits);
            assertThat(server.hits).filteredOn(h -> h.path().equals("/world.rss")).last().extracting(FixtureServer.Hit::ifNoneMatch)
                    .isEqualTo(FixtureServer.ETAG);
            assertThat(server.hits).filteredOn(h -> h.path().equals("/region.atom")).last().extracting(FixtureServer.Hit::ifModifiedSince)
                    .isEqualTo(FixtureServer.LAST_MODIFIED);
            // the feed answered 304, yet its two transient failures were tried again
            assertThat(report(second, "world").retrying()).isEqualTo(2);
            // third attempt is the last: given up, and never asked for again
            CycleReport third = w.cycle(feeds());
            assertThat(report(third, "world").givenUp()).isEqualTo(2);
            int overloaded = server.hits("/news/overloaded.html");
            w.cycle(feeds());
            assertThat(server.hits("/news/overloaded.html")).isEqualTo(overloaded);
            assertThat(store.select("SELECT count(*) AS n FROM articles").value(0, "n")).isEqualTo(3L);
        }
    }

    @Test
    void aWatchKilledHalfWayResumesWhereItStoppedWithoutDuplicatesOrLoss() throws Exception {
        Path db = dir.resolve("w.duckdb");
        List<FeedSource> world = List.of(new FeedSource("world", server.url("/world.rss")));
        // the first run dies while coding its second article (as a killed process would, mid-feed)
        Function<RawArticle, ArticleOutcome> dying = raw -> {
            if (!coded.isEmpty()) throw new ThreadDeath();
            return fakeCoder.apply(raw);
        };
        try (EventStore store = EventStore.open(db); PoliteFetcher fetcher = new PoliteFetcher(policy())) {
            CycleReport c = watcher(store, dying, fetcher).cycle(world);
            assertThat(c.feeds().get(0).status()).isEqualTo("error");
        }
        assertThat(coded).hasSize(1);
        try (EventStore store = EventStore.open(db); PoliteFetcher fetcher = new PoliteFetcher(policy())) {
            assertThat(store.select("SELECT count(*) AS n FROM feeds WHERE etag IS NOT NULL").value(0, "n")).isEqualTo(0L);
            CycleReport c = watcher(store, fakeCoder, fetcher).cycle(world);
            // the feed is read in full again (no validators were saved), the stored article is not coded again
            assertThat(report(c, "world").status()).isEqualTo("ok");
            assertThat(report(c, "world").seen()).isGreaterThanOrEqualTo(1);
            assertThat(c.coded()).isEqualTo(1);
            assertThat(coded).extracting(RawArticle::id).doesNotHaveDuplicates().hasSize(2);
            assertThat(store.select("SELECT count(*) AS n FROM articles").value(0, "n")).isEqualTo(2L);
            assertThat(store.select("SELECT count(*) AS n FROM feeds WHERE etag IS NOT NULL").value(0, "n")).isEqualTo(1L);
        }
    }

    @Test
    void twoFeedsPolledAtOnceListingTheSameStoriesStoreEachOnce() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("w.duckdb")); PoliteFetcher fetcher = new PoliteFetcher(policy())) {
            FeedPoller poller = new FeedPoller(fetcher, CanonicalUrl.load(), store, fakeCoder, new Semaphore(2), log::add,
                    new FeedPoller.Settings(100, 3, 100));
            CycleReport c = new Watcher(poller, 2, line -> { }).cycle(List.of(new FeedSource("a", server.url("/region.atom")),
                    new FeedSource("b", server.url("/region.atom?edition=2"))));
            assertThat(c.coded()).isEqualTo(2);
            // the second feed's copy is a duplicate when it arrives while the first is being coded, and an
            // item already settled when it arrives after: which one depends on thread timing, the sum does not
            int seen = c.feeds().stream().mapToInt(FeedReport::seen).sum();
            assertThat(c.duplicates() + seen).isEqualTo(2);
            assertThat(coded).extracting(RawArticle::id).doesNotHaveDuplicates();
            assertThat(store.select("SELECT count(*) AS n FROM articles").value(0, "n")).isEqualTo(2L);
        }
    }

    @Test
    void aBuggyCoderFailsOneArticleNotTheLoop() throws Exception {
        Function<RawArticle, ArticleOutcome> buggy = raw -> {
            if (raw.id().endsWith("harbour-talks.html")) throw new IllegalStateException("stage bug");
            return fakeCoder.apply(raw);
        };
        try (EventStore store = EventStore.open(dir.resolve("w.duckdb")); PoliteFetcher fetcher = new PoliteFetcher(policy())) {
            CycleReport c = watcher(store, buggy, fetcher).cycle(List.of(new FeedSource("region", server.url("/region.atom")),
                    new FeedSource("world", server.url("/world.rss"))));
            assertThat(c.feeds()).as(String.valueOf(c.feeds()) + log).isNotNull();
            assertThat(c.newArticles()).as(String.valueOf(c.feeds()) + log).isEqualTo(3);
            assertThat(c.coded()).isEqualTo(2);
            assertThat(store.select("SELECT error FROM articles WHERE id LIKE '%harbour-talks.html'").value(0, "error").toString())
                    .contains("stage bug");
        }
    }
}
