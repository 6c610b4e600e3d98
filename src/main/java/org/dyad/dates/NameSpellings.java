package org.dyad.dates;

import java.util.regex.Pattern;

/**
 * How news in English spells the names of office holders: accents dropped ("Vucic" for "Vučić") and
 * transliterations that differ in doubled letters ("Mohamed", "Mohammed"). A name from the office
 * files is found by {@link #pattern}; an article's text is compared in {@link #folded} form.
 */
final class NameSpellings {
    private NameSpellings() {
    }

    /** A pattern finding a name however news spells it: accents dropped, letters once or twice. */
    static Pattern pattern(String name) {
        StringBuilder sb = new StringBuilder("(?<![\\p{L}])");
        String[] words = name.split("[\\s]+|(?<=-)|(?=-)");
        boolean first = true;
        for (String w : words) {
            if (w.isEmpty()) continue;
            if (!first) sb.append("\\s*");
            // transliterations differ in doubled letters ("Mohammed", "Mohamed"; "Barre", "Bare"): any letter once or twice
            String f = undoubled(w);
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                String plain = plain(String.valueOf(c));
                // news in English often drops accents: "Vučić" is written "Vucic", "François" "Francois"
                if (plain.length() == 1 && plain.charAt(0) != c) sb.append("[").append(c).append(plain).append("]");
                else sb.append(Pattern.quote(String.valueOf(c)));
                if (Character.isLetter(c)) sb.append("{1,2}");
            }
            first = false;
        }
        return Pattern.compile(sb.append("(?![\\p{L}])").toString());
    }

    /** The text without accents ("Vučić" as "Vucic"). */
    static String plain(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** The form a name is looked for in: without accents and doubled letters. */
    static String folded(String text) {
        return undoubled(plain(text));
    }

    /** The word with every run of one letter written once: the form both spellings of a transliterated name share. */
    static String undoubled(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (i > 0 && Character.isLetter(c) && Character.toLowerCase(c) == Character.toLowerCase(w.charAt(i - 1))) continue;
            sb.append(c);
        }
        return sb.toString();
    }
}
