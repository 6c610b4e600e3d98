package org.dyad.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.dyad.article.DateRange;

/**
 * Combines date clues into the days an article can have been written.
 *
 * <p>Clues with fixed windows (office terms, dates told in the past) vote: the stretch of days allowed
 * by the largest total weight wins, the clues allowing it are intersected, and the others are dropped as
 * contradicted. One mistaken clue ("Prime Minister David Cameron" in a caption about 2010) thus cannot
 * outvote several that agree. Clues that depend on the days left (a weekday date without a year) are then
 * applied strongest first, each dropped if it would leave no day.
 */
final class ClueCombiner {
    /** Earliest day considered: Dyad codes modern news. */
    static final LocalDate FLOOR = LocalDate.of(1900, 1, 1);

    /**
     * The outcome: the days left, the clues used and those dropped, the best single day, and whether a clue
     * names that day itself (a weekday date) rather than a day near an event or a window's middle, and whether
     * the guess is just after an office term's first day ({@link #onsetGuess}), so that later news the article
     * tells without a year may still move it on ({@link RecentMonths}); a guess after a dated event stays by
     * the event, which the article reports within days.
     */
    record Outcome(DateSet days, List<DateClue> used, List<DateClue> dropped, LocalDate guess, boolean pointed,
                   List<DateClue> favouring, boolean onset) {
        boolean supported() {
            return !used.isEmpty();
        }

        String evidence() {
            StringBuilder sb = new StringBuilder();
            for (DateClue c : used) sb.append(sb.length() == 0 ? "" : "; ").append(c.evidence());
            if (!favouring.isEmpty()) {
                sb.append("; best day among: ");
                for (int i = 0; i < favouring.size(); i++) sb.append(i == 0 ? "" : "; ").append(favouring.get(i).evidence());
            }
            if (!dropped.isEmpty()) {
                sb.append(" (ignored as contradicted: ");
                for (int i = 0; i < dropped.size(); i++) sb.append(i == 0 ? "" : "; ").append(dropped.get(i).evidence());
                sb.append(')');
            }
            return sb.toString();
        }
    }

    private ClueCombiner() {
    }

    static Outcome combine(List<DateClue> clues, LocalDate today) {
        DateSet all = DateSet.of(FLOOR, today);
        List<DateClue> fixed = new ArrayList<>(), conditional = new ArrayList<>(), soft = new ArrayList<>();
        for (DateClue c : clues) (c.soft() ? soft : c.fixed() != null ? fixed : conditional).add(c);
        soft.sort(Comparator.comparingDouble(DateClue::weight).reversed());
        fixed.sort(Comparator.comparingDouble(DateClue::weight).reversed());
        conditional.sort(Comparator.comparingDouble(DateClue::weight).reversed());

        List<DateClue> used = new ArrayList<>(), dropped = new ArrayList<>();
        DateSet days = all;
        LocalDate point = bestSupported(fixed, all);
        for (DateClue c : fixed) {
            DateSet next = days.intersect(c.fixed());
            if (point == null || !c.fixed().contains(point) || next.isEmpty()) {
                if (!c.fixed().intersect(all).isEmpty() && all.intersect(c.fixed()).days() < all.days()) dropped.add(c);
                continue;
            }
            if (next.days() < days.days()) used.add(c);
            days = next;
        }
        for (DateClue c : conditional) {
            DateSet allowed = c.rule().allowed(days);
            if (allowed == null) continue;
            DateSet next = days.intersect(allowed);
            if (next.isEmpty()) {
                dropped.add(c);
            } else if (next.days() < days.days()) {
                days = next;
                used.add(c);
            }
        }
        // a weekday-dated day points at the article's own day; failing that, the latest reported event does
        LocalDate guess = null;
        for (DateClue c : used) {
            if (c.fixed() != null || c.event() || c.guess() == null) continue;
            LocalDate g = c.guess().day(days);
            if (g != null && days.contains(g)) {
                guess = g;
                break;
            }
        }
        boolean pointed = guess != null;
        boolean onset = false;
        if (guess == null) {
            for (DateClue c : used) {
                if ((c.fixed() == null && !c.event()) || c.guess() == null) continue;
                LocalDate g = c.guess().day(days);
                if (g != null && days.contains(g) && (guess == null || g.isAfter(guess))) guess = g;
            }
        }
        List<DateClue> favouring = new ArrayList<>();
        if (guess == null && !used.isEmpty()) {
            // soft clues choose among the days left where the best day lies, never narrowing the window
            DateSet likely = days;
            for (DateClue c : soft) {
                DateSet next = likely.intersect(c.fixed());
                // a handover day or two shared with the window is no stretch the person was in office in
                if (next.days() < MIN_FAVOURED_DAYS || next.days() == likely.days()) continue;
                likely = next;
                favouring.add(c);
            }
            List<DateClue> onsets = new ArrayList<>(used);
            onsets.addAll(favouring);
            guess = onsetGuess(likely, onsets, today.minusYears(PublicationDater.UNDATED_YEARS));
            onset = guess != null;
            if (guess == null) guess = nearestIn(likely, recencyGuess(likely.first(), likely.last()));
        }
        return new Outcome(days, used, dropped, guess, pointed, favouring, onset);
    }

    /**
     * When the window opens on the first day of an office term of a person the article names in office
     * (the latest-appointed of its people), the article's most likely day is just after that day, however
     * wide the window: a new holder of an office is news, and news of him names him with his new title;
     * later in the term every day is about as likely as any other, so no other day is more likely than
     * those first ones. Of several such stretches (two terms), the latest. Null when no stretch opens on a term,
     * or when it opens before {@code horizon}: the first days of a term begun decades ago are not where pages
     * still found today come from.
     */
    static LocalDate onsetGuess(DateSet days, List<DateClue> used, LocalDate horizon) {
        List<DateRange> ranges = days.ranges();
        for (int i = ranges.size() - 1; i >= 0; i--) {
            DateRange r = ranges.get(i);
            for (DateClue c : used) {
                if (!c.onset() || c.fixed() == null) continue;
                for (DateRange t : c.fixed().ranges()) {
                    if (!t.from().equals(r.from())) continue;
                    if (r.from().isBefore(horizon)) return null;
                    LocalDate g = r.from().plusDays(DateClue.DAYS_AFTER_EVENT);
                    return g.isAfter(r.to()) ? r.to() : g;
                }
            }
        }
        return null;
    }

    /** The day of the set nearest to {@code day} (a window's middle may fall between two of its stretches). */
    static LocalDate nearestIn(DateSet days, LocalDate day) {
        if (day == null || days.isEmpty() || days.contains(day)) return day;
        LocalDate best = null;
        long bestGap = Long.MAX_VALUE;
        for (DateRange r : days.ranges()) {
            LocalDate near = day.isBefore(r.from()) ? r.from() : r.to();
            long gap = Math.abs(near.toEpochDay() - day.toEpochDay());
            if (gap < bestGap) {
                best = near;
                bestGap = gap;
            }
        }
        return best;
    }

    /** A soft clue favours only a stretch of at least this many days of the window. */
    static final int MIN_FAVOURED_DAYS = 30;

    /** Windows at most this wide are narrow enough that a guess near their start beats their end. */
    static final int NARROW_DAYS = 31;

    /**
     * The best single day of a window with no clue pointing at a day. In a narrow window the lower
     * bound comes from the latest past event the article reports, and news appears within a day or
     * two of what it reports, while the upper bound is mostly slack ("earlier this week" reaches
     * three days on); so two days after the start. A wide window's edges are where its evidence stops
     * (an office term's first day, or the day Dyad runs), not where the article is: its middle, which
     * is never further than half the window from the truth.
     */
    static LocalDate recencyGuess(LocalDate first, LocalDate last) {
        if (first == null || last == null) return last;
        long width = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
        if (width > NARROW_DAYS) return first.plusDays(width / 2);
        LocalDate g = first.plusDays(2);
        return g.isAfter(last) ? last : g;
    }

    /**
     * A day allowed by the largest total weight of fixed clues (ties: by more clues, then the later day),
     * or null when there are none. Found by sweeping the clues' window boundaries.
     */
    private static LocalDate bestSupported(List<DateClue> fixed, DateSet all) {
        if (fixed.isEmpty()) return null;
        TreeSet<LocalDate> starts = new TreeSet<>();
        for (DateClue c : fixed)
            for (DateRange r : c.fixed().intersect(all).ranges()) {
                starts.add(r.from());
                starts.add(r.to().plusDays(1));
            }
        LocalDate best = null;
        double bestWeight = -1;
        int bestCount = -1;
        for (LocalDate d : starts) {
            if (!all.contains(d)) continue;
            double w = 0;
            int n = 0;
            for (DateClue c : fixed) if (c.fixed().contains(d)) { w += c.weight(); n++; }
            if (w > bestWeight + 1e-9 || (Math.abs(w - bestWeight) <= 1e-9 && n >= bestCount)) {
                best = d;
                bestWeight = w;
                bestCount = n;
            }
        }
        return bestWeight > 0 ? best : null;
    }
}
