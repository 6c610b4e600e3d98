package org.dyad.web;

import org.dyad.article.ArticleOutcome;
import org.dyad.article.PloverType;
import org.dyad.article.Quote;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.store.StoreKit.actor;
import static org.dyad.store.StoreKit.article;
import static org.dyad.store.StoreKit.event;

/**
 * The server under a bounded load on 127.0.0.1: six readers ask the page and every API endpoint
 * while an ingest writes articles into the same store. Every answer must be right (status 200, the
 * security headers); latency is measured and printed, never asserted (machines differ).
 */
class WebServerLoadTest {
    private static final int READERS = 6;
    private static final int REQUESTS_PER_READER = 50;
    private static final int ARTICLES_WRITTEN = 60;
    private static final List<String> PATHS = List.of("/", "/app.js", "/api/summary", "/api/types", "/api/dyads",
            "/api/timeline?a=GBR&b=FRA&by=month", "/api/events?a=GBR&b=FRA", "/api/quotes?a=GBR&b=FRA");

    @TempDir
    Path dir;

    private static ArticleOutcome.Coded coded(int i) {
        String day = String.format("2023-%02d-%02d", 1 + i % 12, 1 + i % 28);
        return article("load-" + i, "https://example.org/" + i, day, List.of(
                        event("load-" + i + "-e1", i % 3 == 0 ? PloverType.ACCUSE : PloverType.CONSULT,
                                actor("Britain", "GBR", "GOV"), actor("France", "FRA", "GOV"), day,
                                "Britain and France held talks number " + i + " on the Channel.")),
                List.of(new Quote("We talked about boats " + i, "A minister", "GBR", "GOV", 0, 1)));
    }

    @Test
    void concurrentReadersWhileAnIngestWritesGetNoErrors() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("load.duckdb"))) {
            for (int i = 0; i < 20; i++) store.save(coded(i), "h" + i);
            try (WebServer server = WebServer.start(store, "127.0.0.1", 0)) {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                String base = "http://127.0.0.1:" + server.port();
                ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
                List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
                AtomicInteger written = new AtomicInteger();
                CountDownLatch go = new CountDownLatch(1);
                Thread writer = new Thread(() -> {
                    try {
                        go.await();
                        for (int i = 20; i < 20 + ARTICLES_WRITTEN; i++) {
                            store.save(coded(i), "h" + i);
                            written.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.add("writer: " + e);
                    }
                });
                List<Thread> readers = new ArrayList<>();
                for (int r = 0; r < READERS; r++) {
                    int seed = r;
                    readers.add(new Thread(() -> {
                        try {
                            go.await();
                            for (int k = 0; k < REQUESTS_PER_READER; k++) {
                                String path = PATHS.get((seed + k) % PATHS.size());
                                long t = System.nanoTime();
                                HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + path))
                                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                                latencies.add(System.nanoTime() - t);
                                if (res.statusCode() != 200) errors.add(path + " -> " + res.statusCode() + " " + res.body());
                                else if (res.headers().firstValue("Content-Security-Policy").isEmpty()) errors.add(path + ": no CSP header");
                            }
                        } catch (Exception e) {
                            errors.add("reader: " + e);
                        }
                    }));
                }
                writer.start();
                readers.forEach(Thread::start);
                long start = System.nanoTime();
                go.countDown();
                writer.join(120_000);
                for (Thread t : readers) t.join(120_000);
                double secs = (System.nanoTime() - start) / 1e9;

                assertThat(errors).isEmpty();
                assertThat(written.get()).isEqualTo(ARTICLES_WRITTEN);
                assertThat(latencies).hasSize(READERS * REQUESTS_PER_READER);
                List<Long> sorted = new ArrayList<>(latencies);
                Collections.sort(sorted);
                System.out.printf("web load: %d requests by %d readers while %d articles were written, %.1f s, %.0f req/s; "
                                + "latency p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                        sorted.size(), READERS, ARTICLES_WRITTEN, secs, sorted.size() / secs,
                        pct(sorted, 50), pct(sorted, 95), sorted.get(sorted.size() - 1) / 1e6);
            }
        }
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    @Test
    void everyAnswerCarriesAContentSecurityPolicy() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("csp.duckdb"))) {
            store.save(coded(1), "h1");
            try (WebServer server = WebServer.start(store, "127.0.0.1", 0)) {
                HttpClient http = HttpClient.newHttpClient();
                for (String path : List.of("/", "/style.css", "/api/summary", "/api/no-such-thing")) {
                    HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(res.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(v ->
                            assertThat(v).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"));
                    assertThat(res.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
                }
            }
        }
    }
}
