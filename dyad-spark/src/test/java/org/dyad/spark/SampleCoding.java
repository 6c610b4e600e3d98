package org.dyad.spark;

import org.dyad.article.ArticleOutcome;
import org.dyad.columnar.RunTables;
import org.dyad.ingest.ArticleSources;
import org.dyad.ingest.SourceItem;
import org.dyad.output.ArticleJson;
import org.dyad.pipeline.ArticlePipeline;
import org.dyad.pipeline.BatchRunner;

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
 * The sample articles coded on one machine, as {@code ./dyad code} does it (the core's reader and the
 * pipeline, article by article), and what a Spark run's Parquet must hold to equal it: the same events
 * and the same {@code dyad code} line per article, read back with DuckDB.
 */
final class SampleCoding {
    /** The event columns compared: everything about the event but where the row came from. */
    static final List<String> COMPARED = List.of("Event ID", "Dyad", "Event Type", "CAMEO Code", "Actor Code", "Recipient Code",
            "Actor Name", "Recipient Name", "Event Date", "Date From", "Date To", "Factuality", "Evidence", "Confidence", "Sentence Index");

    final List<SourceItem> items;
    final List<ArticleOutcome> outcomes = new ArrayList<>();

    private SampleCoding(List<SourceItem> items, ArticlePipeline pipeline) {
        this.items = items;
        for (SourceItem i : items) outcomes.add(BatchRunner.outcome(i, pipeline::process, System.err));
    }

    /** Codes the inputs with this JVM's pipeline ({@link PipelineHolder}: loaded once whatever the number of tests). */
    static SampleCoding of(String input, JobSettings settings) {
        List<SourceItem> items = new ArticleSources().read(List.of(input), new ByteArrayInputStream(new byte[0]));
        SampleCoding c = new SampleCoding(items, PipelineHolder.get(settings));
        assertThat(c.outcomes).hasSizeGreaterThanOrEqualTo(5).allMatch(o -> o instanceof ArticleOutcome.Coded);
        return c;
    }

    /** Asserts that the run in {@code out} (articles/ and events/ Parquet) holds exactly these events and lines. */
    void assertRunEquals(Path out) throws Exception {
        List<String> names = RunTables.eventColumns().stream().map(RunTables.Column::name).toList();
        List<List<Object>> want = new ArrayList<>();
        for (ArticleOutcome o : outcomes)
            for (Object[] row : RunTables.eventRows(o)) {
                List<Object> projected = new ArrayList<>();
                for (String c : COMPARED) projected.add(row[names.indexOf(c)]);
                want.add(projected);
            }
        want.sort(Comparator.comparing(l -> (String) l.get(0)));
        assertThat(want).hasSizeGreaterThan(10);
        assertThat(names.size()).isGreaterThan(COMPARED.size());

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
                        row.add(v instanceof java.sql.Date d ? d.toLocalDate() : v);
                    }
                    got.add(row);
                }
            }
            assertThat(got).isEqualTo(want);

            // the dyad code line of every article, byte for byte
            Map<String, String> jsonWant = new TreeMap<>(), jsonGot = new TreeMap<>();
            for (ArticleOutcome o : outcomes) jsonWant.put(o.id(), new ArticleJson().toLine(o));
            try (ResultSet rs = s.executeQuery("SELECT id, json FROM read_parquet('" + out + "/articles/*.parquet')")) {
                while (rs.next()) jsonGot.put(rs.getString(1), rs.getString(2));
            }
            assertThat(jsonGot).isEqualTo(jsonWant);
        }
    }
}
