package org.dyad.cli;

import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dyad ingest} with the real pipeline on two sample articles, twice: the second run codes nothing. */
class IngestCommandIT {
    @TempDir
    Path dir;

    private String ingest(Path input, Path db) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new IngestCommand());
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute(input.toString(), "--db", db.toString(), "--data", System.getProperty("dyad.data"), "--threads", "2");
        assertThat(exit).as(out.toString()).isZero();
        return out.toString();
    }

    @Test
    void ingestsArticlesOnceAndSkipsThemOnTheNextRun() throws Exception {
        Path seeds = Path.of(System.getProperty("dyad.seeds"));
        Path in = Files.createDirectories(dir.resolve("in"));
        try (var files = Files.list(seeds)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(2).toList())
                Files.copy(p, in.resolve(p.getFileName()));
        }
        Path db = dir.resolve("seeds.duckdb");
        String first = ingest(in, db);
        assertThat(first).containsPattern("coded and stored\\s+2 new, 0 replaced, 0 failed");
        Object events;
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(store.select("SELECT count(*) AS n FROM articles WHERE error IS NULL AND length(text) > 500").value(0, "n")).isEqualTo(2L);
            assertThat(store.select("SELECT count(*) AS n FROM actors").value(0, "n")).isNotEqualTo(0L);
            events = store.select("SELECT count(*) AS n FROM event_mentions").value(0, "n");
        }
        String second = ingest(in, db);
        assertThat(second).containsPattern("already stored \\(skipped, not coded\\)\\s+2")
                .containsPattern("coded and stored\\s+0 new");
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(store.select("SELECT count(*) AS n FROM event_mentions").value(0, "n")).isEqualTo(events);
        }
    }
}
