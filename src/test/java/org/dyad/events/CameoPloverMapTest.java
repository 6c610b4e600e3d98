package org.dyad.events;

import org.dyad.article.PloverType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CameoPloverMapTest {

    private static final CameoPloverMap MAP =
            CameoPloverMap.load(Path.of(System.getProperty("dyad.data"), "plover", "CAMEO2PLOVER-2021.txt"));

    @Test
    void readsTypeModeAndContexts() {
        CameoPloverMap.Entry visit = MAP.lookup("042").orElseThrow();
        assertThat(visit.type()).isEqualTo(PloverType.CONSULT);
        assertThat(visit.mode()).isEqualTo("visit");
        assertThat(visit.contexts()).isEmpty();
        CameoPloverMap.Entry warCrimes = MAP.lookup("1124").orElseThrow();
        assertThat(warCrimes.type()).isEqualTo(PloverType.ACCUSE);
        assertThat(warCrimes.mode()).isEqualTo("allege");
        assertThat(warCrimes.contexts()).containsExactly("military", "legal");
    }

    @Test
    void trimsModesWrittenWithTrailingSpaces() {
        assertThat(MAP.lookup("1381").orElseThrow().mode()).isEqualTo("restrict");
    }

    @Test
    void followsTheTableWhereItDepartsFromTheRoot() {
        assertThat(MAP.type("163")).isEqualTo(PloverType.COERCE);
        assertThat(MAP.type("1712")).isEqualTo(PloverType.ASSAULT);
        assertThat(MAP.type("0871")).isEqualTo(PloverType.RETREAT);
        assertThat(MAP.type("083")).isEqualTo(PloverType.CONCEDE);
    }

    @Test
    void fallsBackToTheNearestListedPrefix() {
        assertThat(MAP.lookup("0457").orElseThrow().cameo()).isEqualTo("045");
        assertThat(MAP.type("0231")).as("appeals are REQUEST in PLOVER").isEqualTo(PloverType.REQUEST);
        assertThat(MAP.type("010")).as("a statement is not an event").isNull();
    }

    @Test
    void coversAllSixteenTypes() {
        for (PloverType t : PloverType.values()) {
            boolean found = false;
            for (int c = 10; c <= 2100 && !found; c++) {
                String code = String.format("%03d", c);
                found = t == MAP.type(code);
            }
            assertThat(found).as(t.name()).isTrue();
        }
        assertThat(MAP.size()).isGreaterThan(200);
    }

    @Test
    void keepsTheFirstOfDuplicatedHeadersAndStopsAtTheEndMark() {
        CameoPloverMap m = CameoPloverMap.parse(List.of("# c", "08: CONCEDE", "080: CONCEDE, , # Yield",
                "08: RETREAT", "084: RETREAT, ,  # Return", "~~~~~", "090: NOT_A_TYPE, ,"), "t");
        assertThat(m.type("089")).isEqualTo(PloverType.CONCEDE);
        assertThat(m.type("084")).isEqualTo(PloverType.RETREAT);
    }

    @Test
    void rejectsAnUnknownType() {
        assertThatThrownBy(() -> CameoPloverMap.parse(List.of("040: CHAT, ,"), "t.txt"))
                .hasMessageContaining("t.txt:1").hasMessageContaining("CHAT");
    }
}
