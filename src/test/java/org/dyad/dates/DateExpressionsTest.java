package org.dyad.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateExpressionsTest {

    private static TimeReference first(String text) {
        List<DateExpressions.Found> found = DateExpressions.find(text);
        assertThat(found).as(text).isNotEmpty();
        return found.get(0).reference();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Published On : Thu, Sep 22nd, 2016;2016-09-22",
            "Xinhua, February 8, 2017;2017-02-08",
            "BEIJING, Feb. 8, 2017 (Xinhua) --;2017-02-08",
            "date 2020-08-19;2020-08-19",
            "2024-03-12T10:45:00Z;2024-03-12",
            "Updated: 12 March 2024;2024-03-12",
            "Monday 25 November 2024 10:32 GMT;2024-11-25",
            "Last updated on 1st of June, 2023;2023-06-01",
            "Publié le 12 mars 2024 à 10h32;2024-03-12",
            "Veröffentlicht am 3. März 2023;2023-03-03",
            "Publicado el 5 de mayo de 2022;2022-05-05",
            "25.11.2024, 14:05;2024-11-25",
            "Posted 25/11/2024;2024-11-25",
            "11/25/2024 08:00 AM EST;2024-11-25",
            "March 12 , 2024 | 4 min read;2024-03-12",
            "Понеділок, 25 листопада 2024;2024-11-25"})
    void readsFullDatesInManyOutletsFormats(String text, String expected) {
        assertThat(first(text)).isEqualTo(new TimeReference.Day(LocalDate.parse(expected)));
    }

    @Test
    void keepsADayWithoutYearAsMonthAndDay() {
        assertThat(first("Washington D. C. [USA], April 7 (ANI)")).isEqualTo(new TimeReference.MonthDay(4, 7, null));
        assertThat(first("в понеділок, 25 листопада, помер")).isEqualTo(new TimeReference.MonthDay(11, 25, DayOfWeek.MONDAY));
        assertThat(first("on Thursday, 21 November")).isEqualTo(new TimeReference.MonthDay(11, 21, DayOfWeek.THURSDAY));
    }

    @Test
    void readsAmbiguousNumericDatesAsTheWindowBetweenBothReadings() {
        assertThat(first("Posted: 07/04/2024"))
                .isEqualTo(new TimeReference.Span(LocalDate.parse("2024-04-07"), LocalDate.parse("2024-07-04")));
    }

    @Test
    void readsMonthsYearsAndRelativeExpressions() {
        assertThat(first("in November 2010 in London")).isEqualTo(new TimeReference.MonthOfYear(YearMonth.of(2010, 11)));
        assertThat(first("Russia's 2022 invasion")).isEqualTo(new TimeReference.Year(2022));
        assertThat(first("announced in February")).isEqualTo(new TimeReference.Month(2));
        assertThat(first("earlier this week")).isEqualTo(new TimeReference.Relative(TimeReference.Unit.WEEK, 0, TimeReference.Part.EARLIER));
        assertThat(first("since 2014")).isEqualTo(new TimeReference.Since(new TimeReference.Year(2014)));
        assertThat(first("in Friday's talks")).isEqualTo(new TimeReference.Weekday(DayOfWeek.FRIDAY));
    }

    @Test
    void readsLastAndNextMonthsAndDecades() {
        assertThat(first("last August the rebels")).isEqualTo(new TimeReference.Month(8, -1));
        assertThat(first("due next March")).isEqualTo(new TimeReference.Month(3, 1));
        assertThat(first("since last October")).isEqualTo(new TimeReference.Since(new TimeReference.Month(10, -1)));
        assertThat(first("founded in the 1970s"))
                .isEqualTo(new TimeReference.Span(LocalDate.parse("1970-01-01"), LocalDate.parse("1979-12-31")));
    }

    @Test
    void placesLastAndNextMonthsWhateverTheTense() {
        LocalDate march = LocalDate.parse("2025-03-13");
        assertThat(new TimeReference.Month(8, -1).resolve(march, Tense.PRESENT).from()).isEqualTo(LocalDate.parse("2024-08-01"));
        assertThat(new TimeReference.Month(3, -1).resolve(march, Tense.PAST).from()).isEqualTo(LocalDate.parse("2024-03-01"));
        assertThat(new TimeReference.Month(2, 1).resolve(march, Tense.PAST).from()).isEqualTo(LocalDate.parse("2026-02-01"));
        // in the present tense a bare month is the nearer one: November 2024 from March, May 2025
        assertThat(new TimeReference.Month(11).resolve(march, Tense.PRESENT).from()).isEqualTo(LocalDate.parse("2024-11-01"));
        assertThat(new TimeReference.Month(5).resolve(march, Tense.PRESENT).from()).isEqualTo(LocalDate.parse("2025-05-01"));
    }

    @Test
    void aWeekCoversTheMondayAndTheSundayCalendars() {
        // Sunday 9 March 2025: "last week" is 3-9 March to one writer, 24 February - 2 March to another
        LocalDate sunday = LocalDate.parse("2025-03-09");
        assertThat(new TimeReference.Relative(TimeReference.Unit.WEEK, -1, TimeReference.Part.WHOLE).resolve(sunday, Tense.PAST))
                .isEqualTo(new org.dyad.article.DateRange(LocalDate.parse("2025-02-24"), LocalDate.parse("2025-03-08")));
        // on a Thursday both calendars' previous weeks are the days from Sunday to Sunday
        assertThat(new TimeReference.Relative(TimeReference.Unit.WEEK, -1, TimeReference.Part.WHOLE).resolve(LocalDate.parse("2025-03-13"), Tense.PAST))
                .isEqualTo(new org.dyad.article.DateRange(LocalDate.parse("2025-03-02"), LocalDate.parse("2025-03-09")));
    }

    @Test
    void doesNotReadQuantitiesOrAmbiguousWordsAsDates() {
        assertThat(DateExpressions.find("They sent 2000 troops and 1,944 tanks")).isEmpty();
        assertThat(DateExpressions.find("Theresa May said the march was peaceful")).isEmpty();
        assertThat(DateExpressions.find("It was launched under the Made in China 2025 plan")).isEmpty();
    }
}
