package org.dyad.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dyad.article.AnnotatedArticle;
import org.dyad.article.Sentence;

/**
 * Months and days told as past without a year ("signed it in February", "arrived in late January",
 * "met on March 3") move the best day on when they fall just after it.
 *
 * <p>News writes the year only for a month or day of another year, so such a month is one of the last
 * twelve before the article. When the best day is just after an office term's first day (the window's lower
 * bound; the article is about the term, and news tells a term's first months by month), a yearless month whose next occurrence begins at most {@link #REACH_DAYS}
 * later is read as that occurrence: the article reports it, so it is written after it (the month the best
 * day falls in moves nothing: the article may be of that month). A month further on is
 * read as one before the bound (an article from a new president's first weeks that recalls "in July" means
 * the July before), and moves nothing. The window is never narrowed: the day moved to must be one of its
 * days, so honesty does not depend on this reading.
 */
final class RecentMonths {
    /** How far after the best day a yearless month may begin and still be read as that month. */
    static final int REACH_DAYS = 62;

    /** Words before a month that put it ahead or make it a deadline, whatever the verb's tense. */
    private static final Set<String> NOT_PAST = Set.of("next", "until", "till", "by", "before", "coming");

    /** A month (day 0) or a day of a month told as past without a year. */
    record Ref(int month, int day, String text) {
        /** Its first occurrence that ends on or after {@code day}: [from, to]. */
        LocalDate[] next(LocalDate day) {
            for (int y = day.getYear() - 1; y <= day.getYear() + 1; y++) {
                YearMonth ym = YearMonth.of(y, month);
                LocalDate from = this.day == 0 ? ym.atDay(1) : ym.atDay(Math.min(this.day, ym.lengthOfMonth()));
                LocalDate to = this.day == 0 ? ym.atEndOfMonth() : from;
                if (!to.isBefore(day)) return new LocalDate[] {from, to};
            }
            return null;
        }
    }

    private RecentMonths() {
    }

    /** The yearless months and days the article tells in the past tense. */
    static List<Ref> find(AnnotatedArticle article) {
        List<Ref> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            for (SentenceTimes.Mention m : SentenceTimes.find(s)) {
                TimeReference ref = m.reference() instanceof TimeReference.Since since ? since.start() : m.reference();
                Ref r = ref instanceof TimeReference.Month mo ? new Ref(mo.month(), 0, m.text())
                        : ref instanceof TimeReference.MonthDay md && md.weekday() == null ? new Ref(md.month(), md.day(), m.text())
                        : null;
                if (r == null || notPast(s, m)) continue;
                if (m.reference() instanceof TimeReference.Since || TenseReader.tense(s, m.tokenBegin()) == Tense.PAST) out.add(r);
            }
        }
        return out;
    }

    /**
     * The best day moved to just after the latest yearless month or day that begins within reach of it
     * (a month: the first days of the month after it; a day: {@link DateClue#DAYS_AFTER_EVENT} after it),
     * kept among {@code days} and not after {@code today}; {@code guess} itself when none does, or when more
     * of the distinct yearless months and days fall out of reach (read as before the guess) than within it.
     */
    static LocalDate after(List<Ref> refs, LocalDate guess, DateSet days, LocalDate today) {
        if (guess == null || refs.isEmpty()) return guess;
        LocalDate best = guess;
        Set<Ref> ahead = new java.util.HashSet<>(), behind = new java.util.HashSet<>();
        for (Ref r : refs) {
            Ref key = new Ref(r.month(), r.day(), "");
            LocalDate[] occ = r.next(guess);
            // a month the best day falls in may be the article's own ("in March", written in March): no move
            if (occ == null || (r.day() == 0 && !occ[0].isAfter(guess))) continue;
            if (occ[0].isAfter(guess.plusDays(REACH_DAYS))) {
                behind.add(key);
                continue;
            }
            ahead.add(key);
            LocalDate g = (r.day() == 0 ? occ[1].plusDays(1) : occ[1]).plusDays(DateClue.DAYS_AFTER_EVENT);
            if (g.isAfter(best)) best = g;
        }
        // an article that tells more of the months before the term began than after it is about that past,
        // and a month just ahead of the guess is more likely one still to come than one it reports
        if (best.equals(guess) || ahead.size() < behind.size()) return guess;
        if (best.isAfter(today)) best = today;
        LocalDate in = ClueCombiner.nearestIn(days, best);
        return in != null && in.isAfter(guess) ? in : guess;
    }

    private static boolean notPast(Sentence s, SentenceTimes.Mention m) {
        for (int i = Math.max(0, m.tokenBegin() - 2); i < m.tokenBegin(); i++)
            if (NOT_PAST.contains(s.tokens().get(i).word().toLowerCase(Locale.ROOT))) return true;
        // the mention's own first word ("next February" may be one mention)
        String first = m.text().trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return NOT_PAST.contains(first);
    }
}
