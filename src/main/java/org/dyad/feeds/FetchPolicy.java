package org.dyad.feeds;

import java.time.Duration;

/**
 * How politely and how patiently Dyad fetches.
 *
 * @param userAgent      sent with every request: names Dyad and a contact, so a site owner can reach the operator
 * @param connectTimeout to open a connection
 * @param readTimeout    for the whole answer, headers and body: a server that dribbles is given up on
 * @param maxBytes       size cap per page or feed; a larger answer is refused, not truncated
 * @param maxRedirects   redirects followed per request (each hop checked against robots.txt)
 * @param retries        further attempts after a timeout, a connection failure, a 429 or a 5xx
 * @param backoff        wait before the first retry; doubled for each further one (a Retry-After up to
 *                       {@code maxBackoff} is honoured instead)
 * @param maxBackoff     the longest wait between two attempts
 * @param perHost        least time between two requests to one host (a longer robots.txt Crawl-delay wins, up to
 *                       {@code maxCrawlDelay})
 * @param maxCrawlDelay  the longest Crawl-delay honoured; a site asking for more is still asked at this pace
 */
public record FetchPolicy(String userAgent, Duration connectTimeout, Duration readTimeout, int maxBytes,
                          int maxRedirects, int retries, Duration backoff, Duration maxBackoff, Duration perHost,
                          Duration maxCrawlDelay) {
    /** The robots.txt token Dyad answers to. */
    public static final String ROBOT_NAME = "dyad";

    /** The operator should name their own page or address: this placeholder says only that they did not. */
    public static final String UNSET_CONTACT = "https://dyad.invalid/set-watch-contact";

    public FetchPolicy {
        if (maxBytes <= 0 || maxRedirects < 0 || retries < 0) throw new IllegalArgumentException("bad fetch limits");
    }

    /** Dyad's defaults for crawling news sites, with the operator's contact (URL or e-mail). */
    public static FetchPolicy defaults(String contact) {
        return new FetchPolicy(userAgent(contact), Duration.ofSeconds(10), Duration.ofSeconds(30), 5 * 1024 * 1024,
                5, 2, Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    public static String userAgent(String contact) {
        return "Dyad/0.1 (political event data; +" + contact + ")";
    }

    public FetchPolicy withTimes(Duration readTimeout, Duration backoff, Duration perHost) {
        return new FetchPolicy(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, retries, backoff, maxBackoff,
                perHost, maxCrawlDelay);
    }

    public FetchPolicy withRetries(int retries) {
        return new FetchPolicy(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, retries, backoff, maxBackoff,
                perHost, maxCrawlDelay);
    }

    public FetchPolicy withMaxBytes(int maxBytes) {
        return new FetchPolicy(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, retries, backoff, maxBackoff,
                perHost, maxCrawlDelay);
    }
}
