package org.dyad.dates;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dyad.article.CleanArticle;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz targets of the date readers (Jazzer; see {@code .ci/fuzz}): no text makes the dateline
 * reader or the date-expression finder throw, and every expression found lies inside the text.
 */
class DateReadersFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void datelineReader(String text) {
        if (text == null) return; // Jazzer also tries null

        CleanArticle a = new CleanArticle("fuzz", "fuzz.txt", null, "en", null, null, null, null, text, List.of());
        DatelineReader.read(a, LocalDate.of(2024, 5, 1));
    }

    @FuzzTest(maxDuration = "20s")
    void dateExpressions(String text) {
        if (text == null) return; // Jazzer also tries null

        for (DateExpressions.Found f : DateExpressions.find(text)) {
            assertThat(f.start()).isBetween(0, f.end());
            assertThat(f.end()).isLessThanOrEqualTo(text.length());
        }
    }
}
