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
            "taoiseach", "attorney", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
            "commander", "official");
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
                // the US "Secretary of State" is a foreign minister; the UK's "Secretary of State for X" is X's
                .replaceAll("\\bsecretary of state\\b(?!\\s+for)", "foreign secretary")
                .replaceAll("\\b(?:king|queen|emperor|sultan)\\b", "monarch")
                // one domain, several names: a French "armed forces minister" is a UK "Defence Secretary"'s counterpart
                .replaceAll("\\barmed forces\\b", "defence")
                .replaceAll("\\beurope and foreign\\b", "foreign")
                .replaceAll("\\binterior\\b", "home");
        Set<String> out = new HashSet<>();
        for (String w : t.split("[^\\p{L}]+")) if (!w.isEmpty() && !FILLER.contains(w)) out.add(w);
        return out;
    }

    /** Words that say which department an office runs; a country name is not one of them. */
    private static final Set<String> DOMAIN_WORDS = Set.of("defence", "foreign", "home", "finance", "economy", "justice",
            "health", "treasury", "exchequer", "trade", "energy", "education", "europe", "environment", "security", "war",
            "navy", "army", "prime", "interior", "agriculture", "transport", "labour", "culture", "climate", "intelligence",
            "commerce", "industry", "development", "immigration", "migration", "brexit", "national", "staff", "affairs",
            "opposition");
    private static final java.util.regex.Pattern OF_COUNTRY =
            java.util.regex.Pattern.compile("\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}'’.-]*)*)\\s*$");

    /** An office's words, without a trailing country ("Prime Minister of the United Kingdom" is "Prime Minister"). */
    static Set<String> officeWords(String office) {
        java.util.regex.Matcher m = OF_COUNTRY.matcher(office);
        String o = office;
        if (m.find()) {
            Set<String> tail = words(m.group(1));
            boolean country = !tail.isEmpty(); // "of State" is part of the office, not a country
            tail.retainAll(DOMAIN_WORDS);
            if (country && tail.isEmpty()) o = office.substring(0, m.start());
        }
        return words(o);
    }

    /**
     * True when the title's words name the office: every head word of the office is in the title (a
     * minister may be called a secretary when the domain says which), and the title shares a domain word
     * with the office, or, for an office without one ("President", "Secretary-General"), names no other domain.
     */
    static boolean names(Set<String> title, String office) {
        Set<String> o = officeWords(office);
        // a qualifier must agree both ways: "Vice President" is not "President", nor "President" a "Vice President"
        for (String q : QUALIFIERS) if (title.contains(q) != o.contains(q)) return false;
        Set<String> domain = new HashSet<>();
        boolean heads = true, anyHead = false;
        for (String w : o) {
            if (!HEADS.contains(w)) { domain.add(w); continue; }
            anyHead = true;
            heads &= title.contains(w);
        }
        if (!anyHead) return false;
        if (domain.isEmpty()) {
            if (!heads) return false;
            for (String w : title) if (DOMAIN_WORDS.contains(w)) return false;
            return true;
        }
        if (!heads) {
            // "defence minister" for a "Defence Secretary"
            boolean swap = o.stream().filter(HEADS::contains).allMatch(MINISTERIAL::contains)
                    && title.stream().anyMatch(MINISTERIAL::contains);
            if (!swap) return false;
        }
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
        // (called on officeWords, so a trailing country is already gone)
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
