package org.dyad.clause;

import org.dyad.article.Factuality;
import org.dyad.article.TimeExpression;

import java.util.Locale;

import static org.dyad.clause.ClauseCues.Cue;

/**
 * Reads whether the event anchored on a token is reported as having HAPPENED, as PLANNED, as
 * POSSIBLE, or as DENIED.
 *
 * <p>It walks the dependency path from the anchor upwards. At each verb or noun on the path it looks
 * at negation (a negator on the word or "no" on its subject), auxiliaries (future: planned; possible:
 * possible; conditional: see below), "be to" ("are to deepen"), "if"/"unless" clauses and modifiers
 * like "planned"/"possible". It climbs from a to-complement to its controlling word, whose complement
 * cue may decide ("expected/set/due/plan to" PLANNED, "consider/ready/try to" POSSIBLE,
 * "refuse/decline/fail" DENIED). It climbs through conjuncts and non-finite adverbial clauses ("will
 * ratify ..., while also pledging to"), from a nominal to the verb governing it ("during the premier's
 * trip"), and across a reported clause only for its reported cue ("denied that ..."). The nearest
 * marker decides; none: HAPPENED.
 *
 * <p>A conditional auxiliary ("would") is POSSIBLE with an "if" clause or a readiness word ("would be
 * ready to"), and future-in-the-past (PLANNED) inside a clause of a reporting verb ("No 10 said they
 * would recognise"). A present-tense event verb with a schedule word among the sentence's time
 * expressions is a schedule (PLANNED): "as the envoy flies to Nairobi on Friday".
 *
 * <p>An anchor on a negator marks a refusal event ("are not considering sending troops" coded as
 * REJECT on "not"): the negation is the act itself, so it is not counted and the negated verb's
 * modality decides, except that a refusal of a future act is made when it is said ("will not send
 * troops": HAPPENED). Every word comes from the knowledge files of {@link ClauseCues}.
 */
final class ModalityReader {

    private final ClauseGraph t;
    private final ClauseCues cues;

    ModalityReader(ClauseGraph graph, ClauseCues cues) {
        this.t = graph;
        this.cues = cues;
    }

    /** @param anchor the event's verb or nominal trigger, or a negator for a refusal; -1: HAPPENED */
    Factuality read(int anchor) {
        if (anchor < 0 || anchor >= t.size()) return Factuality.HAPPENED;
        if (refusal(anchor)) {
            // a refusal is made when it is said: "will not send troops" refuses now
            Factuality f = walk(t.parent(anchor), anchor);
            return f == Factuality.PLANNED ? Factuality.HAPPENED : f;
        }
        Factuality f = walk(anchor, -1);
        // "China never condemned Russia's invasion", "his detention was no comment on ...": a possessed
        // event noun is presupposed; the negation or doubt above it is about something else
        if ((f == Factuality.DENIED || f == Factuality.POSSIBLE) && presupposed(anchor)) return Factuality.HAPPENED;
        // a verb the parser could not attach ("They are due to ratify" with "ratify" a bare dep):
        // read the words just before it
        if (f == Factuality.HAPPENED && t.relation(anchor).equals("dep")) {
            Factuality near = leftOf(anchor);
            if (near != null) return near;
        }
        return f;
    }

    /**
     * Whether the act anchored on a token is its doer's stated intent: the anchor (through its
     * conjuncts and to-complements) is the complement of an intent word ("offered to mediate",
     * "threatened to cut aid": {@link Intent#OWN}) or of a consent word ("agreed to cooperate":
     * {@link Intent#CONSENT}); or it carries a future or conditional auxiliary and is the that-clause
     * of a reporting or intent word ("said it would send troops", "vowed it will respond"), or has a
     * first-person subject ("we will respond", as quoted). A refusal is an act, never an intent.
     */
    Intent intent(int anchor) {
        if (anchor < 0 || anchor >= t.size() || refusal(anchor)) return Intent.NONE;
        // "said it would tighten the blockade": an event noun that is a verb's object is intended as the verb is
        if (t.pos(anchor).startsWith("NN") && t.relation(anchor).equals("obj") && t.parent(anchor) >= 0) anchor = t.parent(anchor);
        boolean future = false;
        int k = anchor;
        for (int step = 0; step < 6; step++) {
            future |= futureAuxiliary(k);
            int p = t.parent(k);
            if (p < 0) break;
            String rel = t.relation(k);
            if (rel.equals("xcomp") || rel.equals("advcl") && nonFinite(k) && t.mark(k).equals("to")) {
                // "will continue to support": the support goes on, nothing new is pledged
                if (cues.has(Cue.ASPECT, t.lemma(p))) return Intent.NONE;
                // "planned to kill" in the past tells of a plot, not of an intent stated
                boolean past = t.pos(p).equals("VBD") || t.pos(p).equals("VBN");
                if (cues.has(Cue.INTENT, t.lemma(p)) && !(past && cues.cue(Cue.INTENT, t.lemma(p)) == Factuality.PLANNED
                        && cues.has(Cue.AHEAD, t.lemma(p)))) return Intent.OWN;
                if (cues.has(Cue.CONSENT, t.lemma(p))) return Intent.CONSENT;
            } else if (rel.equals("ccomp")) {
                // "said it would retaliate": the doer's own word; "says communities will be hit" a forecast
                return future && (cues.reporting(t.lemma(p)) || cues.has(Cue.INTENT, t.lemma(p))) && partySubject(k)
                        ? Intent.OWN : Intent.NONE;
            } else if (!rel.equals("conj")) {
                break;
            }
            k = p;
        }
        if (future) {
            for (int s : t.children(k, "nsubj", "nsubj:pass")) {
                String w = t.word(s).toLowerCase(Locale.ROOT);
                if (w.equals("we") || w.equals("i")) return Intent.OWN;
            }
            // "Norway will fund the project, the ministry said": the reporting verb trails the main clause
            // (parsed as its parataxis, dep or even ccomp); a party's future act so reported is its stated intent
            if (t.parent(k) < 0 && partySubject(k) && trailingReport(k)) return Intent.OWN;
        }
        return Intent.NONE;
    }

    /**
     * A subject that names a party ("it", "they", "Germany", "President Ruto"), as a doer speaking of
     * its own act does; a common noun ("villagers would be worst affected") is more often a forecast.
     */
    private boolean partySubject(int k) {
        for (int s : t.children(k, "nsubj")) if (t.pos(s).equals("PRP") || t.pos(s).startsWith("NNP")) return true;
        return false;
    }

    /** A reporting verb hanging after the main clause {@code root}, set off by a comma ("..., officials said"). */
    private boolean trailingReport(int root) {
        for (int c : t.children(root, "parataxis", "dep", "ccomp")) {
            if (c <= root || !cues.reporting(t.lemma(c))) continue;
            for (int i = c - 1; i > root; i--) if (t.word(i).equals(",")) return true;
        }
        return false;
    }

    private boolean futureAuxiliary(int k) {
        for (int a : t.children(k, "aux")) {
            ClauseCues.Auxiliary aux = cues.auxiliary(t.word(a).toLowerCase(Locale.ROOT));
            if (aux == ClauseCues.Auxiliary.FUTURE || aux == ClauseCues.Auxiliary.CONDITIONAL) return true;
        }
        return false;
    }

    /** An anchor on a negator that hangs from a word: the refusal itself. */
    boolean refusal(int anchor) {
        return anchor >= 0 && anchor < t.size() && cues.negator(t.word(anchor)) && t.parent(anchor) >= 0;
    }

    /** Markers in the few words before a token, up to a punctuation mark or a noun. */
    private Factuality leftOf(int anchor) {
        for (int i = anchor - 1; i >= 0 && i >= anchor - 5; i--) {
            String w = t.word(i), l = t.lemma(i), pos = t.pos(i);
            if (cues.negator(w)) return Factuality.DENIED;
            ClauseCues.Auxiliary a = cues.auxiliary(w);
            if (a == ClauseCues.Auxiliary.FUTURE) return Factuality.PLANNED;
            if (a == ClauseCues.Auxiliary.POSSIBLE || a == ClauseCues.Auxiliary.CONDITIONAL) return Factuality.POSSIBLE;
            if (pos.startsWith("VB") || pos.equals("JJ")) {
                Factuality f = cues.cue(Cue.COMPLEMENT, l, w);
                if (f != null) return f;
            }
            if (pos.startsWith("NN") || pos.startsWith("PRP") || pos.equals(",") || pos.equals(":")) break;
        }
        return null;
    }

    private Factuality walk(int start, int consumedNegation) {
        int k = start;
        boolean underNoun = false;
        for (int step = 0; step < 8 && k >= 0; step++) {
            // a noun's own "no" does not deny a modifier hanging from it: "sets no limits
            // on aid to Chile" denies limits, not aid
            Factuality here = markers(k, consumedNegation);
            if (here == Factuality.DENIED && underNoun && !t.children(k, "det").isEmpty() && !negatedByAdverb(k, consumedNegation)) here = null;
            if (here != null) return here;
            String rel = t.relation(k);
            int p = t.parent(k);
            if (p < 0) break;
            switch (rel) {
                case "xcomp", "csubj" -> {
                    // "will continue to side with", "keeps attacking": the act goes on, whatever lies ahead
                    if (rel.equals("xcomp") && cues.has(Cue.ASPECT, t.lemma(p)))
                        return t.negator(p, consumedNegation) >= 0 ? Factuality.DENIED : cues.cue(Cue.ASPECT, t.lemma(p));
                    // "tried to kill", "is seeking to block": the attempt is the act, as its own verb reports it
                    // ("will try to" planned, "did not try to" denied), so the walk goes on from that verb
                    // "managed to flee", "were able to postpone": in the past the act took place
                    boolean implied = cues.has(Cue.IMPLICATIVE, t.lemma(p)) && past(p);
                    if (!(rel.equals("xcomp") && (implied || cues.has(Cue.ATTEMPT, t.lemma(p))))) {
                        Factuality f = controller(p, consumedNegation);
                        if (f != null) return f;
                    }
                }
                case "advcl" -> {
                    String mark = t.mark(k);
                    if (mark.equals("if") || mark.equals("unless") || mark.equals("whether")) return Factuality.POSSIBLE;
                    if (!nonFinite(k)) return Factuality.HAPPENED;
                    Factuality f = controller(p, consumedNegation);
                    if (f == Factuality.DENIED || f == Factuality.POSSIBLE && t.lemma(p).equals("consider")) return f;
                    // "accused Kyiv of attacking": an allegation, not a report of the attack
                    if (cues.has(Cue.ALLEGATION, t.lemma(p)) && (mark.equals("of") || mark.equals("for")))
                        return cues.cue(Cue.ALLEGATION, t.lemma(p));
                }
                case "conj" -> {
                    if (!t.children(k, "aux", "aux:pass").isEmpty()) return Factuality.HAPPENED;
                }
                case "ccomp" -> {
                    // across a reported clause only the reporting word's own cue counts: "denied that ..."
                    Factuality f = cues.cue(Cue.REPORTED, t.lemma(p));
                    return f != null ? f : Factuality.HAPPENED;
                }
                case "obj", "obl", "nsubj", "nsubj:pass", "nmod" -> {
                    if (!t.isNoun(k)) return Factuality.HAPPENED;
                    underNoun = rel.equals("nmod") && t.isNoun(p);
                    // "following the Oval Office clash", "during Zelensky's visit": presupposed, so past
                    if ((rel.equals("obl") || rel.equals("nmod")) && cues.has(Cue.PRESUPPOSED, prepOf(k)))
                        return cues.cue(Cue.PRESUPPOSED, prepOf(k));
                    // "following the clash" parsed as a verb: still a preposition in meaning
                    if (rel.equals("obj") && t.pos(p).equals("VBG") && cues.has(Cue.PRESUPPOSED, t.word(p)))
                        return Factuality.HAPPENED;
                }
                case "acl" -> {
                    if (!t.isNoun(p)) return Factuality.HAPPENED;
                }
                default -> {
                    return Factuality.HAPPENED;
                }
            }
            if (!rel.equals("nmod")) underNoun = false;
            k = p;
        }
        return Factuality.HAPPENED;
    }

    /**
     * An event noun with a possessor ("Russia's invasion") and no marker of its own ("its planned visit"),
     * where the clause above takes it as given: as its subject ("his detention was no comment on"), or
     * as the object of a word that blames ("never condemned Russia's invasion"). The object of other
     * verbs may be a goal not yet reached ("could secure Lai's release").
     */
    private boolean presupposed(int anchor) {
        if (!t.isNoun(anchor) || t.children(anchor, "nmod:poss").isEmpty() || markers(anchor, -1) != null) return false;
        int p = t.parent(anchor);
        if (p < 0) return false;
        String rel = t.relation(anchor);
        return rel.equals("nsubj") || rel.equals("nsubj:pass") || rel.equals("obj") && cues.has(Cue.ALLEGATION, t.lemma(p));
    }

    /** A word in the past: "managed", "has managed", "were able" (a past copula or auxiliary). */
    private boolean past(int p) {
        if (t.pos(p).equals("VBD")) return true;
        for (int a : t.children(p, "aux", "aux:pass", "cop")) {
            String w = t.word(a).toLowerCase(Locale.ROOT);
            if (t.pos(a).equals("VBD") && !w.equals("did") || w.equals("has") || w.equals("have") || w.equals("had")) return true;
        }
        return false;
    }

    /** Negation by an adverb (not, never, n't) rather than by a determiner "no". */
    private boolean negatedByAdverb(int k, int consumed) {
        for (int c : t.children(k, "advmod", "neg", "aux"))
            if (c != consumed && cues.negator(t.word(c)) && !t.word(c).equals("no")) return true;
        return false;
    }

    /** Markers on the word itself: negation, auxiliaries, "be to", "if", nominal modifiers, schedules. */
    private Factuality markers(int k, int consumed) {
        if (t.negator(k, consumed) >= 0) return Factuality.DENIED;
        for (int s : t.children(k, "nsubj", "nsubj:pass")) {
            for (int d : t.children(s, "det")) if (t.word(d).equals("no") && d != consumed) return Factuality.DENIED;
        }
        if (t.isNoun(k)) {
            for (int a : t.children(k, "amod")) {
                Factuality f = cues.cue(Cue.MODIFIER, t.word(a));
                if (f != null) return f;
            }
        }
        for (int a : t.children(k, "aux", "aux:pass")) {
            ClauseCues.Auxiliary aux = cues.auxiliary(t.word(a));
            if (aux == ClauseCues.Auxiliary.FUTURE) return Factuality.PLANNED;
            if (aux == ClauseCues.Auxiliary.POSSIBLE) return Factuality.POSSIBLE;
            if (aux == ClauseCues.Auxiliary.CONDITIONAL) return conditional(k);
            // "are to deepen": a finite "be" with a "to" marker on the same verb
            if (t.lemma(a).equals("be") && !t.pos(k).equals("VBG") && !t.pos(k).equals("VBN")
                    && t.children(k, "mark").stream().anyMatch(m -> t.word(m).equals("to"))) return Factuality.PLANNED;
        }
        // "are to meet"; in the past ("was there to watch") the to-clause tells a purpose, not a plan ahead
        if (t.lemma(k).equals("be") && !t.pos(k).equals("VBD") && !t.children(k, "xcomp").isEmpty()) return Factuality.PLANNED;
        String mark = t.mark(k);
        if (t.relation(k).equals("advcl") && (mark.equals("if") || mark.equals("unless"))) return Factuality.POSSIBLE;
        if ((t.pos(k).equals("VBZ") || t.pos(k).equals("VBP")) && t.children(k, "aux", "aux:pass").isEmpty() && scheduled()) {
            return Factuality.PLANNED;
        }
        return null;
    }

    private Factuality conditional(int k) {
        if (cues.has(Cue.READINESS, t.lemma(k))) return cues.cue(Cue.READINESS, t.lemma(k));
        for (int c : t.children(k, "advcl")) {
            String m = t.mark(c);
            if (m.equals("if") || m.equals("unless")) return Factuality.POSSIBLE;
        }
        for (int x = k, step = 0; x >= 0 && step < 4; step++) {
            if (t.relation(x).equals("ccomp") && t.parent(x) >= 0 && cues.reporting(t.lemma(t.parent(x)))) return Factuality.PLANNED;
            if (!t.relation(x).equals("xcomp") && !t.relation(x).equals("conj")) break;
            x = t.parent(x);
        }
        return Factuality.POSSIBLE;
    }

    /** What a controlling word says about its to-complement. */
    private Factuality controller(int p, int consumed) {
        if (t.negator(p, consumed) >= 0) return Factuality.DENIED;
        return cues.cue(Cue.COMPLEMENT, t.lemma(p), t.word(p));
    }

    private String prepOf(int k) {
        String full = t.fullRelation(k);
        int c = full.indexOf(':');
        if (c > 0) return full.substring(c + 1);
        for (int m : t.children(k, "case")) return t.word(m);
        return "";
    }

    private boolean nonFinite(int k) {
        String p = t.pos(k);
        return (p.equals("VBG") || p.equals("VB") || p.equals("VBN")) && t.children(k, "nsubj", "nsubj:pass").isEmpty()
                && t.children(k, "aux", "aux:pass").isEmpty();
    }

    /** A schedule word among the sentence's time expressions ("on Monday", "next week", "tomorrow"). */
    private boolean scheduled() {
        for (TimeExpression te : t.sentence().times()) {
            // "Putin said Thursday that Russia supports ...": the day of the saying, not a schedule
            int head = te.tokenEnd() - 1;
            if (head >= 0 && head < t.size() && t.parent(head) >= 0 && cues.reporting(t.lemma(t.parent(head)))) continue;
            String x = " " + (te.text() == null ? "" : te.text().toLowerCase(Locale.ROOT)).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
            for (String w : cues.words(Cue.SCHEDULE)) if (x.contains(" " + w + " ")) return true;
        }
        return false;
    }
}
