package org.dyad.feeds;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per site (scheme, host, port), parsed with crawler-commons and kept for a day (a failed
 * fetch for ten minutes). As RFC 9309 says: a robots.txt that is missing (4xx) allows everything; one
 * that cannot be had (5xx, no answer) allows nothing for now, which is a transient failure, not a ban.
 * A Crawl-delay slows the host's pacing.
 */
final class RobotsGate {
    enum Verdict { ALLOWED, DISALLOWED, UNREACHABLE }

    private static final Duration KEEP = Duration.ofHours(24);
    private static final Duration KEEP_FAILED = Duration.ofMinutes(10);
    private static final int MAX_HOPS = 5;  // RFC 9309: follow at least five redirects for robots.txt

    private record Entry(BaseRobotRules rules, boolean unreachable, String why, long expires) {
    }

    private final PoliteFetcher fetcher;
    private final FetchPolicy policy;
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

    RobotsGate(PoliteFetcher fetcher, FetchPolicy policy) {
        this.fetcher = fetcher;
        this.policy = policy;
    }

    /** Why the site's robots.txt could not be had (after {@link Verdict#UNREACHABLE}). */
    String why(URI uri) {
        Entry e = cache.get(site(uri));
        return e == null || e.why == null ? "unknown" : e.why;
    }

    Verdict check(URI uri) {
        String site = site(uri);
        Entry e = cache.get(site);
        if (e == null || e.expires < System.nanoTime()) {
            // two threads may fetch one site's robots.txt at once; rare, harmless, and no lock is held over I/O
            e = load(uri, site);
            cache.put(site, e);
        }
        if (e.unreachable) return Verdict.UNREACHABLE;
        return e.rules.isAllowed(uri.toString()) ? Verdict.ALLOWED : Verdict.DISALLOWED;
    }

    private Entry load(URI page, String site) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        URI uri = URI.create(site + "/robots.txt");
        for (int hop = 0; hop <= MAX_HOPS; hop++) {
            PoliteFetcher.Answer a = fetcher.withRetries(uri, null, null);
            if (a.failure() != null && a.status() == 0)
                return new Entry(parser.failedFetch(503), true, a.failure(), expiry(KEEP_FAILED));
            int s = a.status();
            if (s >= 300 && s < 400 && a.headers() != null && a.headers().firstValue("location").isPresent()) {
                uri = uri.resolve(a.headers().firstValue("location").get().strip());
                continue;
            }
            if (s >= 200 && s < 300 && a.body() != null) {
                BaseRobotRules rules = parser.parseContent(uri.toString(), a.body(),
                        a.headers().firstValue("content-type").orElse("text/plain"), List.of(FetchPolicy.ROBOT_NAME));
                if (rules.getCrawlDelay() > 0) {
                    long ms = Math.min(rules.getCrawlDelay(), policy.maxCrawlDelay().toMillis());
                    fetcher.pacer().setDelay(page.getHost().toLowerCase(Locale.ROOT), Duration.ofMillis(ms));
                }
                return new Entry(rules, false, null, expiry(KEEP));
            }
            if (s >= 400 && s < 500 && s != 429) return new Entry(parser.failedFetch(s), false, null, expiry(KEEP));
            return new Entry(parser.failedFetch(503), true, "HTTP " + s, expiry(KEEP_FAILED));
        }
        return new Entry(parser.failedFetch(404), false, null, expiry(KEEP));  // too many redirects: treated as missing
    }

    private static long expiry(Duration d) {
        return System.nanoTime() + d.toNanos();
    }

    private static String site(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
