package org.dyad.query;

import org.dyad.store.EventStore;
import org.dyad.store.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The queries behind the web page: totals, dyads, detailed events with their reports, a dyad's quotes. */
class StoreOverviewTest {
    @TempDir
    Path dir;
    private EventStore store;

    @BeforeEach
    void open() {
        QueryFixture.build(dir.resolve("o.duckdb")).close();
        store = EventStore.openReadOnly(dir.resolve("o.duckdb"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static List<Object> column(Table t, String name) {
        return t.rows().stream().map(r -> r.get(t.column(name))).toList();
    }

    @Test
    void totalsCountArticlesEventsReportsAndDates() {
        StoreOverview.Totals t = new StoreOverview(store).totals();
        assertThat(t.articles()).isEqualTo(5);
        assertThat(t.failed()).isZero();
        // two outlets told the summit meeting: 8 reports, 7 events
        assertThat(t.mentions()).isEqualTo(8);
        assertThat(t.events()).isEqualTo(7);
        assertThat(t.quotes()).isEqualTo(2);
        assertThat(t.firstEvent()).isEqualTo(LocalDate.of(2023, 3, 10));
        assertThat(t.lastEvent()).isEqualTo(LocalDate.of(2023, 5, 9));
        assertThat(t.lastPublished()).isEqualTo(LocalDate.of(2023, 5, 10));
    }

    @Test
    void dyadsAreListedMostEventsFirstWithTheirTwoCodes() {
        Table d = new StoreOverview(store).dyads(10);
        assertThat(column(d, "dyad")).containsExactly("FRA-GBR", "RUS-UKR");
        assertThat(column(d, "events")).containsExactly(6L, 1L);
        assertThat(column(d, "a")).containsExactly("FRA", "RUS");
        assertThat(new StoreOverview(store).dyads(1).size()).isEqualTo(1);
    }

    @Test
    void detailedEventsNameTheirEvidenceArticleAndListEveryReport() {
        EventQuery q = new EventQuery(store);
        EventFilter consult = new EventFilter("GBR", "FRA", false, org.dyad.article.PloverType.CONSULT, null, null, null, 100);
        Table t = q.detailed(consult);
        assertThat(q.count(consult)).isEqualTo(2);
        int summit = column(t, "mentions").indexOf(2);
        assertThat(t.value(summit, "article_id")).isIn("bbc-summit", "guardian-summit");
        assertThat((String) t.value(summit, "evidence")).contains("Paris on Friday");
        assertThat(t.value(summit, "score")).isEqualTo(1.0);
        Table reports = q.mentions(((Number) t.value(summit, "id")).longValue());
        assertThat(column(reports, "article_id")).containsExactlyInAnyOrder("bbc-summit", "guardian-summit");
        assertThat(column(reports, "article_url")).contains("https://example.org/bbc-summit");
        assertThat(q.mentions(999_999).size()).isZero();
    }

    @Test
    void dyadQuotesComeFromEitherSideAndCanKeepToDyadArticles() {
        QuoteQuery q = new QuoteQuery(store);
        assertThat(column(q.dyadQuotes("gbr", "fra", null, null, true, 10), "speaker"))
                .containsExactlyInAnyOrder("Rishi Sunak", "Emmanuel Macron");
        assertThat(q.dyadQuotes("GBR", "FRA", LocalDate.of(2023, 4, 1), null, false, 10).size()).isZero();
        assertThat(q.dyadQuotes("GBR", "UKR", null, null, true, 10).size()).as("no article reports GBR-UKR").isZero();
        assertThat(column(q.dyadQuotes("GBR", "UKR", null, null, false, 10), "speaker")).containsExactly("Rishi Sunak");
    }
}
