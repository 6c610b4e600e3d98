package org.dyad.locations;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The lookup key of a place name: accents, case, punctuation and a leading "the" do not matter. */
final class PlaceNames {
    private PlaceNames() {
    }

    // compiled once: the gazetteer's load keys ~400,000 names (String.replaceAll compiled its pattern on each call)
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    static String key(String name) {
        if (name == null) return "";
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        s = NOT_WORD.matcher(s).replaceAll(" ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
