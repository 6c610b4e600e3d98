package org.dyad.cli;

import org.dyad.article.ArticleOutcome;
import org.dyad.ingest.ArticleSources;
import org.dyad.ingest.SourceItem;
import org.dyad.store.ContentHash;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-ingesting stored articles is a no-op that never reaches the coder: the data folder given here
 * does not exist, so loading the pipeline would fail the run.
 */
class IngestCommandTest {
    @TempDir
    Path dir;

    @Test
    void reIngestingStoredArticlesSkipsThemBeforeAnyCoding() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("summit.txt"), "Rishi Sunak met Emmanuel Macron in Paris on Friday.");
        Files.writeString(in.resolve("spat.txt"), "France accused Britain of breaking the fishing deal.");
        Path db = dir.resolve("ingest.duckdb");
        List<SourceItem> items = new ArticleSources().read(List.of(in.toString()), new ByteArrayInputStream(new byte[0]));
        try (EventStore store = EventStore.open(db)) {
            for (SourceItem item : items) {
                var raw = ((SourceItem.Article) item).raw();
                store.save(new ArticleOutcome.Failed(raw.id(), raw.source(), "test", "stored by the test"), ContentHash.of(raw));
            }
        }
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = new CommandLine(new IngestCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(in.toString(), "--db", db.toString(), "--data", dir.resolve("no-data-here").toString());
        assertThat(err.toString()).doesNotContain("loading models");
        assertThat(exit).isZero();
        assertThat(out.toString()).containsPattern("already stored \\(skipped, not coded\\)\\s+2");
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(store.select("SELECT count(*) AS n FROM articles").value(0, "n")).isEqualTo(2L);
        }
    }
}
