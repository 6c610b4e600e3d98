package org.dyad.feeds;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fetcher against the fixture server: each misbehaviour comes back as the right {@link FetchResult}. */
class PoliteFetcherTest {
    private FixtureServer server;
    private PoliteFetcher fetcher;

    @BeforeEach
    void start() {
        server = new FixtureServer();
        WatcherTest.warmUp(server);
        fetcher = new PoliteFetcher(WatcherTest.policy());
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void aPageComesBackWithItsTypeAndAddressAfterRedirects() {
        FetchResult r = fetcher.fetch(server.url("/go/border"));
        assertThat(r).isInstanceOf(FetchResult.Ok.class);
        FetchResult.Ok ok = (FetchResult.Ok) r;
        assertThat(ok.finalUrl()).isEqualTo(server.url("/news/border-crossing.html"));
        assertThat(ok.mediaType()).isEqualTo("text/html");
        assertThat(ok.text()).contains("crossing between Eastvale and Westmoor");
    }

    @Test
    void robotsTxtIsAskedOncePerSiteAndItsDisallowIsObeyed() {
        assertThat(fetcher.fetch(server.url("/private/briefing.html"))).isInstanceOf(FetchResult.Disallowed.class);
        assertThat(fetcher.fetch(server.url("/news/harbour-talks.html"))).isInstanceOf(FetchResult.Ok.class);
        assertThat(server.hits("/private/briefing.html")).isZero();
        assertThat(server.hits("/robots.txt")).isEqualTo(1);
    }

    @Test
    void aRedirectLoopEndsAsAPermanentFailure() {
        FetchResult r = fetcher.fetch(server.url("/loop/one"));
        assertThat(r).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
            assertThat(f.transient_()).isFalse();
            assertThat(f.reason()).startsWith("redirect loop");
        });
        assertThat(server.hits("/loop/one")).isEqualTo(1);
        assertThat(server.hits("/loop/two")).isEqualTo(1);
    }

    @Test
    void aSlowServerTimesOutAndIsRetriedOnceAsTransient() {
        FetchResult r = fetcher.fetch(server.url("/news/slow.html"));
        assertThat(r).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
            assertThat(f.transient_()).isTrue();
            assertThat(f.status()).isZero();
        });
        assertThat(server.hits("/news/slow.html")).isEqualTo(2);
    }

    @Test
    void fiveHundredsAreRetriedAndFourHundredsAreNot() {
        assertThat(fetcher.fetch(server.url("/news/overloaded.html"))).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
            assertThat(f.status()).isEqualTo(503);
            assertThat(f.transient_()).isTrue();
        });
        assertThat(server.hits("/news/overloaded.html")).isEqualTo(2);
        assertThat(fetcher.fetch(server.url("/news/taken-down.html"))).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
            assertThat(f.status()).isEqualTo(404);
            assertThat(f.transient_()).isFalse();
        });
        assertThat(server.hits("/news/taken-down.html")).isEqualTo(1);
    }

    @Test
    void validatorsTurnAnUnchangedFeedIntoA304() {
        FetchResult first = fetcher.fetch(server.url("/world.rss"));
        assertThat(first).isInstanceOf(FetchResult.Ok.class);
        assertThat(((FetchResult.Ok) first).etag()).isEqualTo(FixtureServer.ETAG);
        assertThat(fetcher.fetch(server.url("/world.rss"), FixtureServer.ETAG, null)).isInstanceOf(FetchResult.NotModified.class);
        assertThat(fetcher.fetch(server.url("/region.atom"), null, FixtureServer.LAST_MODIFIED)).isInstanceOf(FetchResult.NotModified.class);
        assertThat(fetcher.fetch(server.url("/region.atom"), null, "Mon, 02 Mar 2026 10:00:00 GMT")).isInstanceOf(FetchResult.Ok.class);
    }

    @Test
    void aPageOverTheSizeCapIsRefusedNotTruncated() {
        try (PoliteFetcher small = new PoliteFetcher(WatcherTest.policy().withMaxBytes(20_000))) {
            assertThat(small.fetch(server.url("/news/huge.html"))).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
                assertThat(f.transient_()).isFalse();
                assertThat(f.reason()).startsWith("larger than 20000 bytes");
            });
            assertThat(small.fetch(server.url("/news/harbour-talks.html"))).isInstanceOf(FetchResult.Ok.class);
        }
    }

    @Test
    void requestsToOneHostAreSpacedByThePerHostInterval() {
        Duration gap = Duration.ofMillis(300);
        try (PoliteFetcher paced = new PoliteFetcher(WatcherTest.policy().withTimes(Duration.ofSeconds(5), Duration.ofMillis(20), gap))) {
            for (String p : List.of("/news/harbour-talks.html", "/region/envoys.html", "/news/border-crossing.html"))
                assertThat(paced.fetch(server.url(p))).isInstanceOf(FetchResult.Ok.class);
        }
        List<FixtureServer.Hit> hits = server.hits;
        assertThat(hits).extracting(FixtureServer.Hit::path).containsExactly("/robots.txt", "/news/harbour-talks.html",
                "/region/envoys.html", "/news/border-crossing.html");
        // measured where the requests arrive, so allow for the loopback's jitter; without pacing the span is a few ms
        long span = hits.get(3).nanos() - hits.get(1).nanos();
        assertThat(span).isGreaterThanOrEqualTo(gap.multipliedBy(2).minusMillis(60).toNanos());
    }

    @Test
    void anAddressThatIsNotHttpFailsWithoutARequest() {
        assertThat(fetcher.fetch("ftp://127.0.0.1/feed.xml")).isInstanceOf(FetchResult.Failed.class);
        assertThat(fetcher.fetch("not an address")).isInstanceOf(FetchResult.Failed.class);
        assertThat(server.hits).isEmpty();
    }
}
