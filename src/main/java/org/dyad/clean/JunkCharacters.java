package org.dyad.clean;

import java.util.regex.Pattern;

/**
 * Normalises scraped text without changing its words: invisible and control characters go, runs of
 * repeated symbols ("=====", "*****", "\uFFFD\uFFFD") collapse, whitespace collapses. Also tells
 * whether a line is nothing but junk ("×", "• • •", "|||").
 */
final class JunkCharacters {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\u2060\\uFEFF\\u00AD\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    /** Four or more of the same symbol, or any run of replacement characters. */
    private static final Pattern SYMBOL_RUN = Pattern.compile("([^\\p{L}\\p{N}\\s])\\1{3,}|\\uFFFD+");

    private JunkCharacters() {
    }

    /** The line with invisible characters removed, symbol runs collapsed and spaces normalised. */
    static String normalise(String line) {
        String s = INVISIBLE.matcher(line).replaceAll("");
        s = SYMBOL_RUN.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /**
     * True when fewer than a third of the visible characters are letters or digits: a line of
     * symbols, bullets, arrows or emoji carries no text.
     */
    static boolean isJunk(String line) {
        int visible = 0, alnum = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) continue;
            visible++;
            if (Character.isLetterOrDigit(cp)) alnum++;
        }
        return visible == 0 || alnum * 3 < visible || (alnum <= 1 && visible <= 3);
    }
}
