package org.dyad.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Surface measurements of one line that the cleaning rules share: word count, letters, whether it
 * ends like a sentence, whether it reads like a headline. Pure functions of the text.
 */
record LineShape(String text, int words, int letters, int capitalisedWords, boolean terminal) {

    private static final Pattern WORD_SPLIT = Pattern.compile("\\s+");
    /**
     * Sentence-final marks, also when a closing quote or bracket follows them. A closing quote alone
     * does not end a sentence: headlines often end on one ("... jets 'without delay'").
     */
    private static final Pattern TERMINAL = Pattern.compile("[.!?…]['\"’”»)\\]]*$");
    private static final Pattern FULL_STOP = Pattern.compile("(?<![.…])[.!]['\"’”»)]*$");
    private static final Set<String> MINOR = Set.of("a", "an", "the", "and", "or", "but", "of", "to",
            "in", "on", "at", "for", "by", "with", "as", "from", "vs", "is", "are", "be", "after", "over");

    static LineShape of(String text) {
        String t = text.strip();
        int words = 0, caps = 0, letters = 0;
        for (String w : WORD_SPLIT.split(t)) {
            if (w.isEmpty()) continue;
            words++;
            int first = w.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse(-1);
            if (first >= 0 && (Character.isUpperCase(first) || Character.isDigit(first)
                    || MINOR.contains(w.toLowerCase(Locale.ROOT)))) caps++;
        }
        for (int i = 0; i < t.length(); i++) if (Character.isLetter(t.charAt(i))) letters++;
        return new LineShape(t, words, letters, caps, TERMINAL.matcher(t).find());
    }

    /**
     * A line that reads as running prose: long enough and ending like a sentence, or so long that it
     * must be prose even though scraping cut its last mark.
     */
    boolean isProse() {
        return (words >= 7 && terminal && !text.endsWith("?")) || words >= 25;
    }

    /**
     * A line that reads like a headline: short, no sentence-final full stop, starting with a capital
     * or digit, and mostly capitalised words or a normal short clause.
     */
    boolean isHeadlineLike() {
        if (words < 2 || words > 25 || text.isEmpty()) return false;
        if (text.endsWith(".") && !text.endsWith("...")) return false;
        int first = text.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse(-1);
        return first >= 0 && (Character.isUpperCase(first) || Character.isDigit(first));
    }

    /** Ends with a full stop or exclamation mark, possibly inside closing quotes; not an ellipsis. */
    boolean endsWithFullStop() {
        return FULL_STOP.matcher(text).find();
    }

    /** Share of words that start with a capital, a digit, or are minor title-case words. */
    double titleCaseShare() {
        return words == 0 ? 0 : (double) capitalisedWords / words;
    }
}
