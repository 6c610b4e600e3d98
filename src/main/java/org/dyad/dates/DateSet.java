package org.dyad.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dyad.article.DateRange;

/**
 * A set of days as sorted, disjoint, non-adjacent windows. A clue may allow several stretches (Donald
 * Trump's two terms, the years in which 25 November is a Monday); intersecting sets keeps them apart
 * instead of blurring them into one wide window too early. Immutable.
 */
record DateSet(List<DateRange> ranges) {
    DateSet {
        ranges = normalise(ranges);
    }

    static DateSet of(LocalDate from, LocalDate to) {
        return from.isAfter(to) ? new DateSet(List.of()) : new DateSet(List.of(new DateRange(from, to)));
    }

    static DateSet union(List<DateRange> ranges) {
        return new DateSet(ranges);
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    boolean contains(LocalDate d) {
        for (DateRange r : ranges) if (!d.isBefore(r.from()) && !d.isAfter(r.to())) return true;
        return false;
    }

    LocalDate first() {
        return ranges.get(0).from();
    }

    LocalDate last() {
        return ranges.get(ranges.size() - 1).to();
    }

    DateSet intersect(DateSet other) {
        List<DateRange> out = new ArrayList<>();
        for (DateRange a : ranges)
            for (DateRange b : other.ranges) {
                LocalDate from = a.from().isAfter(b.from()) ? a.from() : b.from();
                LocalDate to = a.to().isBefore(b.to()) ? a.to() : b.to();
                if (!from.isAfter(to)) out.add(new DateRange(from, to));
            }
        return new DateSet(out);
    }

    /** Total number of days in the set. */
    long days() {
        long n = 0;
        for (DateRange r : ranges) n += r.to().toEpochDay() - r.from().toEpochDay() + 1;
        return n;
    }

    private static List<DateRange> normalise(List<DateRange> in) {
        List<DateRange> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparing(DateRange::from));
        List<DateRange> out = new ArrayList<>();
        for (DateRange r : sorted) {
            if (!out.isEmpty() && !r.from().isAfter(out.get(out.size() - 1).to().plusDays(1))) {
                DateRange prev = out.remove(out.size() - 1);
                out.add(new DateRange(prev.from(), r.to().isAfter(prev.to()) ? r.to() : prev.to()));
            } else {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }
}
