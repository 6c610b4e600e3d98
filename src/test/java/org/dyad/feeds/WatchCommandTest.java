package org.dyad.feeds;

import org.dyad.cli.WatchCommand;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dyad watch --once} through picocli, against the fixture server, on feeds that bring in no
 * article (so no model is loaded: the data folder given does not even hold the dictionaries).
 */
class WatchCommandTest {
    @TempDir
    Path dir;
    private FixtureServer server;

    @BeforeEach
    void start() {
        server = new FixtureServer();
        WatcherTest.warmUp(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new WatchCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void oneCyclePrintsItsProgressLineLogsEachFeedsProblemAndKeepsTheirStatus() throws Exception {
        Path list = Files.writeString(dir.resolve("feeds.txt"), "# my feeds\n" + server.url("/broken.rss") + "\n"
                + "gone-desk," + server.url("/gone.rss") + "\n");
        Path db = dir.resolve("w.duckdb");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = run(out, err, "--once", "--feeds", list.toString(), "--db", db.toString(), "--contact", "mailto:desk@example.org",
                "--data", dir.resolve("no-data").toString(), "--per-host", "10ms", "--timeout", "5s");
        assertThat(exit).as(out + "\n" + err).isEqualTo(1);
        assertThat(out.toString()).contains("dyad watch: 2 feeds from " + list)
                .containsPattern("cycle 1: 2 feeds polled \\(0 not modified, 2 failed\\), 0 items listed, 0 new articles, 0 coded");
        assertThat(err.toString()).contains("dyad: 127.0.0.1: malformed: not a feed", "dyad: gone-desk: failed: HTTP 404")
                .doesNotContain("loading models");
        assertThat(server.hits).allSatisfy(h -> assertThat(h.userAgent()).isEqualTo("Dyad/0.1 (political event data; +mailto:desk@example.org)"));
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(store.select("SELECT last_status FROM feeds ORDER BY name").rows()).extracting(r -> r.get(0))
                    .containsExactly("malformed", "failed");
        }
    }

    @Test
    void theDefaultListIsTheOedaWhitelistInTheDataFolder() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data").resolve("oeda-scraper"));
        Files.writeString(data.resolve("whitelist_urls.csv"), "source_id,url,type,language\nfixture_broken," + server.url("/broken.rss")
                + ",international,english\n");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = run(out, err, "--once", "--db", dir.resolve("w.duckdb").toString(), "--data", dir.resolve("data").toString());
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("1 feeds from " + data.resolve("whitelist_urls.csv"));
        assertThat(err.toString()).contains("fixture_broken: malformed", "no --contact");
    }

    @Test
    void durationsReadAsPeopleWriteThem() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertThat(run(out, err, "--once", "--every", "fortnightly", "--feeds", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("'fortnightly' is not a duration");
    }
}
