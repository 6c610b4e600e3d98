package org.dyad.query;

import org.dyad.store.Table;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TablePrinterTest {
    private static final Table T = new Table(List.of("period", "events", "score", "evidence"), List.of(
            Arrays.asList("2023-03", 3L, 6.0, "Sunak met Macron, in Paris"),
            Arrays.asList("2023-04", 12L, -0.125, null)));

    @Test
    void alignsColumnsAndRightAlignsNumbers() {
        List<String> lines = TablePrinter.aligned(T, 60).lines().toList();
        assertThat(lines.get(0)).isEqualTo("period   events   score  evidence");
        assertThat(lines.get(1)).isEqualTo("-------  ------  ------  --------------------------");
        assertThat(lines.get(2)).isEqualTo("2023-03       3       6  Sunak met Macron, in Paris");
        assertThat(lines.get(3)).isEqualTo("2023-04      12  -0.125");
        assertThat(lines.get(4)).isEqualTo("(2 rows)");
    }

    @Test
    void clipsLongCells() {
        assertThat(TablePrinter.aligned(T, 10)).contains("Sunak met…");
    }

    @Test
    void writesCsvWithQuotingAndJsonWithIsoDates() {
        assertThat(TablePrinter.csv(T)).isEqualTo("period,events,score,evidence\r\n2023-03,3,6,\"Sunak met Macron, in Paris\"\r\n2023-04,12,-0.125,\r\n");
        Table dated = new Table(List.of("day"), List.of(List.of(LocalDate.of(2023, 3, 10))));
        assertThat(TablePrinter.json(dated)).contains("\"day\" : \"2023-03-10\"");
    }
}
