package org.dyad.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** kill -9 in the middle of an ingest: every reported save survives, no half article, and the ingest resumes. */
class InterruptedIngestTest {
    @TempDir
    Path dir;

    @Test
    void aKilledIngestLosesNoStoredArticleAndCanResume() throws Exception {
        Path db = dir.resolve("killed.duckdb");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, EndlessWriter.class.getName(), db.toString())
                .redirectError(new File(dir.toFile(), "writer.err")).start();
        int lastReported = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lastReported = Integer.parseInt(line.substring("saved ".length()));
                if (lastReported >= 40) break;
            }
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no close, possibly mid-transaction
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastReported).as("writer output; see writer.err").isGreaterThanOrEqualTo(40);

        try (EventStore store = EventStore.open(db)) {
            Table counts = store.select("SELECT a.id, count(m.mention_id) AS mentions FROM articles a "
                    + "LEFT JOIN event_mentions m ON m.article_id = a.id GROUP BY a.id");
            assertThat(counts.size()).isGreaterThan(lastReported);
            assertThat(counts.rows()).allSatisfy(r -> assertThat(r.get(1)).as("mentions of " + r.get(0)).isEqualTo(2L));
            for (int n = 0; n <= lastReported; n++) assertThat(store.contains("art-" + n, "hash-" + n)).isTrue();
            int stored = counts.size();
            // resume: everything already stored is a no-op, the rest is stored
            int unchanged = 0;
            for (int n = 0; n < stored + 5; n++) {
                StoreResult r = store.save(EndlessWriter.articleNumber(n), "hash-" + n);
                if (r.status() == StoreResult.Status.UNCHANGED) unchanged++;
            }
            assertThat(unchanged).isEqualTo(stored);
            assertThat(store.select("SELECT count(*) AS n FROM articles").value(0, "n")).isEqualTo((long) stored + 5);
            assertThat(store.select("SELECT count(*) AS n FROM events WHERE mention_count <> 1").value(0, "n")).isEqualTo(0L);
        }
    }
}
