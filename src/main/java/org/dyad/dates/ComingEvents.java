package org.dyad.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dyad.article.AnnotatedArticle;
import org.dyad.article.Sentence;
import org.dyad.article.Token;

/**
 * A scheduled event named by its year and looked forward to ("the mayor hopes to win the 2031 election",
 * "the bill must pass before the 2030 polls", "ahead of the 2032 Olympics") is still to come: the
 * article is from before that year's end. Read only outside the past tense and only with a word before the
 * name that goes towards the event, so that a look back ("the weeks before the 2016 election were tense",
 * "since the 2023 election") bounds nothing; any year of such an event, not only those in the landmarks file.
 */
final class ComingEvents {
    /** Below a weekday date or a past date, which name the article's own days. */
    static final double WEIGHT = 1.2;

    /** Nouns of events fixed in the calendar years ahead. */
    private static final Set<String> EVENTS = Set.of("election", "elections", "poll", "polls", "vote", "ballot",
            "referendum", "olympics", "games", "census", "world");
    /** Words before "the YEAR event" that look towards it. */
    private static final Set<String> TOWARDS = Set.of("before", "ahead", "upcoming", "forthcoming", "win", "contest",
            "until", "till", "toward", "towards", "prepare", "prepares", "preparing", "preparations");
    /** How many words before "the" a cue may stand ("to win the", "ahead of the", "run up to the"). */
    private static final int CUE_REACH = 3;

    private ComingEvents() {
    }

    static List<DateClue> clues(AnnotatedArticle article) {
        List<DateClue> out = new ArrayList<>();
        Set<Integer> seen = new java.util.HashSet<>();
        for (Sentence s : article.sentences()) {
            List<Token> t = s.tokens();
            for (SentenceTimes.Mention m : SentenceTimes.find(s)) {
                if (!(m.reference() instanceof TimeReference.Year y) || m.tokenEnd() - m.tokenBegin() != 1) continue;
                int b = m.tokenBegin(), e = m.tokenEnd();
                if (!event(t, e) || b < 1 || !word(t, b - 1).matches("the|upcoming|forthcoming|next")) continue;
                if (!towards(t, b) || TenseReader.tense(s, b) == Tense.PAST || !seen.add(y.year())) continue;
                out.add(DateClue.fixed(WEIGHT, "'" + phrase(t, b, e) + "' is still ahead: before the end of " + y.year(),
                        DateSet.of(ClueCombiner.FLOOR, LocalDate.of(y.year(), 12, 31))));
            }
        }
        return out;
    }

    /** The event noun right after the year, past one qualifier ("the 2031 presidential election"). */
    private static boolean event(List<Token> t, int at) {
        for (int i = at; i < Math.min(t.size(), at + 2); i++) {
            String w = word(t, i);
            if (EVENTS.contains(w)) return !"world".equals(w) || (i + 1 < t.size() && word(t, i + 1).equals("cup"));
        }
        return false;
    }

    private static boolean towards(List<Token> t, int year) {
        int from = Math.max(0, year - 1 - CUE_REACH);
        for (int i = from; i < year; i++) if (TOWARDS.contains(word(t, i))) return true;
        return false;
    }

    private static String word(List<Token> t, int i) {
        return t.get(i).word().toLowerCase(Locale.ROOT);
    }

    private static String phrase(List<Token> t, int b, int e) {
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, b - 1); i < Math.min(t.size(), e + 2); i++) sb.append(i > Math.max(0, b - 1) ? " " : "").append(t.get(i).word());
        return sb.toString();
    }
}
