package org.dyad.query;

import org.dyad.article.Factuality;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.article.PloverType.*;

class EventQueryTest {
    @TempDir
    Path dir;
    private EventStore store;

    @BeforeEach
    void open() {
        QueryFixture.build(dir.resolve("q.duckdb")).close();
        store = EventStore.openReadOnly(dir.resolve("q.duckdb"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static List<Object> column(Table t, String name) {
        return t.rows().stream().map(r -> r.get(t.column(name))).toList();
    }

    @Test
    void aDyadMatchesBothDirectionsUnlessDirected() {
        Table both = new EventQuery(store).find(new EventFilter("GBR", "FRA", false, null, null, null, null, 100));
        assertThat(both.size()).isEqualTo(6);
        Table fromFrance = new EventQuery(store).find(new EventFilter("FRA", "GBR", true, null, null, null, null, 100));
        assertThat(column(fromFrance, "type")).containsExactly("THREATEN", "ACCUSE");
    }

    @Test
    void filtersByTypeDatesAndFactuality() {
        EventQuery q = new EventQuery(store);
        assertThat(column(q.find(new EventFilter("GBR", "FRA", false, CONSULT, null, null, null, 100)), "mentions"))
                .containsExactly(1, 2);
        assertThat(column(q.find(new EventFilter(null, null, false, null, LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 31), null, 100)), "type"))
                .containsExactlyInAnyOrder("ASSAULT", "THREATEN", "ACCUSE", "COERCE");
        assertThat(column(q.find(new EventFilter(null, null, false, null, null, null, Factuality.DENIED, 100)), "evidence"))
                .containsExactly("Britain denied that its navy had blockaded French boats.");
        assertThat(q.find(new EventFilter(null, null, false, null, null, null, null, 2)).size()).isEqualTo(2);
        assertThat(column(q.find(new EventFilter("UKR", null, false, null, null, null, null, 100)), "source")).containsExactly("Russia");
    }

    @Test
    void dyadsAreParsedFromCommonSpellings() {
        assertThat(EventFilter.parseDyad("gbr-fra")).containsExactly("GBR", "FRA");
        assertThat(EventFilter.parseDyad("GBR/FRA")).containsExactly("GBR", "FRA");
        assertThatThrownBy(() -> EventFilter.parseDyad("GBR")).hasMessageContaining("two country codes");
    }

    @Test
    void actorsAndQuotesAreListed() {
        Table actors = new ActorQuery(store).actors(null, null, 100);
        assertThat(actors.value(0, "name")).isIn("Rishi Sunak", "Emmanuel Macron");
        assertThat(actors.value(0, "articles")).isEqualTo(3L);
        assertThat(column(new ActorQuery(store).actors("rus", null, 100), "name")).containsExactly("Russia");
        assertThat(column(new ActorQuery(store).actors(null, "macr", 100), "name")).containsExactly("Emmanuel Macron");
        Table quotes = new QuoteQuery(store).quotes("macron", null, 100);
        assertThat(column(quotes, "quote")).containsExactly("It is a moment of reunion, of reconnection");
        assertThat(quotes.value(0, "published")).isEqualTo(LocalDate.of(2023, 3, 10));
        assertThat(new QuoteQuery(store).quotes(null, "GBR", 100).size()).isEqualTo(1);
    }
}
