package org.dyad.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.dyad.article.Sentence;
import org.dyad.article.TimeExpression;
import org.dyad.article.Token;

/**
 * The time expressions of one sentence as token spans with their meaning. Dyad's own reading
 * ({@link DateExpressions}) runs over the sentence's words; SUTime's expressions add what that misses,
 * read from their text, or from their value when it is absolute ({@code 2010}, {@code 2023-03},
 * {@code 2023-03-10}). Relative SUTime values ({@code XXXX-WXX-5}, {@code PAST_REF}) are never trusted,
 * because SUTime ran without a document date.
 */
final class SentenceTimes {

    /** A time expression over tokens {@code [tokenBegin, tokenEnd)} of its sentence. */
    record Mention(int tokenBegin, int tokenEnd, TimeReference reference, String text) {
    }

    private static final Pattern ABSOLUTE = Pattern.compile("(?:1[89]|20)\\d\\d(?:-[01]\\d(?:-[0-3]\\d)?)?");

    private SentenceTimes() {
    }

    static List<Mention> find(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        JoinedWords words = JoinedWords.of(sentence);
        List<Mention> out = new ArrayList<>();
        String text = words.text();
        for (DateExpressions.Found f : DateExpressions.find(text)) {
            int b = words.tokenAt(f.start()), e = words.tokenAt(f.end() - 1) + 1;
            out.add(new Mention(b, e, f.reference(), text.substring(f.start(), f.end())));
        }
        for (TimeExpression t : sentence.times()) {
            if (t.tokenBegin() < 0 || t.tokenEnd() > tokens.size() || t.tokenEnd() <= t.tokenBegin() || overlapsAny(out, t)) continue;
            TimeReference ref = fromSutime(t);
            if (ref != null) out.add(new Mention(t.tokenBegin(), t.tokenEnd(), ref, t.text()));
        }
        out.sort(java.util.Comparator.comparingInt(Mention::tokenBegin));
        return out;
    }

    private static TimeReference fromSutime(TimeExpression t) {
        // a bare number was already judged in its context by DateExpressions ("Made in China 2025" is no year)
        if (t.text() != null && t.text().trim().matches("\\d+")) return null;
        if (t.text() != null) {
            List<DateExpressions.Found> found = DateExpressions.find(t.text());
            if (!found.isEmpty()) return found.get(0).reference();
        }
        String v = t.value();
        // "days later" = 2025-03-13, "the second year" = 2026: SUTime's guesses against a document date it may
        // not have had; only a value whose text carries its own number is taken
        if (v == null || !ABSOLUTE.matcher(v).matches() || t.text() == null || !t.text().matches(".*\\d.*")) return null;
        try {
            return switch (v.length()) {
                case 4 -> new TimeReference.Year(Integer.parseInt(v));
                case 7 -> new TimeReference.MonthOfYear(java.time.YearMonth.parse(v));
                default -> new TimeReference.Day(java.time.LocalDate.parse(v));
            };
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static boolean overlapsAny(List<Mention> out, TimeExpression t) {
        for (Mention m : out) if (t.tokenBegin() < m.tokenEnd() && m.tokenBegin() < t.tokenEnd()) return true;
        return false;
    }
}
