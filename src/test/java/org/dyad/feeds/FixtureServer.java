package org.dyad.feeds;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process web server on 127.0.0.1 serving the fixture feeds and pages of
 * src/test/resources/org/dyad/feeds (their {@code ${base}} replaced by its own address), with the
 * misbehaviours the watcher must survive: robots.txt disallowing /private/, conditional GET (ETag on
 * the RSS feed, Last-Modified on the Atom feed), a slow feed and a slow page, a redirect loop, a
 * redirect to a page, 404s, a 503 that never ends, broken XML, a video, and one article under two
 * addresses. Every request is logged (path, User-Agent, validators, arrival time) for the tests.
 */
final class FixtureServer implements AutoCloseable {
    /** The slow handlers sleep this long (or until the server stops): far over any test's read timeout. */
    static final int SLOW_MS = 60_000;
    static final String ETAG = "\"world-v1\"";
    static final String LAST_MODIFIED = "Wed, 04 Mar 2026 10:00:00 GMT";

    record Hit(String path, String userAgent, String ifNoneMatch, String ifModifiedSince, long nanos) {
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    final List<Hit> hits = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    /** Paths answered 404 from now on (a page taken down between two cycles). */
    final List<String> removed = new CopyOnWriteArrayList<>();

    FixtureServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String path) {
        return base() + path;
    }

    int hits(String path) {
        AtomicInteger n = counts.get(path);
        return n == null ? 0 : n.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        Headers h = ex.getRequestHeaders();
        hits.add(new Hit(path, h.getFirst("User-Agent"), h.getFirst("If-None-Match"), h.getFirst("If-Modified-Since"), System.nanoTime()));
        counts.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        try {
            if (removed.contains(path)) {
                send(ex, 404, "text/html", "<html><body>Not found</body></html>");
                return;
            }
            switch (path) {
                case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
                case "/world.rss" -> {
                    ex.getResponseHeaders().add("ETag", ETAG);
                    if (ETAG.equals(h.getFirst("If-None-Match"))) send(ex, 304, null, null);
                    else send(ex, 200, "application/rss+xml; charset=utf-8", fixture("world.rss"));
                }
                case "/region.atom" -> {
                    ex.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
                    if (LAST_MODIFIED.equals(h.getFirst("If-Modified-Since"))) send(ex, 304, null, null);
                    else send(ex, 200, "application/atom+xml", fixture("region.atom"));
                }
                case "/broken.rss" -> send(ex, 200, "application/rss+xml", fixture("broken.rss"));
                case "/slow.rss" -> {
                    sleep();
                    send(ex, 200, "application/rss+xml", fixture("world.rss"));
                }
                case "/news/harbour-talks.html", "/wire/copy-of-harbour-talks.html", "/private/briefing.html" ->
                        send(ex, 200, "text/html; charset=utf-8", fixture("harbour-talks.html"));
                case "/news/border-crossing.html" -> send(ex, 200, "text/html; charset=utf-8", fixture("border-crossing.html"));
                case "/region/envoys.html" -> send(ex, 200, "text/html", fixture("envoys.html"));
                case "/news/slow.html" -> {
                    sleep();
                    send(ex, 200, "text/html", fixture("envoys.html"));
                }
                case "/loop/one" -> redirect(ex, 302, "/loop/two");
                case "/loop/two" -> redirect(ex, 302, "/loop/one");
                case "/go/border" -> redirect(ex, 301, base() + "/news/border-crossing.html");
                case "/media/arrival.mp4" -> send(ex, 200, "video/mp4", "\u0000\u0000\u0000 ftypisom fixture bytes");
                case "/news/overloaded.html" -> send(ex, 503, "text/html", "<html><body>Try later</body></html>");
                case "/news/huge.html" -> send(ex, 200, "text/html", "<html><body>" + "<p>filler paragraph</p>".repeat(5000) + "</body></html>");
                default -> send(ex, 404, "text/html", "<html><body>Not found</body></html>");
            }
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to answer to
        } finally {
            ex.close();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(SLOW_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String fixture(String name) {
        try (InputStream in = FixtureServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${base}", base());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        send(ex, status, "text/html", "");
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        if (type != null) ex.getResponseHeaders().add("Content-Type", type);
        if (body == null || status == 304) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
