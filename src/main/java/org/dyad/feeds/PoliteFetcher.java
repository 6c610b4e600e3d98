package org.dyad.feeds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Fetches feeds and pages with {@code java.net.http}, politely: robots.txt is asked first (for every
 * redirect hop too), each host is paced ({@link HostPacer}, slowed further by a Crawl-delay), every
 * request carries Dyad's User-Agent with the operator's contact and may be conditional (ETag,
 * Last-Modified), redirects are followed by hand up to a limit with loops caught, a whole answer must
 * arrive within the read timeout and fit the size cap, and timeouts, connection failures, 429 and 5xx
 * are retried with exponential backoff. Never throws for a bad server: every outcome is a
 * {@link FetchResult}. Thread-safe.
 */
public final class PoliteFetcher implements AutoCloseable {
    private final FetchPolicy policy;
    private final HttpClient client;
    private final HostPacer pacer;
    private final RobotsGate robots;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dyad-fetch-watchdog");
        t.setDaemon(true);
        return t;
    });

    public PoliteFetcher(FetchPolicy policy) {
        this.policy = policy;
        this.client = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)  // by hand: each hop is robots-checked, paced and counted
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.pacer = new HostPacer(policy.perHost());
        this.robots = new RobotsGate(this, policy);
    }

    public FetchPolicy policy() {
        return policy;
    }

    /** Fetches a page (no validators). */
    public FetchResult fetch(String url) {
        return fetch(url, null, null);
    }

    /** Fetches an address, conditionally when validators from an earlier answer are given. */
    public FetchResult fetch(String url, String etag, String lastModified) {
        URI uri;
        try {
            uri = URI.create(url.strip());
            if (uri.getHost() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https")))
                return new FetchResult.Failed(url, 0, false, "not an http(s) address");
        } catch (IllegalArgumentException e) {
            return new FetchResult.Failed(url, 0, false, "bad address: " + e.getMessage());
        }
        Set<URI> visited = new HashSet<>();
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            if (!visited.add(uri)) return new FetchResult.Failed(url, 0, false, "redirect loop at " + uri);
            RobotsGate.Verdict verdict = robots.check(uri);
            if (verdict == RobotsGate.Verdict.DISALLOWED) return new FetchResult.Disallowed(url, uri.toString());
            if (verdict == RobotsGate.Verdict.UNREACHABLE)
                return new FetchResult.Failed(url, 0, true, "robots.txt of " + uri.getHost() + " unreachable: " + robots.why(uri));
            // validators go with every hop: a feed that always redirects is still fetched conditionally at its end
            Answer a = withRetries(uri, etag, lastModified);
            if (a.failure != null) return new FetchResult.Failed(url, a.status, a.transient_, a.failure);
            if (a.status == 304) return new FetchResult.NotModified(url);
            if (a.status >= 300 && a.status < 400) {
                String location = a.headers.firstValue("location").orElse(null);
                if (location == null) return new FetchResult.Failed(url, a.status, false, "redirect without a Location");
                try {
                    uri = uri.resolve(URI.create(location.strip().replace(" ", "%20")));
                } catch (IllegalArgumentException e) {
                    return new FetchResult.Failed(url, a.status, false, "bad redirect Location " + location);
                }
                continue;
            }
            if (a.status >= 200 && a.status < 300)
                return new FetchResult.Ok(url, uri.toString(), a.status, a.headers.firstValue("content-type").orElse(null), a.body,
                        a.headers.firstValue("etag").orElse(null), a.headers.firstValue("last-modified").orElse(null));
            return new FetchResult.Failed(url, a.status, transientStatus(a.status), "HTTP " + a.status);
        }
        return new FetchResult.Failed(url, 0, false, "more than " + policy.maxRedirects() + " redirects");
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static boolean transientStatus(int status) {
        return status == 429 || status == 408 || status >= 500;
    }

    /** One request with its retries: on no answer, 408, 429 and 5xx, wait and ask again. */
    Answer withRetries(URI uri, String etag, String lastModified) {
        Answer a = null;
        for (int attempt = 0; attempt <= policy.retries(); attempt++) {
            if (attempt > 0 && !sleep(backoff(attempt, a))) return Answer.failed(0, true, "interrupted");
            a = once(uri, etag, lastModified);
            boolean again = a.failure != null ? a.transient_ : transientStatus(a.status);
            if (!again) return a;
        }
        if (a.failure == null) return Answer.failed(a.status, true, "HTTP " + a.status + " after " + (policy.retries() + 1) + " attempts");
        return Answer.failed(a.status, true, a.failure + " (" + (policy.retries() + 1) + " attempts)");
    }

    private Duration backoff(int attempt, Answer previous) {
        Duration wait = policy.backoff().multipliedBy(1L << Math.min(attempt - 1, 10));
        if (previous != null && previous.headers != null) {
            // a Retry-After in seconds is the server's own word on when to come back
            String ra = previous.headers.firstValue("retry-after").orElse("").strip();
            if (ra.matches("\\d{1,6}")) wait = Duration.ofSeconds(Long.parseLong(ra));
        }
        return wait.compareTo(policy.maxBackoff()) > 0 ? policy.maxBackoff() : wait;
    }

    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One paced request; the body is read only for 2xx answers (and robots.txt). */
    Answer once(URI uri, String etag, String lastModified) {
        try {
            pacer.await(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.failed(0, true, "interrupted");
        }
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).GET()
                .timeout(policy.readTimeout())
                .header("User-Agent", policy.userAgent())
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.9, */*;q=0.5")
                .header("Accept-Encoding", "gzip");
        if (etag != null) req.header("If-None-Match", etag);
        if (lastModified != null) req.header("If-Modified-Since", lastModified);
        long deadline = System.nanoTime() + policy.readTimeout().toNanos();
        CompletableFuture<HttpResponse<InputStream>> pending = client.sendAsync(req.build(), HttpResponse.BodyHandlers.ofInputStream());
        HttpResponse<InputStream> response;
        try {
            response = pending.get(policy.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            return Answer.failed(0, true, "no answer within " + seconds(policy.readTimeout()));
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return Answer.failed(0, true, "interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause() != null ? e.getCause() : e;
            String why = c instanceof java.net.http.HttpConnectTimeoutException ? "connection timed out"
                    : c instanceof java.net.http.HttpTimeoutException ? "no answer within " + seconds(policy.readTimeout())
                    : c instanceof java.net.ConnectException ? "cannot connect" + (c.getMessage() != null ? ": " + c.getMessage() : " (no such host, or refused)")
                    : c.getClass().getSimpleName() + (c.getMessage() != null ? ": " + c.getMessage() : "");
            return Answer.failed(0, true, why);
        }
        int status = response.statusCode();
        try (InputStream in = response.body()) {
            if (status < 200 || status >= 300) return new Answer(status, response.headers(), null, null, false);
            long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
            if (declared > policy.maxBytes())
                return new Answer(status, response.headers(), null, "larger than " + policy.maxBytes() + " bytes", false);
            byte[] body = readCapped(in, deadline);
            if (body == null) return new Answer(status, response.headers(), null, "larger than " + policy.maxBytes() + " bytes", false);
            if (response.headers().firstValue("content-encoding").orElse("").equalsIgnoreCase("gzip")) {
                body = readCapped(new GZIPInputStream(new ByteArrayInputStream(body)), deadline);
                if (body == null) return new Answer(status, response.headers(), null, "larger than " + policy.maxBytes() + " bytes unpacked", false);
            }
            return new Answer(status, response.headers(), body, null, false);
        } catch (BodyTimeout e) {
            return new Answer(0, response.headers(), null, "body not complete within " + seconds(policy.readTimeout()), true);
        } catch (IOException e) {
            return new Answer(0, response.headers(), null, "reading the answer: " + e.getMessage(), true);
        }
    }

    /** Reads at most the size cap; null when there is more. A watchdog closes the stream at the deadline. */
    private byte[] readCapped(InputStream in, long deadline) throws IOException {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw new BodyTimeout();
        java.util.concurrent.atomic.AtomicBoolean fired = new java.util.concurrent.atomic.AtomicBoolean();
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            fired.set(true);
            try {
                in.close();
            } catch (IOException ignored) {
                // closing is how a blocked read is woken; its own failure changes nothing
            }
        }, left, TimeUnit.NANOSECONDS);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16 * 1024];
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                if (out.size() > policy.maxBytes()) return null;
                if (System.nanoTime() > deadline) throw new BodyTimeout();
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (fired.get()) throw new BodyTimeout();
            throw e;
        } finally {
            alarm.cancel(false);
        }
    }

    private static final class BodyTimeout extends IOException {
    }

    /** One HTTP exchange as far as it got. */
    record Answer(int status, HttpHeaders headers, byte[] body, String failure, boolean transient_) {
        static Answer failed(int status, boolean transient_, String why) {
            return new Answer(status, null, null, why, transient_);
        }
    }

    /** Tells robots.txt's verdict without fetching (for the per-item log). */
    RobotsGate robots() {
        return robots;
    }

    HostPacer pacer() {
        return pacer;
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
