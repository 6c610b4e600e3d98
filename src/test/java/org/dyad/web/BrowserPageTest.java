package org.dyad.web;

import org.dyad.article.ArticleOutcome;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.dyad.article.PloverType.ACCUSE;
import static org.dyad.article.PloverType.CONSULT;
import static org.dyad.store.StoreKit.actor;
import static org.dyad.store.StoreKit.article;
import static org.dyad.store.StoreKit.event;

/**
 * The page as a browser runs it: headless Chromium loads it, its script fetches the API and builds
 * the chart and the events table. Skipped where no Chromium is installed (CI has none).
 */
class BrowserPageTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void theScriptDrawsTheTimelineAndFillsTheEventsTable() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        Path db = dir.resolve("page.duckdb");
        try (EventStore writer = EventStore.open(db)) {
            List<ArticleOutcome> articles = List.of(
                    article("talks", "2024-02-01", event("talks-e1", CONSULT, actor("Canada", "CAN", null), actor("Mexico", "MEX", null),
                            "2024-01-31", "Canada and Mexico held talks on trade in Ottawa on Wednesday.")),
                    article("row", "2024-04-02", event("row-e1", ACCUSE, actor("Mexico", "MEX", null), actor("Canada", "CAN", null),
                            "2024-04-01", "Mexico accused Canada of restricting visas on Monday.")));
            int n = 0;
            for (ArticleOutcome a : articles) writer.save(a, "h" + n++);
        }
        try (EventStore store = EventStore.openReadOnly(db); WebServer server = WebServer.start(store, "127.0.0.1", 0)) {
            String dom = HeadlessChromium.dumpDom(dir, "http://127.0.0.1:" + server.port() + "/#a=CAN&b=MEX&by=month");
            assertThat(dom).contains("<svg", "class=\"period", "polyline");
            assertThat(dom).contains("Canada and Mexico held talks on trade in Ottawa", "Mexico accused Canada of restricting visas");
            assertThat(dom).contains("CAN – MEX: 2 dated events by month");
        }
    }
}
