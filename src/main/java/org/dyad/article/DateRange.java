package org.dyad.article;

import java.time.LocalDate;

/** An inclusive window of days. A single day has {@code from == to}. */
public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
        if (from != null && to != null && to.isBefore(from))
            throw new IllegalArgumentException("date window ends before it starts: " + from + " .. " + to);
    }

    public static DateRange day(LocalDate d) {
        return new DateRange(d, d);
    }

    public boolean overlaps(DateRange o) {
        return from != null && to != null && o.from != null && o.to != null
                && !from.isAfter(o.to) && !o.from.isAfter(to);
    }
}
