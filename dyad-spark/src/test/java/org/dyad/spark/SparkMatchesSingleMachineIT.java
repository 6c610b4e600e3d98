package org.dyad.spark;

import org.apache.spark.sql.SparkSession;
import org.dyad.article.ArticleOutcome;
import org.dyad.cli.DyadCommand;
import org.dyad.ingest.SourceItem;
import org.dyad.store.ContentHash;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spark job on local[2] over the sample articles gives what one machine gives: the same events
 * (dyads, types, CAMEO codes, actors, dates, factuality, evidence) and the same {@code dyad code} JSON
 * line per article; DuckDB reads its Parquet; {@code dyad ingest} of the run stores what ingesting the
 * articles themselves stores. The models are loaded once for the JVM (driver and executor here).
 */
class SparkMatchesSingleMachineIT {
    @Test
    void theRunEqualsTheSingleMachineCoding(@TempDir Path dir) throws Exception {
        JobSettings settings = new JobSettings(System.getProperty("dyad.data"), null);
        String seeds = System.getProperty("dyad.seeds");

        // one machine, as ./dyad code does it: the core's reader and the pipeline, article by article
        SampleCoding single = SampleCoding.of(seeds, settings);
        List<SourceItem> items = single.items;
        List<ArticleOutcome> expected = single.outcomes;

        Path out = dir.resolve("run");
        SparkSession spark = DyadSparkJob.session("local[2]", true);
        DyadSparkJob.Result r;
        try {
            r = DyadSparkJob.run(spark, List.of(seeds), out.toString(), null, false, Coder.pipeline(settings));
        } finally {
            spark.stop();
        }
        assertThat(PipelineHolder.loads()).as("pipeline loads in this JVM").isEqualTo(1);
        assertThat(r.articles()).isEqualTo(expected.size());
        assertThat(r.coded()).isEqualTo(expected.size());

        single.assertRunEquals(out);

        // dyad ingest of the run stores what ingesting the articles stores (same skip keys, same events)
        Path viaRun = dir.resolve("via-run.duckdb"), direct = dir.resolve("direct.duckdb");
        int code = new CommandLine(new DyadCommand()).execute("ingest", out.toString(), "--db", viaRun.toString());
        assertThat(code).isZero();
        try (EventStore db = EventStore.open(direct)) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) order.add(i);
            order.sort(Comparator.comparing(i -> items.get(i).id()));  // a run is ingested in id order
            for (int i : order) db.save(expected.get(i), ContentHash.of(((SourceItem.Article) items.get(i)).raw()));
        }
        try (EventStore a = EventStore.openReadOnly(viaRun); EventStore b = EventStore.openReadOnly(direct)) {
            for (String q : List.of(
                    "SELECT type, dyad, event_date, date_from, date_to, factuality, mention_count, article_count, sentence FROM events ORDER BY ALL",
                    "SELECT article_id, name, country, sector, code, kind, mentions FROM actors ORDER BY ALL",
                    "SELECT article_id, seq, text, speaker, country FROM quotes ORDER BY ALL",
                    "SELECT id, content_hash, published_date, published_method, text, removed_json FROM articles ORDER BY ALL")) {
                assertThat(a.select(q).rows()).as(q).isEqualTo(b.select(q).rows()).isNotEmpty();
            }
        }
    }
}
