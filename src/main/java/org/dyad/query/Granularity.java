package org.dyad.query;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** The period a timeline counts by: ISO weeks (from Monday), calendar months or years. */
public enum Granularity {
    WEEK, MONTH, YEAR;

    /** The first day of the period holding {@code d}. */
    public LocalDate start(LocalDate d) {
        return switch (this) {
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
            case YEAR -> d.withDayOfYear(1);
        };
    }

    public LocalDate next(LocalDate start) {
        return switch (this) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }

    /** "2023-W10", "2023-03", "2023". */
    public String label(LocalDate start) {
        return switch (this) {
            case WEEK -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    String sqlUnit() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The widest event date window, in days, that the timeline places in a period: two periods.
     * An event known only to within a wider window (an undated article's "2024-07-05 .. today")
     * would land wherever its single-day guess falls, which is a made-up date.
     */
    public int maxWindowDays() {
        return switch (this) {
            case WEEK -> 14;
            case MONTH -> 62;
            case YEAR -> 732;
        };
    }
}
