package org.dyad.query;

import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.article.PloverType.*;

class TimelineQueryTest {
    @TempDir
    Path dir;
    private EventStore store;

    @BeforeEach
    void open() {
        store = QueryFixture.build(dir.resolve("t.duckdb"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void countsDeduplicatedEventsPerTypeAndMonthInBothDirections() {
        List<TimelineRow> rows = new TimelineQuery(store).timeline("GBR", "FRA", Granularity.MONTH);
        assertThat(rows).extracting(TimelineRow::period).containsExactly("2023-03", "2023-04", "2023-05");
        TimelineRow march = rows.get(0);
        // the summit told by two outlets counts once; the meeting a week later counts again
        assertThat(march.count(CONSULT)).isEqualTo(2);
        assertThat(march.count(AGREE)).isEqualTo(1);
        assertThat(march.events()).isEqualTo(3);
        assertThat(rows.get(1).events()).isZero();
        TimelineRow may = rows.get(2);
        assertThat(may.count(ACCUSE)).isEqualTo(1);
        assertThat(may.count(THREATEN)).isEqualTo(1);
        assertThat(may.count(COERCE)).isEqualTo(1);
        assertThat(may.count(ASSAULT)).as("Russia-Ukraine is another dyad").isZero();
    }

    @Test
    void scoresWeighTypesAndScaleThemByFactuality() {
        List<TimelineRow> rows = new TimelineQuery(store).timeline("FRA", "GBR", Granularity.MONTH);
        // March: two meetings (+1 each) and an agreement (+4), all happened
        assertThat(rows.get(0).score()).isEqualTo(6.0);
        assertThat(rows.get(0).conflict()).isZero();
        // May: accusation -2 (happened), threat -6 x 0.5 (planned), coercion -7 x 0 (denied)
        assertThat(rows.get(2).score()).isEqualTo(-5.0);
        assertThat(rows.get(2).cooperation()).isZero();
        assertThat(rows.get(1).score()).isZero();
    }

    @Test
    void weeksAndYearsAreLabelledAndBounded() {
        List<TimelineRow> weeks = new TimelineQuery(store).timeline("GBR", "FRA", Granularity.WEEK,
                LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31));
        assertThat(weeks).extracting(TimelineRow::period).containsExactly("2023-W10", "2023-W11");
        assertThat(weeks.get(0).start()).isEqualTo(LocalDate.of(2023, 3, 6));
        assertThat(weeks).extracting(TimelineRow::events).containsExactly(2, 1);
        List<TimelineRow> years = new TimelineQuery(store).timeline("GBR", "FRA", Granularity.YEAR);
        assertThat(years).singleElement().satisfies(y -> {
            assertThat(y.period()).isEqualTo("2023");
            assertThat(y.events()).isEqualTo(6);
        });
        assertThat(new TimelineQuery(store).timeline("GBR", "USA", Granularity.MONTH)).isEmpty();
    }

    @Test
    void leavesOutEventsDatedOnlyToWithinAWideWindowAndCountsThem() {
        // an undated article's event: somewhere between a minister taking office and today
        store.save(org.dyad.store.StoreKit.article("undated", "2026-11-23",
                org.dyad.store.StoreKit.event("undated-e1", AGREE, org.dyad.store.StoreKit.actor("Britain", "GBR", null),
                        org.dyad.store.StoreKit.actor("France", "FRA", null), "2024-07-05", "2026-11-23",
                        org.dyad.article.Factuality.PLANNED, "Britain and France will agree to pool their naval patrols.", 0.7)), "h-undated");
        TimelineQuery q = new TimelineQuery(store);
        assertThat(q.timeline("GBR", "FRA", Granularity.YEAR)).extracting(TimelineRow::period).containsExactly("2023");
        assertThat(q.unplaced("GBR", "FRA", Granularity.YEAR)).isEqualTo(1);
        assertThat(q.unplaced("GBR", "FRA", Granularity.MONTH)).isEqualTo(1);
        assertThat(q.unplaced("GBR", "USA", Granularity.YEAR)).isZero();
    }

    @Test
    void theTableShowsOnlyTypesThatOccurUnlessAllAreAsked() {
        List<TimelineRow> rows = new TimelineQuery(store).timeline("GBR", "FRA", Granularity.MONTH);
        assertThat(TimelineQuery.table(rows, false).columns())
                .containsExactly("period", "events", "AGREE", "CONSULT", "ACCUSE", "THREATEN", "COERCE", "cooperation", "conflict", "score");
        assertThat(TimelineQuery.table(rows, true).columns()).hasSize(16 + 5);
        String printed = TablePrinter.aligned(TimelineQuery.table(rows, false), 60);
        assertThat(printed.lines().toList()).hasSize(2 + 3 + 1);
        assertThat(printed).contains("2023-05").contains("-5");
    }
}
