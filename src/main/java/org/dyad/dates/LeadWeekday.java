package org.dyad.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.dyad.article.AnnotatedArticle;
import org.dyad.article.Sentence;

/**
 * The weekday of the news an article leads with: "the minister summoned the envoy on Wednesday". News is
 * written on the day of what its lead reports, or the day after; so when the article's best day is a
 * guess near a reported event ("two days after it"), a day by that weekday close to it is the better guess:
 * the day after a weekday told as past (as {@link LandmarkClues} guesses), the day itself for one told as present.
 * A weekday of something ahead ("will meet on Friday") or another week's ("last Friday") says nothing.
 */
final class LeadWeekday {
    /** The headline and the first sentences after it. */
    private static final int LEAD_SENTENCES = 3, LEAD_PARAGRAPHS = 3;
    /** The guess moves at most this many days back, or {@link #FORWARD} days on, to reach the weekday. */
    static final int BACK = 2, FORWARD = 4;
    private static final Set<String> OTHER_WEEK = Set.of("last", "next", "every", "following", "previous", "coming", "this");

    private LeadWeekday() {
    }

    /** A weekday of the lead, and whether it was told as past (the article is then from the day after). */
    record Lead(DayOfWeek weekday, boolean past) {
    }

    /** The first weekday the lead tells as past or present, or null. */
    static Lead of(AnnotatedArticle article) {
        for (Sentence s : article.sentences()) {
            if (s.index() >= LEAD_SENTENCES || s.paragraph() >= LEAD_PARAGRAPHS) break;
            for (SentenceTimes.Mention m : SentenceTimes.find(s)) {
                if (!(m.reference() instanceof TimeReference.Weekday w)) continue;
                if (m.tokenBegin() > 0 && OTHER_WEEK.contains(s.tokens().get(m.tokenBegin() - 1).word().toLowerCase(Locale.ROOT)))
                    continue;
                Tense tense = TenseReader.tense(s, m.tokenBegin());
                if (tense == Tense.FUTURE) continue;
                return new Lead(w.weekday(), tense == Tense.PAST);
            }
        }
        return null;
    }

    /**
     * The first day of the lead's weekday from {@link #BACK} days before the guess to {@link #FORWARD} after,
     * or the day after it when told as past, inside the days and not after today; else the guess.
     */
    static LocalDate near(LocalDate guess, Lead lead, DateSet days, LocalDate today) {
        if (guess == null || lead == null) return guess;
        for (LocalDate d = guess.minusDays(BACK); !d.isAfter(guess.plusDays(FORWARD)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != lead.weekday()) continue;
            LocalDate written = lead.past() ? d.plusDays(1) : d;
            if (days.contains(written) && !written.isAfter(today)) return written;
            if (days.contains(d) && !d.isAfter(today)) return d;
        }
        return guess;
    }
}
