package org.dyad.dates;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dyad.article.Dependency;
import org.dyad.article.Sentence;
import org.dyad.article.Token;

/**
 * Reads the tense of the verb governing a token: future for "will", "is due to", "is set to", "is
 * expected to"; past for a past-tense or perfect verb; present otherwise. Works from POS tags and the
 * words before the verb, using dependencies when the annotator gave them.
 */
final class TenseReader {
    private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "’ll", "shall", "wo", "won't", "won’t", "would", "'d");
    /** "due to meet", "set to strike", "expected to sign": the word before "to" makes it a plan. */
    private static final Set<String> FUTURE_BEFORE_TO = Set.of("due", "set", "expected", "scheduled", "going", "planned",
            "plans", "plan", "poised", "intends", "intend", "aims", "is", "are", "about", "slated", "likely", "hopes");
    private static final Set<String> PAST_AUX = Set.of("had", "has", "have", "was", "were", "did", "didn't", "been");
    private static final Set<String> STOP = Set.of(",", ";", ":", "(", ")", "\"", "“", "”", "--", "–", "—");

    private TenseReader() {
    }

    /** The index of the verb that carries the tense for {@code anchor}: the anchor itself, or its governing verb. */
    static int verbFor(Sentence s, int anchor) {
        List<Token> t = s.tokens();
        if (anchor < 0 || anchor >= t.size()) return rootVerb(s);
        int i = anchor;
        for (int hop = 0; hop < 5 && i >= 0; hop++) {
            if (isVerb(t.get(i))) return i;
            i = governor(s, i);
        }
        // no dependencies: the nearest verb to the left, else to the right
        for (int d = 1; d < t.size(); d++) {
            if (anchor - d >= 0 && isVerb(t.get(anchor - d))) return anchor - d;
            if (anchor + d < t.size() && isVerb(t.get(anchor + d))) return anchor + d;
        }
        return -1;
    }

    static Tense tense(Sentence s, int anchor) {
        int v = verbFor(s, anchor);
        if (v < 0) return Tense.PRESENT;
        Tense own = tenseOfVerb(s, v);
        // "is due to meet": the infinitive takes the tense of the verb it complements
        if (own == Tense.PRESENT && "VB".equals(s.tokens().get(v).pos())) {
            int g = governor(s, v);
            if (g >= 0 && isVerbOrAdj(s.tokens().get(g))) return tenseOfVerb(s, g);
        }
        return own;
    }

    private static Tense tenseOfVerb(Sentence s, int v) {
        List<Token> t = s.tokens();
        boolean pastAux = false;
        for (int i = v - 1; i >= Math.max(0, v - 6); i--) {
            String w = t.get(i).word().toLowerCase(Locale.ROOT);
            if (STOP.contains(w)) break;
            if (FUTURE_WORDS.contains(w)) return Tense.FUTURE;
            if (w.equals("to") && i > 0 && FUTURE_BEFORE_TO.contains(t.get(i - 1).word().toLowerCase(Locale.ROOT))) return Tense.FUTURE;
            if (w.equals("going") || w.equals("due")) return Tense.FUTURE;
            if (PAST_AUX.contains(w)) pastAux = true;
        }
        for (Dependency d : s.dependencies()) {
            if (d.governor() != v || !d.relation().startsWith("aux") || d.dependent() >= t.size()) continue;
            String w = t.get(d.dependent()).word().toLowerCase(Locale.ROOT);
            if (FUTURE_WORDS.contains(w)) return Tense.FUTURE;
            if (PAST_AUX.contains(w)) pastAux = true;
        }
        String pos = t.get(v).pos();
        String word = t.get(v).word().toLowerCase(Locale.ROOT);
        // "are expected to coordinate", "is set to strike": the plan word is the verb itself
        if (word.equals("due") || (FUTURE_BEFORE_TO.contains(word) && next(t, v, "to"))) return Tense.FUTURE;
        if ("VBD".equals(pos) || pastAux) return Tense.PAST;
        if ("VBN".equals(pos)) return presentAux(t, v) ? Tense.PRESENT : Tense.PAST;
        return Tense.PRESENT;
    }

    /** "is reported", "are believed": a present passive. */
    private static boolean presentAux(List<Token> t, int v) {
        for (int i = v - 1; i >= Math.max(0, v - 3); i--) {
            String w = t.get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals("is") || w.equals("are") || w.equals("am") || w.equals("'s") || w.equals("'re")) return true;
            if (STOP.contains(w)) break;
        }
        return false;
    }

    private static boolean next(List<Token> t, int i, String word) {
        return i + 1 < t.size() && t.get(i + 1).word().equalsIgnoreCase(word);
    }

    private static int rootVerb(Sentence s) {
        for (Dependency d : s.dependencies()) if (d.relation().equals("root") && d.dependent() < s.tokens().size()) return d.dependent();
        for (Token tok : s.tokens()) if (isVerb(tok)) return tok.index();
        return -1;
    }

    static int governor(Sentence s, int i) {
        for (Dependency d : s.dependencies())
            if (d.dependent() == i && !d.relation().equals("root"))
                return d.governor() < s.tokens().size() ? d.governor() : -1;
        return -1;
    }

    static boolean isVerb(Token t) {
        return t.pos() != null && t.pos().startsWith("VB");
    }

    private static boolean isVerbOrAdj(Token t) {
        return isVerb(t) || "JJ".equals(t.pos());
    }
}
