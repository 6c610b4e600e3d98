package org.dyad.dates;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether the title written before or after a name ("Defence Secretary", "France's foreign
 * minister", "his French counterpart") names a given office ("Defence Secretary", "Minister for Europe
 * and Foreign Affairs"). Offices are matched by their head word (minister, secretary, president ...)
 * and at least one domain word (defence, foreign, prime ...), so spellings from many outlets agree.
 */
final class OfficeTitles {
    private static final Set<String> HEADS = Set.of("minister", "secretary", "president", "chancellor", "premier",
            "king", "queen", "monarch", "chair", "chairman", "chairwoman", "governor", "mayor", "speaker", "commissioner",
            "director", "general", "ambassador", "envoy", "pope", "emir", "crown", "prince", "leader", "chief", "head",
            "taoiseach", "attorney");
    /** Heads that news writers swap: a UK "Defence Secretary" is a "defence minister" abroad. */
    private static final Set<String> MINISTERIAL = Set.of("minister", "secretary");
    /** Words that say the title is someone else's or not current. */
    private static final Set<String> QUALIFIERS = Set.of("vice", "deputy", "shadow", "acting", "junior", "former", "ex",
            "then", "late", "previous", "erstwhile", "interim", "outgoing", "designate", "elect", "opposition");
    /** Titles that say the person holds some office without saying which. */
    static final Set<String> GENERIC = Set.of("counterpart", "counterparts", "opposite", "number");
    private static final Set<String> FILLER = Set.of("of", "the", "for", "and", "state", "'s", "’s", "s", "to", "affairs");

    private OfficeTitles() {
    }

    static Set<String> words(String text) {
        String t = text.toLowerCase(Locale.ROOT)
                .replace("defense", "defence")
                .replaceAll("\\bpm\\b", "prime minister")
                .replaceAll("\\bpremier\\b", "prime minister")
                .replaceAll("\\bforeign office\\b", "foreign secretary")
                // one domain, several names: a French "armed forces minister" is a UK "Defence Secretary"'s counterpart
                .replaceAll("\\barmed forces\\b", "defence")
                .replaceAll("\\beurope and foreign\\b", "foreign")
                .replaceAll("\\binterior\\b", "home");
        Set<String> out = new HashSet<>();
        for (String w : t.split("[^\\p{L}]+")) if (!w.isEmpty() && !FILLER.contains(w)) out.add(w);
        return out;
    }

    /** True when the title's words name the office. */
    static boolean names(Set<String> title, String office) {
        Set<String> o = words(office);
        for (String q : QUALIFIERS) if (title.contains(q) && !o.contains(q)) return false;
        boolean head = false;
        Set<String> domain = new HashSet<>();
        for (String w : o) {
            if (HEADS.contains(w)) {
                if (title.contains(w) || (MINISTERIAL.contains(w) && title.stream().anyMatch(MINISTERIAL::contains))) head = true;
            } else {
                domain.add(w);
            }
        }
        if (!head) return false;
        if (domain.isEmpty()) return !title.contains("prime");
        for (String d : domain) if (title.contains(d)) return true;
        return false;
    }

    /** True when the words hold an office head or a generic title ("counterpart"). */
    static boolean isTitle(Set<String> title) {
        for (String w : title) if (HEADS.contains(w) || GENERIC.contains(w)) return true;
        return false;
    }

    /** The domain words of a text: every word but the office heads ("defence" in "Defence Secretary"). */
    static Set<String> domain(Set<String> words) {
        Set<String> out = new HashSet<>(words);
        out.removeAll(HEADS);
        out.removeAll(GENERIC);
        return out;
    }

    static boolean isGeneric(Set<String> title) {
        for (String w : title) if (HEADS.contains(w)) return false;
        for (String w : title) if (GENERIC.contains(w)) return true;
        return false;
    }

    static boolean isQualified(Set<String> title) {
        for (String q : QUALIFIERS) if (title.contains(q)) return true;
        return false;
    }
}
