package org.dyad.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

import org.dyad.article.DateRange;

/**
 * What a time expression means, before it is placed on the calendar. Absolute kinds ({@link Day},
 * {@link MonthOfYear}, {@link Year}) resolve without a reference day; the relative kinds need the day of
 * writing and the verb's tense, because a bare "Friday" is the next Friday in "will meet on Friday" and
 * the last one in "met on Friday".
 *
 * <p>Contract of {@link #resolve}: monotone in {@code ref} (a later reference day never gives an earlier
 * window), so resolving against both ends of a publication window bounds every day in between.
 */
sealed interface TimeReference {

    /** The window this expression names, seen from {@code ref} with the verb in {@code tense}. */
    DateRange resolve(LocalDate ref, Tense tense);

    /** The window when the expression is absolute, else null. */
    default DateRange absolute() {
        return null;
    }

    record Day(LocalDate day) implements TimeReference {
        public DateRange resolve(LocalDate ref, Tense tense) { return DateRange.day(day); }

        public DateRange absolute() { return DateRange.day(day); }
    }

    /** One of two days we cannot tell apart ("07/04/2024": 7 April or 4 July), as the window between them. */
    record Span(LocalDate from, LocalDate to) implements TimeReference {
        public DateRange resolve(LocalDate ref, Tense tense) { return absolute(); }

        public DateRange absolute() { return new DateRange(from, to); }
    }

    record MonthOfYear(YearMonth month) implements TimeReference {
        public DateRange resolve(LocalDate ref, Tense tense) { return absolute(); }

        public DateRange absolute() { return new DateRange(month.atDay(1), month.atEndOfMonth()); }
    }

    record Year(int year) implements TimeReference {
        public DateRange resolve(LocalDate ref, Tense tense) { return absolute(); }

        public DateRange absolute() { return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)); }
    }

    /** "1 October", "November 11", "Monday, 25 November": a day whose year the context gives. */
    record MonthDay(int month, int day, DayOfWeek weekday) implements TimeReference {
        public DateRange resolve(LocalDate ref, Tense tense) {
            LocalDate same = at(ref.getYear());
            LocalDate before = same.isAfter(ref) ? at(ref.getYear() - 1) : same;
            LocalDate after = same.isBefore(ref) ? at(ref.getYear() + 1) : same;
            return DateRange.day(switch (tense) {
                case PAST -> before;
                case FUTURE -> after;
                // present tense: the nearer occurrence; news rarely names a day months away
                case PRESENT -> ref.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - ref.toEpochDay() ? before : after;
            });
        }

        /** This day in the given year (29 February falls back to the 28th in common years). */
        LocalDate at(int year) {
            YearMonth ym = YearMonth.of(year, month);
            return ym.atDay(Math.min(day, ym.lengthOfMonth()));
        }
    }

    /**
     * "in February", "since March": a month whose year the context gives. {@code direction} -1 is "last
     * August" (the latest August before the month of writing, whatever the verb), +1 "next August", 0 a
     * month placed by the verb's tense.
     */
    record Month(int month, int direction) implements TimeReference {
        Month(int month) {
            this(month, 0);
        }

        public DateRange resolve(LocalDate ref, Tense tense) {
            int y = ref.getYear(), now = ref.getMonthValue();
            YearMonth before = YearMonth.of(month > now ? y - 1 : y, month), after = YearMonth.of(month < now ? y + 1 : y, month);
            YearMonth ym;
            if (direction < 0) ym = month >= now ? YearMonth.of(y - 1, month) : before;
            else if (direction > 0) ym = month <= now ? YearMonth.of(y + 1, month) : after;
            else ym = switch (tense) {
                case PAST -> before;
                case FUTURE -> after;
                // "the election is in November", "talks are set for January": the nearer such month (half a year
                // either way: ahead, since a present-tense month is more often a schedule than a memory)
                case PRESENT -> (now - month + 12) % 12 < (month - now + 12) % 12 ? before : after;
            };
            return new DateRange(ym.atDay(1), ym.atEndOfMonth());
        }
    }

    /** "on Friday", "on Thursday evening". */
    record Weekday(DayOfWeek weekday) implements TimeReference {
        public DateRange resolve(LocalDate ref, Tense tense) {
            LocalDate before = ref.with(TemporalAdjusters.previousOrSame(weekday));
            LocalDate after = ref.with(TemporalAdjusters.nextOrSame(weekday));
            return DateRange.day(switch (tense) {
                case PAST -> before;
                case FUTURE -> after;
                case PRESENT -> ref.toEpochDay() - before.toEpochDay() < after.toEpochDay() - ref.toEpochDay() ? before : after;
            });
        }
    }

    /** Which part of a relative period: all of it, the part up to the reference day, or from it on. */
    enum Part { WHOLE, EARLIER, LATER }

    /** "yesterday" (days -1), "last month" (months -1), "earlier this week" (weeks 0, EARLIER), "next year". */
    record Relative(Unit unit, int offset, Part part) implements TimeReference {
        public DateRange resolve(LocalDate ref, Tense tense) {
            DateRange whole = unit.period(ref, offset);
            if (offset != 0 || part == Part.WHOLE) return whole;
            // "earlier this week" is before the day of writing; an article may still say it on the first day
            return part == Part.EARLIER ? new DateRange(whole.from(), ref) : new DateRange(ref, whole.to());
        }
    }

    enum Unit {
        DAY, WEEK, MONTH, YEAR;

        DateRange period(LocalDate ref, int offset) {
            return switch (this) {
                case DAY -> DateRange.day(ref.plusDays(offset));
                case WEEK -> {
                    // weeks start on Monday in most of the world and on Sunday on American calendars: "last
                    // week" written on a Sunday is the week just ending for one writer and the one before
                    // for another, so the window covers both readings
                    LocalDate day = ref.plusWeeks(offset);
                    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    LocalDate sunday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
                    yield new DateRange(monday.isBefore(sunday) ? monday : sunday,
                            monday.isBefore(sunday) ? sunday.plusDays(6) : monday.plusDays(6));
                }
                case MONTH -> {
                    YearMonth ym = YearMonth.from(ref).plusMonths(offset);
                    yield new DateRange(ym.atDay(1), ym.atEndOfMonth());
                }
                case YEAR -> new DateRange(LocalDate.of(ref.getYear() + offset, 1, 1), LocalDate.of(ref.getYear() + offset, 12, 31));
            };
        }
    }

    /**
     * "in recent weeks", "three days ago", "the coming week": the days from {@code ref - fromDays} to
     * {@code ref - toDays} (negative values count forward).
     */
    record Ago(int fromDays, int toDays) implements TimeReference {
        public DateRange resolve(LocalDate ref, Tense tense) {
            return new DateRange(ref.minusDays(fromDays), ref.minusDays(toDays));
        }
    }

    /** "at the weekend", "last weekend": the Saturday and Sunday before or after the reference day. */
    record Weekend(int offset) implements TimeReference {
        public DateRange resolve(LocalDate ref, Tense tense) {
            boolean back = offset < 0 || (offset == 0 && tense == Tense.PAST);
            LocalDate sat = back ? ref.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
                    : ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            return new DateRange(sat, sat.plusDays(1));
        }
    }

    /** "since 2014", "since February": from the start of the inner expression up to the day of writing. */
    record Since(TimeReference start) implements TimeReference {
        public DateRange resolve(LocalDate ref, Tense tense) {
            DateRange s = start.resolve(ref, Tense.PAST);
            return s.from().isAfter(ref) ? DateRange.day(ref) : new DateRange(s.from(), ref);
        }
    }
}
