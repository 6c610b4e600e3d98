package org.dyad.columnar;

import org.dyad.article.ArticleOutcome;
import org.dyad.article.Factuality;
import org.dyad.article.PloverType;
import org.dyad.article.Quote;
import org.dyad.query.EventExport;
import org.dyad.store.EventStore;
import org.dyad.store.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.store.StoreKit.actor;
import static org.dyad.store.StoreKit.article;
import static org.dyad.store.StoreKit.event;

/** The run tables (what the dyad-spark job writes) against the store and the export, without Spark. */
class RunTablesTest {
    private static ArticleOutcome.Coded summit() {
        return article("uk-fr", "uk-fr.txt", "2023-03-10", List.of(
                event("uk-fr-e1", PloverType.CONSULT, actor("Mr Sunak", "GBR", "GOV"), actor("Mr Macron", "FRA", "GOV"),
                        "2023-03-10", "2023-03-10", Factuality.HAPPENED, "Mr Sunak met Mr Macron in Paris on Friday.", 0.8),
                event("uk-fr-e2", PloverType.AGREE, actor("Mr Sunak", "GBR", "GOV"), actor("Mr Scholz", "DEU", "GOV"),
                        "2023-03-12", "2023-03-14", Factuality.PLANNED, "Mr Sunak will sign a pact with Mr Scholz next week.", 0.6)),
                List.of(new Quote("We are friends", "Rishi Sunak", "GBR", "GOV", 0, 10)));
    }

    private static ArticleOutcome.Coded sameSummitOtherOutlet() {
        return article("fr-uk", "fr-uk.txt", "2023-03-11", List.of(
                event("fr-uk-e1", PloverType.CONSULT, actor("Mr Macron", "FRA", "GOV"), actor("Mr Sunak", "GBR", "GOV"),
                        "2023-03-10", "2023-03-10", Factuality.HAPPENED, "Mr Macron welcomed Mr Sunak in Paris on Friday at the Elysee.", 0.7)),
                List.of());
    }

    @Test
    void eventColumnsAreTheExportsThenTheRunsOwn() {
        List<String> names = RunTables.eventColumns().stream().map(RunTables.Column::name).toList();
        assertThat(names.subList(0, EventExport.columns().size())).isEqualTo(EventExport.columns());
        assertThat(names.subList(EventExport.columns().size(), names.size())).isEqualTo(RunTables.EVENT_EXTRAS);
    }

    @Test
    void codedJsonKeepsEverythingTheStoreKeeps() {
        ArticleOutcome.Coded a = summit();
        assertThat(CodedJson.read(CodedJson.write(a.article()))).isEqualTo(a.article());
    }

    @Test
    void anEventRowEqualsTheExportOfTheSameEventStoredAlone(@TempDir Path dir) {
        ArticleOutcome.Coded a = summit();
        List<Object[]> rows = RunTables.eventRows(a);
        assertThat(rows).hasSize(2);
        Table exported;
        try (EventStore db = EventStore.open(dir.resolve("one.duckdb"))) {
            db.save(a, "h1");
            exported = db.select("SELECT * FROM (" + EventExport.selectSql() + ") ORDER BY \"Event Type\" DESC");
        }
        int n = EventExport.columns().size();
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < n; c++) {
                String col = EventExport.columns().get(c);
                // the store numbers its events; a run names each by its mention id
                if (col.equals("Event ID")) continue;
                Object ours = rows.get(r)[c], theirs = exported.rows().get(r).get(c);
                if (ours instanceof Number x && theirs instanceof Number y) assertThat(x.doubleValue()).as(col).isEqualTo(y.doubleValue());
                else assertThat(ours).as(col).isEqualTo(theirs);
            }
        }
        assertThat(rows.get(0)[0]).isEqualTo("uk-fr-e1");
    }

    @Test
    void aRunIngestedStoresWhatCodingIntoTheStoreStores(@TempDir Path dir) throws Exception {
        List<ArticleOutcome> outcomes = List.of(summit(), sameSummitOtherOutlet(),
                new ArticleOutcome.Failed("broken", "broken.html", "clean", "no body"));
        Path run = dir.resolve("run");
        writeRun(run, outcomes);
        assertThat(RunReader.runFolder(run)).isEqualTo(run);
        assertThat(RunReader.runFolder(run.resolve("events"))).isEqualTo(run.toAbsolutePath().normalize());
        assertThat(RunReader.runFolder(dir)).isNull();

        try (EventStore direct = EventStore.open(dir.resolve("direct.duckdb"));
             EventStore viaRun = EventStore.open(dir.resolve("run.duckdb"))) {
            for (ArticleOutcome o : outcomes) direct.save(o, "hash-" + o.id());
            List<String> order = new ArrayList<>();
            long n = RunReader.forEach(run, e -> {
                order.add(e.outcome().id());
                viaRun.save(e.outcome(), e.contentHash());
            });
            assertThat(n).isEqualTo(3);
            assertThat(order).containsExactly("broken", "fr-uk", "uk-fr");
            for (String q : List.of(
                    "SELECT type, dyad, event_date, date_from, date_to, factuality, mention_count, article_count, source_name, target_name FROM events ORDER BY ALL",
                    "SELECT article_id, mention_id, type, source_name, sentence, sentence_index FROM event_mentions ORDER BY ALL",
                    "SELECT article_id, name, country, sector, code, kind, mentions FROM actors ORDER BY ALL",
                    "SELECT article_id, seq, text, speaker, country, sentence_index, char_begin FROM quotes ORDER BY ALL",
                    "SELECT id, source, url, language, title, published_date, published_method, text, removed_json, error_stage, error FROM articles ORDER BY ALL")) {
                assertThat(viaRun.select(q).rows()).as(q).isEqualTo(direct.select(q).rows());
            }
            // the two outlets' reports of the meeting are one event after ingest
            assertThat(viaRun.select("SELECT mention_count FROM events WHERE type = 'CONSULT'").rows()).containsExactly(List.of(2));
        }
    }

    /** Writes the run's two tables as Parquet with DuckDB (the Spark job writes the same columns). */
    static void writeRun(Path run, List<ArticleOutcome> outcomes) throws Exception {
        Files.createDirectories(run.resolve("articles"));
        Files.createDirectories(run.resolve("events"));
        List<Object[]> articles = new ArrayList<>(), events = new ArrayList<>();
        for (ArticleOutcome o : outcomes) {
            articles.add(RunTables.articleRow(o, false, "hash-" + o.id()));
            events.addAll(RunTables.eventRows(o));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            write(c, RunTables.ARTICLE_COLUMNS, articles, run.resolve("articles/part-0.parquet"));
            write(c, RunTables.eventColumns(), events, run.resolve("events/part-0.parquet"));
        }
    }

    private static void write(Connection c, List<RunTables.Column> cols, List<Object[]> rows, Path out) throws Exception {
        StringBuilder ddl = new StringBuilder("CREATE OR REPLACE TABLE t (");
        for (int i = 0; i < cols.size(); i++) ddl.append(i > 0 ? ", " : "").append('"').append(cols.get(i).name()).append("\" ").append(cols.get(i).type());
        try (Statement s = c.createStatement()) {
            s.execute(ddl.append(')').toString());
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (" + "?, ".repeat(cols.size() - 1) + "?)")) {
            for (Object[] r : rows) {
                for (int i = 0; i < r.length; i++) ps.setObject(i + 1, r[i]);
                ps.execute();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("COPY t TO '" + out + "' " + "(FORMAT PARQUET)");
        }
    }
}
