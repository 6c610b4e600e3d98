package org.dyad.locations;

import java.text.Normalizer;
import java.util.Locale;

/** The lookup key of a place name: accents, case, punctuation and a leading "the" do not matter. */
final class PlaceNames {
    private PlaceNames() {
    }

    static String key(String name) {
        if (name == null) return "";
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
