package org.dyad.clause;

import java.util.Set;

/**
 * Reads the grammatical tense of the verb governing a token: future for "will", "would", "is due
 * to", "is set to", "plans to"; past for a past-tense or perfect verb; present otherwise. Reads the
 * auxiliaries among the few words before the verb (so that a sentence without a parse still has a
 * tense) and among the verb's dependents; the words come from {@code auxiliaries.tsv} and the
 * "ahead" cues of {@code modality-cues.tsv}, the lists factuality reads.
 */
final class TenseReader {
    private static final Set<String> STOP = Set.of(",", ";", ":", "(", ")", "\"", "“", "”", "--", "–", "—");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re", "’s", "’re");

    private final ClauseGraph g;
    private final ClauseCues cues;

    TenseReader(ClauseGraph g, ClauseCues cues) {
        this.g = g;
        this.cues = cues;
    }

    /** The index of the verb that carries the tense for {@code anchor}: the anchor itself, or its governing verb; -1: none. */
    int verbFor(int anchor) {
        if (anchor < 0 || anchor >= g.size()) return rootVerb();
        int i = anchor;
        for (int hop = 0; hop < 5 && i >= 0; hop++) {
            if (g.isVerb(i)) return i;
            i = g.parent(i);
        }
        // no dependencies: the nearest verb to the left, else to the right
        for (int d = 1; d < g.size(); d++) {
            if (anchor - d >= 0 && g.isVerb(anchor - d)) return anchor - d;
            if (anchor + d < g.size() && g.isVerb(anchor + d)) return anchor + d;
        }
        return -1;
    }

    Tense tense(int anchor) {
        int v = verbFor(anchor);
        if (v < 0) return Tense.PRESENT;
        Tense t = verbTense(v);
        // "will continue to side with": the act goes on now; only its continuing lies ahead
        int p = g.parent(v);
        if (t == Tense.FUTURE && p >= 0 && g.relation(v).equals("xcomp") && cues.has(ClauseCues.Cue.ASPECT, g.lemma(p)))
            return Tense.PRESENT;
        return t;
    }

    private Tense verbTense(int v) {
        Tense own = tenseOfVerb(v);
        // "is due to meet": the infinitive takes the tense of the verb it complements
        if (own == Tense.PRESENT && g.pos(v).equals("VB")) {
            int p = g.parent(v);
            if (p >= 0 && (g.isVerb(p) || g.pos(p).equals("JJ"))) return tenseOfVerb(p);
        }
        return own;
    }

    private Tense tenseOfVerb(int v) {
        boolean pastAux = false;
        for (int i = v - 1; i >= Math.max(0, v - 6); i--) {
            String w = g.word(i);
            if (STOP.contains(w)) break;
            ClauseCues.Auxiliary a = cues.auxiliary(w);
            if (a == ClauseCues.Auxiliary.FUTURE || a == ClauseCues.Auxiliary.CONDITIONAL) return Tense.FUTURE;
            if (w.equals("to") && i > 0 && plansAhead(i - 1)) return Tense.FUTURE;
            if (a == ClauseCues.Auxiliary.PAST) pastAux = true;
        }
        for (int c : g.children(v)) {
            String rel = g.edge(v, c);
            if (rel == null || !rel.startsWith("aux")) continue;
            ClauseCues.Auxiliary a = cues.auxiliary(g.word(c));
            if (a == ClauseCues.Auxiliary.FUTURE || a == ClauseCues.Auxiliary.CONDITIONAL) return Tense.FUTURE;
            if (a == ClauseCues.Auxiliary.PAST) pastAux = true;
        }
        // "are expected to coordinate", "is set to strike": the plan word is the verb itself
        if (plansAhead(v) && v + 1 < g.size() && g.word(v + 1).equals("to")) return Tense.FUTURE;
        String pos = g.pos(v);
        if (pos.equals("VBD") || pastAux) return Tense.PAST;
        if (pos.equals("VBN")) return presentAux(v) ? Tense.PRESENT : Tense.PAST;
        return Tense.PRESENT;
    }

    /** A word, not in the past tense, whose to-complement lies ahead ("due", "set", "plans"), or "is"/"are" ("are to meet"). */
    private boolean plansAhead(int i) {
        return PRESENT_BE.contains(g.word(i))
                || !g.pos(i).equals("VBD") && cues.cue(ClauseCues.Cue.AHEAD, g.lemma(i), g.word(i)) != null;
    }

    /** "is reported", "are believed": a present passive. */
    private boolean presentAux(int v) {
        for (int i = v - 1; i >= Math.max(0, v - 3); i--) {
            String w = g.word(i);
            if (PRESENT_BE.contains(w)) return true;
            if (STOP.contains(w)) break;
        }
        return false;
    }

    private int rootVerb() {
        for (var d : g.sentence().dependencies()) if (d.relation().equals("root") && d.dependent() < g.size()) return d.dependent();
        for (int i = 0; i < g.size(); i++) if (g.isVerb(i)) return i;
        return -1;
    }
}
