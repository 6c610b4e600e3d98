package org.dyad.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.dyad.article.CleanArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineReaderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static CleanArticle text(String text) {
        return new CleanArticle("t", "t.txt", null, "en", null, null, null, null, text, List.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "LONDON, March 10 (Reuters) - Britain said on Monday it would;MonthDay[month=3, day=10, weekday=null]",
            "MOSCOW, March 10. /TASS/. Russia's foreign ministry said;MonthDay[month=3, day=10, weekday=null]",
            "New Delhi, Mar 10 (PTI) The government on Monday;MonthDay[month=3, day=10, weekday=null]",
            "Published On 10 Mar 2025;Day[day=2025-03-10]",
            "10 March 2025;Day[day=2025-03-10]",
            "Mon 10 Mar 2025 14.05 GMT;Day[day=2025-03-10]",
            "March 10, 2025 4:32 PM;Day[day=2025-03-10]",
            "10.03.2025 14:05;Day[day=2025-03-10]",
            "Published March 10, 2025;Day[day=2025-03-10]",
            "Published on March 10, 2025, at 2:05 pm (Paris);Day[day=2025-03-10]",
            "Source: Xinhua | 2025-03-10 14:05:31 | Editor: huaxia;Day[day=2025-03-10]",
            "Mar 10, 2025 02:05 PM IST;Day[day=2025-03-10]"})
    void readsDatelinesOfManyOutlets(String firstLine, String expected) {
        DatelineReader.Dateline d = DatelineReader.read(text(firstLine + "\nThe talks went on for hours."), TODAY);
        assertThat(d).isNotNull();
        assertThat(d.date().toString()).isEqualTo(expected);
    }

    @Test
    void marksAnUpdatedLineAsUpdated() {
        DatelineReader.Dateline d = DatelineReader.read(text("Updated: Mar 10, 2025, 14:05 IST\nThe talks went on."), TODAY);
        assertThat(d.kind()).isEqualTo(DatelineReader.Kind.UPDATED);
    }

    @Test
    void prefersThePublishedLineToTheUpdatedOne() {
        DatelineReader.Dateline d = DatelineReader.read(
                text("Updated: 12 March 2025\nPublished: 10 March 2025\nThe talks went on."), TODAY);
        assertThat(d.kind()).isEqualTo(DatelineReader.Kind.PUBLISHED);
        assertThat(d.date()).isEqualTo(new TimeReference.Day(LocalDate.of(2025, 3, 10)));
    }

    @Test
    void ignoresDatesInProseCaptionsAndTheFuture() {
        assertThat(DatelineReader.read(text("On March 10, 2025 the ministers met in Paris to discuss Ukraine.\nMore."), TODAY)).isNull();
        assertThat(DatelineReader.read(text("Talks.\nLONDON, ENGLAND - NOVEMBER 02: Leaders sign a treaty. (Photo by A. B./Getty Images)"), TODAY)).isNull();
        assertThat(DatelineReader.read(text("Published: 10 March 2031\nText."), TODAY)).isNull();
    }
}
