package org.dyad.spark;

import org.apache.spark.sql.SparkSession;
import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.ArticleOutcome;
import org.dyad.article.CleanArticle;
import org.dyad.article.CodedArticle;
import org.dyad.article.CodedEvent;
import org.dyad.article.DateMethod;
import org.dyad.article.DateRange;
import org.dyad.article.EventActor;
import org.dyad.article.Factuality;
import org.dyad.article.PloverType;
import org.dyad.article.PublishedDate;
import org.dyad.article.RawArticle;
import org.dyad.columnar.RunTables;
import org.dyad.ingest.ArticleSources;
import org.dyad.ingest.SourceItem;
import org.dyad.query.EventExport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job's plumbing on local[2] without CoreNLP: every input kind read as the core reads it, one row
 * per input whatever happens to it, and Parquet that DuckDB reads. The coder is a stand-in.
 */
class DyadSparkJobTest {
    @TempDir
    static Path dir;
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = DyadSparkJob.session("local[2]", true);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** Codes every article as one meeting of its two named countries; an article saying BOOM hits a bug. */
    static ArticleOutcome fakeCode(RawArticle raw) {
        if (raw.content().contains("BOOM")) throw new IllegalStateException("a bug in a stage");
        CleanArticle clean = new CleanArticle(raw.id(), raw.source(), raw.url(), "en", raw.title(), null, null, raw.published(),
                raw.content().strip(), List.of());
        LocalDate day = raw.published() != null ? raw.published() : LocalDate.of(2024, 5, 6);
        EventActor gbr = new EventActor("the Prime Minister", "GBR", "GOV", "GBRGOV"), fra = new EventActor("the President", "FRA", "GOV", "FRAGOV");
        List<ActorMention> actors = List.of(new ActorMention("Keir Starmer", "the Prime Minister", "GBR", "GOV", "GBRGOV", 0, 0, 3, ActorKind.PERSON),
                new ActorMention("Emmanuel Macron", "the President", "FRA", "GOV", "FRAGOV", 0, 5, 7, ActorKind.PERSON));
        CodedEvent e = new CodedEvent(raw.id() + "-e1", PloverType.CONSULT, "040", null, List.of(), gbr, fra, DateRange.day(day),
                Factuality.HAPPENED, "The Prime Minister met the President.", 0, 3, null, 0.7);
        return new ArticleOutcome.Coded(new CodedArticle(new AnnotatedArticle(clean, List.of()),
                new PublishedDate(day, day, day, DateMethod.GIVEN, "given"), actors, List.of(e), List.of()));
    }

    @Test
    void everyInputKindGivesOneRowAndFailuresStayInTheirRow() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "The Prime Minister met the President in Paris.\n");
        Files.writeString(Files.createDirectories(corpus.resolve("sub")).resolve("b.html"),
                "<html><body><p>The Prime Minister met the President.</p></body></html>");
        Files.writeString(corpus.resolve("c.txt"), "BOOM goes this one.\n");
        // binary (NUL and control bytes throughout), not text in another encoding, which is decoded
        byte[] binary = new byte[2048];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i % 9);
        Files.write(corpus.resolve("d.txt"), binary);
        Files.writeString(corpus.resolve("notes.gold.json"), "{\"not\": \"an article\"}");
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, """
                {"id": "j1", "text": "The Prime Minister met the President.", "published": "2024-05-07T10:00:00Z", "url": "https://example.org/j1"}

                {"text": "A line without an id."}
                not json at all
                """);
        Path parquet = dir.resolve("table.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM (VALUES ('p1', '<p>The Prime Minister met the President.</p>', DATE '2024-05-08', 'Title one'),"
                    + " ('p2', '<p>Another page.</p>', NULL, NULL)) t(id, html, published, title)) TO '" + parquet + "' (FORMAT PARQUET)");
        }
        Path out = dir.resolve("run");
        DyadSparkJob.Result r = DyadSparkJob.run(spark, List.of(corpus.toString(), feed.toString(), parquet.toString()), out.toString(),
                3, false, () -> DyadSparkJobTest::fakeCode);

        // ids and sources are those the core's reader gives the same files
        Map<String, String> expected = new LinkedHashMap<>();
        for (SourceItem i : new ArticleSources().read(List.of(corpus.toString(), feed.toString()), new ByteArrayInputStream(new byte[0])))
            expected.put(i.id(), i.source());
        expected.put("p1", "table.parquet:p1");
        expected.put("p2", "table.parquet:p2");
        Map<String, String> status = new LinkedHashMap<>(), sources = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, source, status, error_stage FROM read_parquet('" + out + "/articles/*.parquet') ORDER BY id")) {
                while (rs.next()) {
                    sources.put(rs.getString(1), rs.getString(2));
                    status.put(rs.getString(1), rs.getString(3) + (rs.getString(4) == null ? "" : ":" + rs.getString(4)));
                }
            }
            assertThat(sources).containsExactlyInAnyOrderEntriesOf(expected);
            assertThat(status).containsEntry("a", "coded").containsEntry("b", "coded").containsEntry("j1", "coded")
                    .containsEntry("feed-3", "coded").containsEntry("p1", "coded").containsEntry("p2", "coded")
                    .containsEntry("c", "failed:internal").containsEntry("d", "unreadable:ingest").containsEntry("feed-4", "unreadable:ingest");
            assertThat(r.articles()).isEqualTo(9);
            assertThat(r.unreadable()).isEqualTo(2);
            assertThat(r.failed()).isEqualTo(1);
            assertThat(r.events()).isEqualTo(6);

            List<String> columns = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + out + "/events/*.parquet')")) {
                while (rs.next()) columns.add(rs.getString(1));
            }
            assertThat(columns.subList(0, EventExport.columns().size())).isEqualTo(EventExport.columns());
            assertThat(columns.subList(EventExport.columns().size(), columns.size())).isEqualTo(RunTables.EVENT_EXTRAS);
            // dates stay dates; the given date of a JSON line and of a Parquet row reach the event
            try (ResultSet rs = s.executeQuery("SELECT \"Event ID\", \"Event Date\", typeof(\"Event Date\"), \"Actor Name\", \"Dyad\" FROM read_parquet('"
                    + out + "/events/*.parquet') WHERE \"Article ID\" IN ('j1', 'p1') ORDER BY 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("j1-e1");
                assertThat(rs.getObject(2, LocalDate.class)).isEqualTo(LocalDate.of(2024, 5, 7));
                assertThat(rs.getString(3)).isEqualTo("DATE");
                assertThat(rs.getString(4)).isEqualTo("Keir Starmer");
                assertThat(rs.getString(5)).isEqualTo("FRA-GBR");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(2, LocalDate.class)).isEqualTo(LocalDate.of(2024, 5, 8));
            }
        }
    }
}
