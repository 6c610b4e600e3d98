package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.dyad.output.Json;
import org.dyad.store.EventStore;
import org.dyad.store.FeedLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.article.PloverType.AGREE;
import static org.dyad.article.PloverType.ACCUSE;
import static org.dyad.store.StoreKit.actor;
import static org.dyad.store.StoreKit.article;
import static org.dyad.store.StoreKit.event;

/** /api/latest and /api/feeds over a store a watch has written to, and the page section that shows them. */
class WebFeedsTest {
    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newHttpClient();

    private JsonNode get(WebServer server, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }

    @Test
    void newestEventsComeFirstAndEachFeedShowsItsLastPoll() throws Exception {
        Path db = dir.resolve("watch.duckdb");
        try (EventStore w = EventStore.open(db)) {
            w.save(article("older", "2026-03-01", event("older-e1", ACCUSE, actor("Norland", "NOR", null), actor("Sudmark", "SUD", null),
                    "2026-03-01", "Norland accused Sudmark of closing the harbour.")), "h1");
            Thread.sleep(5);  // stored_at must differ between the two articles
            w.save(article("newer", "2026-03-02", event("newer-e1", AGREE, actor("Norland", "NOR", null), actor("Sudmark", "SUD", null),
                    "2026-03-02", "Norland and Sudmark agreed to reopen the harbour.")), "h2");
            FeedLedger ledger = new FeedLedger(w);
            ledger.recordPoll(new FeedLedger.FeedPoll("http://news.test/rss", "desk", true, "ok", 200, null, "\"v1\"", null, 12, 2));
            ledger.recordPoll(new FeedLedger.FeedPoll("http://dead.test/rss", "dead", false, "unreachable", null, "connection refused", null, null, 0, 0));
            ledger.recordPoll(new FeedLedger.FeedPoll("http://dead.test/rss", "dead", false, "unreachable", null, "connection refused", null, null, 0, 0));
        }
        try (EventStore r = EventStore.openReadOnly(db); WebServer server = WebServer.start(r, "127.0.0.1", 0)) {
            JsonNode latest = get(server, "/api/latest");
            assertThat(latest).hasSize(2);
            assertThat(latest.get(0).get("article_id").asText()).isEqualTo("newer");
            assertThat(latest.get(0).get("type").asText()).isEqualTo("AGREE");
            assertThat(get(server, "/api/latest?limit=1")).hasSize(1);

            JsonNode feeds = get(server, "/api/feeds");
            assertThat(feeds).hasSize(2);
            JsonNode dead = feeds.get(0).get("name").asText().equals("dead") ? feeds.get(0) : feeds.get(1);
            assertThat(dead.get("status").asText()).isEqualTo("unreachable");
            assertThat(dead.get("error").asText()).isEqualTo("connection refused");
            assertThat(dead.get("failures_in_row").asInt()).isEqualTo(2);
            JsonNode desk = feeds.get(0) == dead ? feeds.get(1) : feeds.get(0);
            assertThat(desk.get("items").asInt()).isEqualTo(12);
            assertThat(desk.get("new_articles").asInt()).isEqualTo(2);
            assertThat(desk.get("articles").asInt()).isEqualTo(2);

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("id=\"news-section\"", "<script src=\"/feeds.js\">");
            HttpResponse<String> js = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/feeds.js")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(js.statusCode()).isEqualTo(200);
            assertThat(js.body()).contains("api('feeds')");
        }
    }

    @Test
    void theBrowserShowsTheNewestEventsAndTheFeedsLastStatus() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(chromium), "no Chromium at " + chromium);
        Path db = dir.resolve("page.duckdb");
        try (EventStore w = EventStore.open(db)) {
            w.save(article("newer", "2026-03-02", event("newer-e1", AGREE, actor("Norland", "NOR", null), actor("Sudmark", "SUD", null),
                    "2026-03-02", "Norland and Sudmark agreed to reopen the harbour.")), "h2");
            FeedLedger ledger = new FeedLedger(w);
            ledger.recordPoll(new FeedLedger.FeedPoll("http://news.test/rss", "harbour-desk", true, "ok", 200, null, null, null, 12, 1));
            ledger.recordPoll(new FeedLedger.FeedPoll("http://dead.test/rss", "dead-desk", false, "malformed", 200, "not a feed: bad XML", null, null, 0, 0));
        }
        try (EventStore r = EventStore.openReadOnly(db); WebServer server = WebServer.start(r, "127.0.0.1", 0)) {
            String dom = HeadlessChromium.dumpDom(dir, "http://127.0.0.1:" + server.port() + "/");
            String news = dom.substring(dom.indexOf("id=\"news-section\""));
            assertThat(news).doesNotStartWith("id=\"news-section\" hidden");
            assertThat(news).contains("Norland and Sudmark agreed to reopen the harbour.", "harbour-desk", "dead-desk",
                    "malformed (200)", "not a feed: bad XML", "2 feeds, 1 with a problem");
        }
    }

    @Test
    void aStoreNoWatchWroteToHasAnEmptyFeedList() throws Exception {
        Path db = dir.resolve("plain.duckdb");
        try (EventStore w = EventStore.open(db)) {
            w.save(article("only", "2026-03-01"), "h");
        }
        try (EventStore r = EventStore.openReadOnly(db); WebServer server = WebServer.start(r, "127.0.0.1", 0)) {
            assertThat(get(server, "/api/feeds")).isEmpty();
            assertThat(get(server, "/api/latest")).isEmpty();
        }
    }
}
