package org.dyad.factuality;

import org.dyad.article.Factuality;
import org.dyad.article.Sentence;
import org.dyad.article.TimeExpression;

import java.util.List;
import java.util.Set;

/**
 * Judges whether the event anchored on a token is reported as having HAPPENED, as PLANNED, as
 * POSSIBLE, or as DENIED.
 *
 * <p>It walks the dependency path from the anchor upwards. At each verb or noun on the path it looks
 * at negation (not, n't, never, "no" on the word or its subject), auxiliaries (will/shall: planned;
 * could/may/might/can/should/must: possible; would: see below), "be to" ("are to deepen"), "if"/
 * "unless" clauses and modifiers like "planned"/"possible". It climbs from a to-complement to its
 * controlling word, whose lemma may decide: "expected/set/due/plan/intend/agree/pledge to" PLANNED,
 * "consider/ready/willing/try/threaten to" POSSIBLE, "refuse/decline/fail/deny" DENIED. It climbs
 * through conjuncts and non-finite adverbial clauses ("will sign ..., as well as agreeing to"),
 * from a nominal to the verb governing it ("during Zelensky's visit"), and across a reported
 * clause only to find a denial ("denied that ..."). The nearest marker decides; none: HAPPENED.
 *
 * <p>"would" is conditional (POSSIBLE) with an "if" clause or a readiness word ("would be ready to"),
 * and future-in-the-past (PLANNED) inside a reported clause ("No 10 said they would recognise").
 * A present-tense event verb with a weekday or "next"/"tomorrow" time is a schedule (PLANNED):
 * "as Mr Sunak travels to the US on Monday".
 *
 * <p>An anchor on a negation word marks a refusal event coded by the event coder ("are not
 * considering sending troops" coded as REJECT on "not"): the negation is the act itself, so it is not
 * counted and the negated verb's modality decides, except that a refusal of a future act is made
 * when it is said ("will not send troops": HAPPENED). Stateless and thread-safe.
 */
public final class FactualityJudge {

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
    private static final Set<String> PLAN_WORDS = Set.of("expect", "set", "due", "plan", "intend", "schedule",
            "agree", "pledge", "promise", "vow", "decide", "commit", "prepare", "aim", "seek", "want", "go",
            "hope", "about", "poise", "suppose", "slate", "offer", "resolve", "determine", "undertake", "arrange", "likely");
    private static final Set<String> POSSIBLE_WORDS = Set.of("consider", "ready", "willing", "prepared", "try",
            "attempt", "threaten", "propose", "suggest", "mull", "weigh", "discuss", "explore", "able", "possible",
            "could", "may", "might", "contemplate", "ask", "urge", "demand", "want", "wish", "unlikely");
    private static final Set<String> DENY_WORDS = Set.of("refuse", "decline", "fail", "deny", "reject", "rule",
            "avoid", "refrain", "stop", "halt", "cancel", "abandon");
    private static final Set<String> ALLEGING = Set.of("accuse", "blame", "allege", "suspect", "charge", "fault",
            "criticise", "criticize", "condemn", "denounce");
    private static final Set<String> READINESS = Set.of("ready", "willing", "prepared", "able", "happy", "open");
    private static final Set<String> REPORTING = Set.of("say", "announce", "tell", "confirm", "state", "report",
            "add", "claim", "insist", "believe", "think", "write", "note", "indicate", "reveal", "signal");
    private static final Set<String> NOMINAL_PLANNED = Set.of("planned", "proposed", "upcoming", "scheduled",
            "expected", "forthcoming", "future", "intended", "prospective", "next");
    private static final Set<String> PRESUPPOSING = Set.of("after", "following", "since", "during", "amid",
            "despite", "because_of", "due_to", "in_response_to", "over", "in_wake_of", "thanks_to");
    private static final List<String> SCHEDULE_WORDS = List.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "next ", "tomorrow", "later this", "coming");
    private static final Set<String> NOMINAL_POSSIBLE = Set.of("possible", "potential", "likely", "hypothetical", "eventual");

    /**
     * @param sentence the evidence sentence with its dependencies
     * @param anchor   the event's verb or nominal trigger, or a negation word for a refusal; -1: HAPPENED
     */
    public Factuality judge(Sentence sentence, int anchor) {
        if (anchor < 0 || anchor >= sentence.tokens().size()) return Factuality.HAPPENED;
        DependencyTree t = new DependencyTree(sentence);
        if (NEGATORS.contains(t.word(anchor)) && t.parent(anchor) >= 0) {
            // a refusal is made when it is said: "will not send troops" refuses now
            Factuality f = walk(t, t.parent(anchor), anchor);
            return f == Factuality.PLANNED ? Factuality.HAPPENED : f;
        }
        Factuality f = walk(t, anchor, -1);
        // a verb the parser could not attach ("They are expected to sign" with "sign" a bare dep):
        // read the words just before it
        if (f == Factuality.HAPPENED && t.relation(anchor).equals("dep")) {
            Factuality near = leftOf(t, anchor);
            if (near != null) return near;
        }
        return f;
    }

    /** Markers in the few words before a token, up to a punctuation mark or a noun. */
    private Factuality leftOf(DependencyTree t, int anchor) {
        for (int i = anchor - 1; i >= 0 && i >= anchor - 5; i--) {
            String w = t.word(i), l = t.lemma(i), pos = t.pos(i);
            if (NEGATORS.contains(w)) return Factuality.DENIED;
            if (w.equals("will") || w.equals("shall") || w.equals("'ll")) return Factuality.PLANNED;
            if (w.equals("could") || w.equals("may") || w.equals("might") || w.equals("would")) return Factuality.POSSIBLE;
            if (pos.startsWith("VB") || pos.equals("JJ")) {
                if (DENY_WORDS.contains(l)) return Factuality.DENIED;
                if (POSSIBLE_WORDS.contains(l)) return Factuality.POSSIBLE;
                if (PLAN_WORDS.contains(l)) return Factuality.PLANNED;
            }
            if (pos.startsWith("NN") || pos.startsWith("PRP") || pos.equals(",") || pos.equals(":")) break;
        }
        return null;
    }

    private Factuality walk(DependencyTree t, int start, int consumedNegation) {
        int k = start;
        boolean underNoun = false;
        for (int step = 0; step < 8 && k >= 0; step++) {
            // a noun's own "no" does not deny a modifier hanging from it: "has no red lines
            // regarding support for Ukraine" denies red lines, not support
            Factuality here = markers(t, k, consumedNegation);
            if (here == Factuality.DENIED && underNoun && !t.children(k, "det").isEmpty() && !negatedByAdverb(t, k, consumedNegation)) here = null;
            if (here != null) return here;
            String rel = t.relation(k);
            int p = t.parent(k);
            if (p < 0) break;
            switch (rel) {
                case "xcomp", "csubj" -> {
                    Factuality f = controller(t, p, consumedNegation);
                    if (f != null) return f;
                }
                case "advcl" -> {
                    String mark = markOf(t, k);
                    if (mark.equals("if") || mark.equals("unless") || mark.equals("whether")) return Factuality.POSSIBLE;
                    if (!nonFinite(t, k)) return Factuality.HAPPENED;
                    Factuality f = controller(t, p, consumedNegation);
                    if (f == Factuality.DENIED || f == Factuality.POSSIBLE && t.lemma(p).equals("consider")) return f;
                    // "accused Kyiv of attacking": an allegation, not a report of the attack
                    if (ALLEGING.contains(t.lemma(p)) && (mark.equals("of") || mark.equals("for"))) return Factuality.POSSIBLE;
                }
                case "conj" -> {
                    if (!t.children(k, "aux").isEmpty()) return Factuality.HAPPENED;
                }
                case "ccomp" -> {
                    // across a reported clause only a denial or an expectation counts: "denied that ..."
                    if (DENY_WORDS.contains(t.lemma(p)) || t.lemma(p).equals("dismiss")) return Factuality.DENIED;
                    if (t.lemma(p).equals("expect")) return Factuality.PLANNED;
                    return Factuality.HAPPENED;
                }
                case "obj", "obl", "nsubj", "nsubj:pass", "nmod" -> {
                    if (!t.pos(k).startsWith("NN")) return Factuality.HAPPENED;
                    underNoun = rel.equals("nmod") && t.pos(p).startsWith("NN");
                    // "following the Oval Office clash", "during Zelensky's visit": presupposed, so past
                    if ((rel.equals("obl") || rel.equals("nmod")) && PRESUPPOSING.contains(prepOf(t, k))) return Factuality.HAPPENED;
                    // "following the clash" parsed as a verb: still a preposition in meaning
                    if (rel.equals("obj") && t.lemma(p).equals("follow") && t.pos(p).equals("VBG")) return Factuality.HAPPENED;
                }
                case "acl" -> {
                    if (!t.pos(p).startsWith("NN")) return Factuality.HAPPENED;
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

    /** Negation by an adverb (not, never, n't) rather than by a determiner "no". */
    private static boolean negatedByAdverb(DependencyTree t, int k, int consumed) {
        for (int c : t.children(k, "advmod", "neg", "aux"))
            if (c != consumed && NEGATORS.contains(t.word(c)) && !t.word(c).equals("no")) return true;
        return false;
    }

    /** Markers on the word itself: negation, auxiliaries, "be to", "if", nominal modifiers, schedules. */
    private Factuality markers(DependencyTree t, int k, int consumed) {
        if (negated(t, k, consumed)) return Factuality.DENIED;
        for (int s : t.children(k, "nsubj", "nsubj:pass")) {
            for (int d : t.children(s, "det")) if (t.word(d).equals("no") && d != consumed) return Factuality.DENIED;
        }
        if (t.pos(k).startsWith("NN")) {
            for (int a : t.children(k, "amod")) {
                if (NOMINAL_PLANNED.contains(t.word(a))) return Factuality.PLANNED;
                if (NOMINAL_POSSIBLE.contains(t.word(a))) return Factuality.POSSIBLE;
            }
        }
        for (int a : t.children(k, "aux")) {
            String w = t.word(a);
            switch (w) {
                case "will", "'ll", "shall", "wo", "’ll" -> {
                    return Factuality.PLANNED;
                }
                case "could", "may", "might", "can", "ca", "should", "must", "ought" -> {
                    return Factuality.POSSIBLE;
                }
                case "would", "'d" -> {
                    return would(t, k);
                }
                default -> {
                    // "are to deepen": a finite "be" with a "to" marker on the same verb
                    if (t.lemma(a).equals("be") && !t.pos(k).equals("VBG") && !t.pos(k).equals("VBN")
                            && t.children(k, "mark").stream().anyMatch(m -> t.word(m).equals("to"))) return Factuality.PLANNED;
                }
            }
        }
        if (t.lemma(k).equals("be") && !t.children(k, "xcomp").isEmpty()) return Factuality.PLANNED;
        String mark = markOf(t, k);
        if (t.relation(k).equals("advcl") && (mark.equals("if") || mark.equals("unless"))) return Factuality.POSSIBLE;
        if ((t.pos(k).equals("VBZ") || t.pos(k).equals("VBP")) && t.children(k, "aux").isEmpty() && scheduled(t)) {
            return Factuality.PLANNED;
        }
        return null;
    }

    private static boolean negated(DependencyTree t, int k, int consumed) {
        for (int c : t.children(k, "advmod", "neg", "det", "aux")) {
            // "not only ... but also" is not a negation
            if (t.word(c).equals("not") && c + 1 < t.size() && t.word(c + 1).equals("only")) continue;
            if (c != consumed && NEGATORS.contains(t.word(c)) && !(t.word(c).equals("no") && t.relation(c).equals("aux"))) return true;
        }
        return false;
    }

    private static Factuality would(DependencyTree t, int k) {
        if (READINESS.contains(t.lemma(k))) return Factuality.POSSIBLE;
        for (int c : t.children(k, "advcl")) {
            String m = markOf(t, c);
            if (m.equals("if") || m.equals("unless")) return Factuality.POSSIBLE;
        }
        for (int x = k, step = 0; x >= 0 && step < 4; step++) {
            if (t.relation(x).equals("ccomp") && REPORTING.contains(t.lemma(t.parent(x)))) return Factuality.PLANNED;
            if (!t.relation(x).equals("xcomp") && !t.relation(x).equals("conj")) break;
            x = t.parent(x);
        }
        return Factuality.POSSIBLE;
    }

    /** What a controlling word says about its to-complement. */
    private Factuality controller(DependencyTree t, int p, int consumed) {
        if (negated(t, p, consumed)) return Factuality.DENIED;
        String l = t.lemma(p);
        if (DENY_WORDS.contains(l)) return Factuality.DENIED;
        if (POSSIBLE_WORDS.contains(l)) return Factuality.POSSIBLE;
        if (PLAN_WORDS.contains(l)) return Factuality.PLANNED;
        return null;
    }

    private static String prepOf(DependencyTree t, int k) {
        String full = t.fullRelation(k);
        int c = full.indexOf(':');
        if (c > 0) return full.substring(c + 1);
        for (int m : t.children(k, "case")) return t.word(m);
        return "";
    }

    private static String markOf(DependencyTree t, int k) {
        String full = t.fullRelation(k);
        if (full.startsWith("advcl:")) return full.substring(6);
        for (int m : t.children(k, "mark")) return t.word(m);
        return "";
    }

    private static boolean nonFinite(DependencyTree t, int k) {
        String p = t.pos(k);
        return (p.equals("VBG") || p.equals("VB") || p.equals("VBN")) && t.children(k, "nsubj").isEmpty()
                && t.children(k, "aux").isEmpty();
    }

    /** A weekday or "next ..."/"tomorrow"/"later this ..." among the sentence's time expressions. */
    private static boolean scheduled(DependencyTree t) {
        for (TimeExpression te : t.sentence().times()) {
            // "Putin said Thursday that Russia supports ...": the day of the saying, not a schedule
            int head = te.tokenEnd() - 1;
            if (head >= 0 && head < t.size() && t.parent(head) >= 0 && REPORTING.contains(t.lemma(t.parent(head)))) continue;
            String x = te.text() == null ? "" : te.text().toLowerCase(java.util.Locale.ROOT);
            for (String w : SCHEDULE_WORDS) if (x.contains(w)) return true;
        }
        return false;
    }
}
