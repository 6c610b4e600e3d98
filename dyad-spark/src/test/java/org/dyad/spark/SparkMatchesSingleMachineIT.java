package org.dyad.spark;

import org.apache.spark.sql.SparkSession;
import org.dyad.article.ArticleOutcome;
import org.dyad.cli.DyadCommand;
import org.dyad.columnar.RunTables;
import org.dyad.ingest.ArticleSources;
import org.dyad.ingest.SourceItem;
import org.dyad.output.ArticleJson;
import org.dyad.pipeline.ArticlePipeline;
import org.dyad.pipeline.BatchRunner;
import org.dyad.store.ContentHash;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spark job on local[2] over the sample articles gives what one machine gives: the same events
 * (dyads, types, CAMEO codes, actors, dates, factuality, evidence) and the same {@code dyad code} JSON
 * line per article; DuckDB reads its Parquet; {@code dyad ingest} of the run stores what ingesting the
 * articles themselves stores. The models are loaded once for the JVM (driver and executor here).
 */
class SparkMatchesSingleMachineIT {
    /** The event columns compared: everything about the event but where the row came from. */
    private static final List<String> COMPARED = List.of("Event ID", "Dyad", "Event Type", "CAMEO Code", "Actor Code", "Recipient Code",
            "Actor Name", "Recipient Name", "Event Date", "Date From", "Date To", "Factuality", "Evidence", "Confidence", "Sentence Index");

    @Test
    void theRunEqualsTheSingleMachineCoding(@TempDir Path dir) throws Exception {
        JobSettings settings = new JobSettings(System.getProperty("dyad.data"), null);
        String seeds = System.getProperty("dyad.seeds");

        // one machine, as ./dyad code does it: the core's reader and the pipeline, article by article
        ArticlePipeline pipeline = PipelineHolder.get(settings);
        List<SourceItem> items = new ArticleSources().read(List.of(seeds), new ByteArrayInputStream(new byte[0]));
        List<ArticleOutcome> expected = new ArrayList<>();
        for (SourceItem i : items) expected.add(BatchRunner.outcome(i, pipeline::process, System.err));
        assertThat(expected).hasSizeGreaterThanOrEqualTo(5).allMatch(o -> o instanceof ArticleOutcome.Coded);

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

        int columns = RunTables.eventColumns().size();
        List<List<Object>> want = new ArrayList<>();
        for (ArticleOutcome o : expected)
            for (Object[] row : RunTables.eventRows(o)) want.add(project(row));
        want.sort(Comparator.comparing(l -> (String) l.get(0)));
        assertThat(want).hasSizeGreaterThan(10);

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            List<List<Object>> got = new ArrayList<>();
            StringBuilder select = new StringBuilder();
            for (String col : COMPARED) select.append(select.isEmpty() ? "" : ", ").append('"').append(col).append('"');
            try (ResultSet rs = s.executeQuery("SELECT " + select + " FROM read_parquet('" + out + "/events/*.parquet') ORDER BY \"Event ID\"")) {
                assertThat(rs.getMetaData().getColumnCount()).isEqualTo(COMPARED.size());
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= COMPARED.size(); i++) {
                        Object v = rs.getObject(i);
                        row.add(v instanceof java.sql.Date d ? d.toLocalDate() : v instanceof java.time.LocalDate ld ? ld : v);
                    }
                    got.add(row);
                }
            }
            assertThat(got).isEqualTo(want);
            assertThat(columns).isGreaterThan(COMPARED.size());

            // the dyad code line of every article, byte for byte
            Map<String, String> jsonWant = new TreeMap<>(), jsonGot = new TreeMap<>();
            for (ArticleOutcome o : expected) jsonWant.put(o.id(), new ArticleJson().toLine(o));
            try (ResultSet rs = s.executeQuery("SELECT id, json FROM read_parquet('" + out + "/articles/*.parquet')")) {
                while (rs.next()) jsonGot.put(rs.getString(1), rs.getString(2));
            }
            assertThat(jsonGot).isEqualTo(jsonWant);
        }

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

    private static List<Object> project(Object[] row) {
        List<String> names = RunTables.eventColumns().stream().map(RunTables.Column::name).toList();
        List<Object> out = new ArrayList<>();
        for (String c : COMPARED) out.add(row[names.indexOf(c)]);
        return out;
    }
}
