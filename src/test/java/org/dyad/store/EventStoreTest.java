package org.dyad.store;

import org.dyad.article.ArticleOutcome;
import org.dyad.article.Factuality;
import org.dyad.article.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.article.PloverType.*;
import static org.dyad.store.StoreKit.actor;
import static org.dyad.store.StoreKit.article;
import static org.dyad.store.StoreKit.event;

class EventStoreTest {
    @TempDir
    Path dir;

    private static ArticleOutcome.Coded summitArticle() {
        return article("bbc-1", "bbc.co.uk/1", "2023-03-10", List.of(
                event("bbc-1-e1", CONSULT, actor("Mr Sunak", "GBR", "GOV"), actor("Mr Macron", "FRA", "GOV"), "2023-03-10",
                        "Mr Sunak met Mr Macron in Paris on Friday for the first summit in five years."),
                event("bbc-1-e2", AGREE, actor("Britain", "GBR", null), actor("France", "FRA", null), "2023-03-10",
                        "Britain and France agreed a deal to stop small boats crossing the Channel.")),
                List.of(new Quote("Our deep history binds us", "Rishi Sunak", "GBR", "GOV", 0, 10)));
    }

    @Test
    void createsTheSchemaInANewFile() {
        Path db = dir.resolve("sub/folder/new.duckdb");
        try (EventStore store = EventStore.open(db)) {
            Table t = store.select("SELECT table_name FROM information_schema.tables ORDER BY 1");
            assertThat(t.rows()).extracting(r -> r.get(0))
                    .contains("articles", "actors", "events", "event_mentions", "quotes");
        }
        assertThat(db).exists();
    }

    @Test
    void savesAnArticleWithItsActorsQuotesAndEvents() {
        try (EventStore store = EventStore.open(dir.resolve("d.duckdb"))) {
            StoreResult r = store.save(summitArticle(), "h1");
            assertThat(r.status()).isEqualTo(StoreResult.Status.STORED);
            assertThat(r.mentions()).isEqualTo(2);
            assertThat(r.newEvents()).isEqualTo(2);
            Table a = store.select("SELECT source, url, published_date, published_method, removed_json, error FROM articles");
            assertThat(a.rows()).hasSize(1);
            assertThat(a.value(0, "published_date")).isEqualTo(LocalDate.of(2023, 3, 10));
            assertThat(a.value(0, "published_method")).isEqualTo("given");
            assertThat((String) a.value(0, "removed_json")).contains("\"reason\":\"boilerplate\"");
            assertThat(a.value(0, "error")).isNull();
            Table actors = store.select("SELECT name, country, sector, code, mentions FROM actors ORDER BY name");
            assertThat(actors.rows()).extracting(x -> x.get(0)).containsExactly("Britain", "France", "Macron", "Sunak");
            Table q = store.select("SELECT speaker, country, text FROM quotes");
            assertThat(q.rows()).containsExactly(List.of("Rishi Sunak", "GBR", "Our deep history binds us"));
            Table e = store.select("SELECT type, source_name, target_country, dyad, event_date, factuality FROM events ORDER BY type");
            assertThat(e.rows()).containsExactly(
                    List.of("AGREE", "Britain", "FRA", "FRA-GBR", LocalDate.of(2023, 3, 10), "happened"),
                    List.of("CONSULT", "Sunak", "FRA", "FRA-GBR", LocalDate.of(2023, 3, 10), "happened"));
        }
    }

    @Test
    void reSavingTheSameArticleIdAndHashChangesNothing() {
        Path db = dir.resolve("d.duckdb");
        try (EventStore store = EventStore.open(db)) {
            store.save(summitArticle(), "h1");
        }
        try (EventStore store = EventStore.open(db)) {
            Table before = store.select("SELECT * EXCLUDE (stored_at) FROM articles");
            Table eventsBefore = store.select("SELECT * FROM events ORDER BY id");
            assertThat(store.contains("bbc-1", "h1")).isTrue();
            assertThat(store.contains("bbc-1", "other")).isFalse();
            StoreResult r = store.save(summitArticle(), "h1");
            assertThat(r.status()).isEqualTo(StoreResult.Status.UNCHANGED);
            assertThat(store.select("SELECT * EXCLUDE (stored_at) FROM articles")).isEqualTo(before);
            assertThat(store.select("SELECT * FROM events ORDER BY id")).isEqualTo(eventsBefore);
            assertThat(store.select("SELECT count(*) FROM event_mentions").value(0, "count_star()")).isEqualTo(2L);
            assertThat(store.select("SELECT count(*) AS n FROM actors").value(0, "n")).isEqualTo(4L);
        }
    }

    @Test
    void aNewContentHashReplacesTheArticleAndRefilesItsEvents() {
        try (EventStore store = EventStore.open(dir.resolve("d.duckdb"))) {
            store.save(summitArticle(), "h1");
            ArticleOutcome.Coded corrected = article("bbc-1", "2023-03-10",
                    event("bbc-1-e1", CONSULT, actor("Mr Sunak", "GBR", "GOV"), actor("Mr Macron", "FRA", "GOV"), "2023-03-10",
                            "Mr Sunak met Mr Macron in Paris on Friday for the first summit in five years."));
            StoreResult r = store.save(corrected, "h2");
            assertThat(r.status()).isEqualTo(StoreResult.Status.REPLACED);
            assertThat(store.select("SELECT type FROM events").rows()).containsExactly(List.of("CONSULT"));
            assertThat(store.select("SELECT content_hash FROM articles").rows()).containsExactly(List.of("h2"));
            assertThat(store.select("SELECT count(*) AS n FROM quotes").value(0, "n")).isEqualTo(0L);
        }
    }

    @Test
    void aFailedArticleIsStoredWithItsErrorAndNoEvents() {
        try (EventStore store = EventStore.open(dir.resolve("d.duckdb"))) {
            StoreResult r = store.save(new ArticleOutcome.Failed("bad-1", "bad.html", "clean", "no article text"), "h");
            assertThat(r.mentions()).isZero();
            Table a = store.select("SELECT id, error_stage, error FROM articles");
            assertThat(a.rows()).containsExactly(List.of("bad-1", "clean", "no article text"));
            assertThat(store.contains("bad-1", "h")).isTrue();
            assertThat(store.select("SELECT count(*) AS n FROM events").value(0, "n")).isEqualTo(0L);
        }
    }

    @Test
    void anUnwritableLocationFailsWithOneClearMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "not a folder");
        assertThatThrownBy(() -> EventStore.open(file.resolve("store.duckdb")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot create the folder for event store");
        Path notAStore = Files.writeString(dir.resolve("notes.duckdb"), "hello, not a database");
        assertThatThrownBy(() -> EventStore.open(notAStore))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot open event store");
    }

    @Test
    void aReadOnlyStoreRefusesToSaveAndToRunWrites() {
        Path db = dir.resolve("d.duckdb");
        try (EventStore store = EventStore.open(db)) {
            store.save(summitArticle(), "h1");
        }
        try (EventStore ro = EventStore.openReadOnly(db)) {
            assertThatThrownBy(() -> ro.save(summitArticle(), "h2")).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> ro.select("DELETE FROM events RETURNING id")).hasMessageContaining("read-only");
            assertThat(ro.select("SELECT count(*) AS n FROM events").value(0, "n")).isEqualTo(2L);
        }
        assertThatThrownBy(() -> EventStore.openReadOnly(dir.resolve("missing.duckdb")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no event store at");
    }

    @Test
    void plannedThenHappenedIsOneEventAndTheLaterReportDecidesFactuality() {
        try (EventStore store = EventStore.open(dir.resolve("d.duckdb"))) {
            store.save(article("preview", "2023-03-08",
                    event("preview-e1", CONSULT, actor("Rishi Sunak", "GBR", "GOV"), actor("Emmanuel Macron", "FRA", "GOV"),
                            "2023-03-10", "2023-03-10", Factuality.PLANNED,
                            "Rishi Sunak will meet Emmanuel Macron in Paris on Friday for a summit.", 0.7)), "a");
            store.save(article("report", "2023-03-11",
                    event("report-e1", CONSULT, actor("Rishi Sunak", "GBR", "GOV"), actor("Emmanuel Macron", "FRA", "GOV"),
                            "2023-03-10", "2023-03-10", Factuality.HAPPENED,
                            "Rishi Sunak met Emmanuel Macron in Paris on Friday at the summit.", 0.6)), "b");
            Table e = store.select("SELECT factuality, mention_count, article_count, confidence, first_published FROM events");
            assertThat(e.rows()).hasSize(1);
            assertThat(e.value(0, "factuality")).isEqualTo("happened");
            assertThat(e.value(0, "mention_count")).isEqualTo(2);
            assertThat(e.value(0, "first_published")).isEqualTo(LocalDate.of(2023, 3, 8));
            // two independent reports are surer than either: 1 - 0.3 * 0.4
            assertThat((Double) e.value(0, "confidence")).isEqualTo(0.88);
        }
    }

    @Test
    void repeatedOrMissingMentionIdsDoNotFailTheSave() {
        try (EventStore store = EventStore.open(dir.resolve("d.duckdb"))) {
            StoreResult r = store.save(article("sloppy", "2023-03-10",
                    event("sloppy-e1", CONSULT, actor("Britain", "GBR", null), actor("France", "FRA", null), "2023-03-10",
                            "Britain and France held talks in Paris."),
                    event("sloppy-e1", ACCUSE, actor("France", "FRA", null), actor("Britain", "GBR", null), "2023-03-11",
                            "France accused Britain of delay."),
                    event(null, REJECT, actor("Britain", "GBR", null), actor("France", "FRA", null), "2023-03-12",
                            "Britain rejected the French plan.")), "h");
            assertThat(r.mentions()).isEqualTo(3);
            assertThat(store.select("SELECT mention_id FROM event_mentions ORDER BY mention_id").rows())
                    .containsExactly(List.of("sloppy-e1"), List.of("sloppy-e1#2"), List.of("sloppy-e3"));
        }
    }

    @Test
    void theEventDateIsTheWindowDayNearestThePublication() {
        try (EventStore store = EventStore.open(dir.resolve("d.duckdb"))) {
            store.save(article("wide", "2023-03-20",
                    event("wide-e1", CONSULT, actor("Britain", "GBR", null), actor("France", "FRA", null), "2023-01-01", "2023-03-20",
                            Factuality.HAPPENED, "Britain and France have held talks in recent months.", 0.5),
                    event("wide-e2", AGREE, actor("Britain", "GBR", null), actor("France", "FRA", null), "2023-04-01", "2023-06-30",
                            Factuality.PLANNED, "Britain and France will sign a treaty next quarter.", 0.5),
                    event("wide-e3", ACCUSE, actor("France", "FRA", null), actor("Britain", "GBR", null), "2022-01-01", "2022-12-31",
                            Factuality.HAPPENED, "France accused Britain of stalling last year.", 0.5)), "h");
            Table t = store.select("SELECT type, event_date FROM events ORDER BY type");
            assertThat(t.rows()).containsExactly(
                    List.of("ACCUSE", LocalDate.of(2022, 12, 31)),
                    List.of("AGREE", LocalDate.of(2023, 4, 1)),
                    List.of("CONSULT", LocalDate.of(2023, 3, 20)));
        }
    }
}
