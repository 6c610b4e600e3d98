package org.dyad.dates;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RecencyGuessTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void guessesTwoDaysAfterTheStartOfANarrowWindow() {
        // lower bound: an event "on Thursday" 2024-11-21; upper bound: slack of "earlier this week"
        assertThat(ClueCombiner.recencyGuess(d("2024-11-21"), d("2024-11-27"))).isEqualTo(d("2024-11-23"));
    }

    @Test
    void neverGuessesOutsideAVeryNarrowWindow() {
        assertThat(ClueCombiner.recencyGuess(d("2024-11-21"), d("2024-11-22"))).isEqualTo(d("2024-11-22"));
        assertThat(ClueCombiner.recencyGuess(d("2024-11-21"), d("2024-11-21"))).isEqualTo(d("2024-11-21"));
    }

    @Test
    void takesTheMiddleOfAWideWindowNotTheDayDyadRuns() {
        assertThat(ClueCombiner.recencyGuess(d("2022-10-25"), d("2023-08-31"))).isEqualTo(d("2023-03-29"));
    }
}
