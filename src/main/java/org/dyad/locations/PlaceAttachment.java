package org.dyad.locations;

import org.dyad.article.Dependency;
import org.dyad.article.DependencyIndex;
import org.dyad.article.Sentence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a place name hangs in a sentence relative to an event's word: on the event's own clause or the clause
 * reporting it ({@link #venue}), in a phrase fronting the sentence ({@link #fronted}), on the speaking body
 * ({@link #namesSpeaker}) or on the subject ({@link #onSubject}). Pure functions of the dependency parse; the
 * locator decides what each reading means for the event.
 */
final class PlaceAttachment {
    private PlaceAttachment() {
    }

    /**
     * The name lies in a phrase that opens the sentence before its first comma ("During a forum held
     * in X last month, Y urged ..."), and the event is the sentence's main clause or reported by it: the
     * fronted phrase sets the scene of all the sentence says.
     */
    static boolean fronted(DependencyIndex deps, Sentence s, PlaceMention m, int anchor) {
        List<org.dyad.article.Token> t = s.tokens();
        if (anchor < 0 || t.isEmpty() || !FRONTING.contains(t.get(0).word().toLowerCase(java.util.Locale.ROOT))) return false;
        int comma = -1;
        for (int k = 0; k < t.size(); k++) if (t.get(k).word().equals(",")) { comma = k; break; }
        if (comma < 0 || m.tokenEnd() > comma || anchor < comma) return false;
        for (int k : frame(deps, anchor)) if (deps.parentEdge(k) == null || deps.parentEdge(k).governor() < 0) return true;
        return false;
    }

    static final Set<String> FRONTING = Set.of("in", "at", "during");
    /** prepositions that say a thing happens inside an area ("in", "across the country") */
    static final Set<String> INSIDE = Set.of("in", "inside", "within", "across", "throughout");

    /**
     * The place frames the event's clause: it hangs on the event's word, on the words that set its scene ("at
     * a forum that closed in Hanoi, X called for ..."), or on the verb that reports it ("told
     * reporters in Tbilisi that he would seek ..."), or opens the relative clause the event is told in ("in
     * the north of the province, where farmers marched"); never on its subject or on what is reported.
     *
     * @param statement the event is a statement: what it is about ("opposes investment in X") is its topic, so
     *                  the place may not hang on the object of its own word (it may on a reporting verb's:
     *                  "told reporters in X that ...")
     */
    static boolean venue(DependencyIndex deps, Sentence s, PlaceMention m, int anchor, boolean statement) {
        if (anchor < 0) return false;
        for (int k = anchor, steps = 0; k >= 0 && steps < 8; steps++) {
            Dependency up = deps.parentEdge(k);
            if (up == null) break;
            if (up.governor() >= m.tokenBegin() && up.governor() < m.tokenEnd()) {
                if (base(up.relation()).equals("acl")) return true;
                break;
            }
            k = up.governor();
        }
        Set<Integer> frame = frame(deps, anchor);
        // "were in Oslo last week to hold talks": the place is the predicate the event's clause hangs on
        for (int t = m.tokenBegin(); t < m.tokenEnd(); t++) if (frame.contains(t)) return true;
        int k = m.governor();
        for (int steps = 0; k >= 0 && steps < 6; steps++) {
            if (frame.contains(k)) return true;
            Dependency up = deps.parentEdge(k);
            if (up == null || !SETTING.contains(base(up.relation()))) return false;
            if (statement && up.governor() == anchor && (base(up.relation()).equals("obj") || base(up.relation()).equals("iobj"))) return false;
            // "talks and meetings in X" share a scene; "recalled its envoy and froze plans to attend a summit in X" do not
            if (base(up.relation()).equals("conj") && s.tokens().get(k).pos().startsWith("VB")) return false;
            k = up.governor();
        }
        return false;
    }

    /** The anchor and the clauses that report or carry it ("said that ...", "and that he would ..."). */
    static Set<Integer> frame(DependencyIndex deps, int anchor) {
        Set<Integer> frame = new HashSet<>();
        for (int k = anchor; k >= 0 && frame.add(k); ) {
            Dependency up = deps.parentEdge(k);
            if (up == null || !CLAUSAL.contains(base(up.relation()))) break;
            k = up.governor();
        }
        return frame;
    }

    /**
     * The name modifies the subject of the event's clause or of the clause reporting it ("a Phnom Penh court
     * alleged", "the Lahore police said"): the body speaks where it sits.
     */
    static boolean namesSpeaker(DependencyIndex deps, Sentence s, PlaceMention m, int anchor) {
        if (anchor < 0 || m.governor() < 0 || m.governor() >= m.tokenBegin() && m.governor() < m.tokenEnd()) return false;
        boolean modifies = deps.childEdges(m.governor()).stream().anyMatch(d -> d.dependent() >= m.tokenBegin()
                && d.dependent() < m.tokenEnd() && (base(d.relation()).equals("compound") || base(d.relation()).equals("amod")));
        Dependency up = deps.parentEdge(m.governor());
        return modifies && (up != null && base(up.relation()).equals("nsubj") && frame(deps, anchor).contains(up.governor())
                || subjectByPlace(deps, s, m.governor(), anchor));
    }

    /**
     * The parse gave the verb no subject, and the body's noun stands right before it, adverbs between ("a Lahore
     * court earlier alleged"): the noun is the subject the parse missed.
     */
    private static boolean subjectByPlace(DependencyIndex deps, Sentence s, int noun, int anchor) {
        if (noun >= anchor || deps.childEdges(anchor).stream().anyMatch(d -> base(d.relation()).startsWith("nsubj"))) return false;
        for (int k = noun + 1; k < anchor; k++) if (!s.tokens().get(k).pos().startsWith("RB")) return false;
        return true;
    }

    /** A conjunct of the first name is in the second ("the UK and France"). */
    static boolean conj(DependencyIndex deps, PlaceMention first, PlaceMention second) {
        for (int k = first.tokenBegin(); k < first.tokenEnd(); k++)
            for (Dependency d : deps.childEdges(k))
                if (base(d.relation()).equals("conj") && d.dependent() >= second.tokenBegin() && d.dependent() < second.tokenEnd()) return true;
        return false;
    }

    /** "Security forces in X tortured ...": the name hangs on the subject of the event's own word. */
    static boolean onSubject(DependencyIndex deps, PlaceMention m, int anchor) {
        if (anchor < 0) return false;
        for (int k = m.governor(), steps = 0; k >= 0 && steps < 4; steps++) {
            Dependency up = deps.parentEdge(k);
            if (up == null) return false;
            if (base(up.relation()).equals("nsubj")) return up.governor() == anchor;
            if (!Set.of("nmod", "appos", "compound").contains(base(up.relation()))) return false;
            k = up.governor();
        }
        return false;
    }

    /**
     * The name lies in an apposition that says who someone is ("X, a lawyer in Y, said the army should ..."):
     * it tells where that person belongs, not where the event happens.
     */
    static boolean describesSomeone(DependencyIndex deps, Sentence s, PlaceMention m, int anchor) {
        if (anchor < 0) return false;
        Set<Integer> frame = frame(deps, anchor);
        for (int k = m.governor(), steps = 0; k >= 0 && steps < 6; steps++) {
            if (frame.contains(k)) return false;
            Dependency up = deps.parentEdge(k);
            if (up == null) return false;
            if (base(up.relation()).equals("appos") && up.governor() >= 0
                    && (s.tokens().get(up.governor()).ner().equals("PERSON") || s.tokens().get(k).ner().equals("TITLE"))) return true;
            k = up.governor();
        }
        return false;
    }

    static String base(String relation) {
        int c = relation.indexOf(':');
        return c < 0 ? relation : relation.equals("acl:relcl") ? "acl" : relation.substring(0, c);
    }

    /** relations through which a clause reports or carries the event's ("said that ...", "and that he would ...") */
    private static final Set<String> CLAUSAL = Set.of("ccomp", "xcomp", "conj", "parataxis", "advcl", "dep");
    private static final Set<String> SETTING = Set.of("obl", "nmod", "acl", "appos", "obj", "iobj", "compound", "conj", "advcl");
}
