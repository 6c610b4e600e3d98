package org.dyad.clause;

import org.dyad.article.Factuality;
import org.dyad.article.Sentence;

import java.util.List;

/**
 * The clause analysis of one sentence: its dependency graph ({@link ClauseGraph}) and, per token,
 * the reading of the clause that reports it ({@link ClauseReading}: tense, factuality, negation,
 * complement chain). Events, factuality and event dating all read it, from the same cue lists
 * ({@code auxiliaries.tsv}, {@code modality-cues.tsv}, {@code negators.txt}), so they cannot
 * disagree about a clause.
 *
 * <p>Built once per sentence: {@link #of} keeps the views of the sentences a thread read last, so
 * the stages that ask for the same {@code Sentence} one after another share one view. Readings are
 * computed when first asked for and kept. Immutable in what it answers; safe to share.
 */
public final class ClauseView {
    private static final int MEMO = 64;
    private static final ThreadLocal<Memo> RECENT = ThreadLocal.withInitial(Memo::new);

    private final ClauseGraph graph;
    private final TenseReader tenses;
    private final ModalityReader modality;
    private final ClauseReading[] readings;

    private ClauseView(Sentence sentence) {
        ClauseCues cues = ClauseCues.get();
        this.graph = new ClauseGraph(sentence);
        this.tenses = new TenseReader(graph, cues);
        this.modality = new ModalityReader(graph, cues);
        this.readings = new ClauseReading[sentence.tokens().size() + 1];
    }

    /**
     * Reads the cue lists now, so that a broken knowledge file (a user's, from {@code --knowledge})
     * fails at start-up with its name and line rather than at the first sentence.
     */
    public static void loadKnowledge() {
        try {
            ClauseCues.get();
        } catch (ExceptionInInitializerError e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    /** The view of a sentence: the one built for this very {@code Sentence} recently, else a new one. */
    public static ClauseView of(Sentence sentence) {
        return RECENT.get().get(sentence);
    }

    public Sentence sentence() {
        return graph.sentence();
    }

    public ClauseGraph graph() {
        return graph;
    }

    /** The verb that carries the tense of a token: the token itself or the verb governing it; -1: none. */
    public int predicate(int token) {
        return tenses.verbFor(token);
    }

    /**
     * The grammatical tense of the clause governing a token ("met on Friday" PAST, "will meet on
     * Friday" FUTURE, "is due to meet" FUTURE): what a time expression on that clause is resolved
     * with. An event's own tense, made consistent with its factuality, is {@link #reading}'s.
     */
    public Tense tense(int token) {
        return tenses.tense(token);
    }

    /**
     * The word whose subject a duty is laid on when {@code verb} is obliged ("Iraq must comply",
     * "they shouldn't close borders": the verb itself; "Taiwan has to decide", "needs to act": the
     * "have" or "need" governing it), or -1 when the verb carries no obligation.
     */
    public int obligation(int verb) {
        if (verb < 0 || verb >= graph.size()) return -1;
        ClauseCues cues = ClauseCues.get();
        for (int a : graph.children(verb, "aux")) {
            String w = graph.word(a).toLowerCase(java.util.Locale.ROOT);
            // "have" and "need" oblige only with a to-complement, never as auxiliaries ("have agreed")
            if (cues.has(ClauseCues.Cue.OBLIGATION, w) && !w.equals("have") && !w.equals("need")) return verb;
        }
        int head = graph.parent(verb);
        if (head >= 0 && graph.relation(verb).equals("xcomp") && cues.has(ClauseCues.Cue.OBLIGATION, graph.lemma(head))
                && graph.children(verb, "mark").stream().anyMatch(m -> graph.word(m).equalsIgnoreCase("to"))) return head;
        return -1;
    }

    /**
     * True when a token is its governor's to-complement: an {@code xcomp}, or a to-clause with no
     * subject of its own that the parser hung on as an adverbial clause under a word that takes such
     * complements, as it does when a time word comes between ("vowed on Monday to retaliate").
     */
    public boolean openComplement(int token) {
        if (token < 0 || token >= graph.size()) return false;
        String rel = graph.relation(token);
        if (rel.equals("xcomp")) return true;
        int head = graph.parent(token);
        if (!rel.equals("advcl") || head < 0 || !graph.isVerb(head) || !graph.children(token, "nsubj", "nsubj:pass").isEmpty()) return false;
        if (graph.children(token, "mark").stream().noneMatch(m -> graph.word(m).equals("to"))) return false;
        ClauseCues cues = ClauseCues.get();
        return cues.has(ClauseCues.Cue.COMPLEMENT, graph.lemma(head)) || cues.has(ClauseCues.Cue.INTENT, graph.lemma(head));
    }

    /** True when the lemma is a reporting verb ("say", "tell", "insist"). */
    public static boolean reporting(String lemma) {
        return ClauseCues.get().reporting(lemma);
    }

    /** The reading of the event anchored on {@code anchor} (-1: the sentence's main clause). */
    public ClauseReading reading(int anchor) {
        int slot = anchor < 0 || anchor >= graph.size() ? graph.size() : anchor;
        ClauseReading r = readings[slot];
        if (r == null) {
            r = read(slot == graph.size() ? -1 : anchor);
            readings[slot] = r;
        }
        return r;
    }

    private ClauseReading read(int anchor) {
        boolean refusal = modality.refusal(anchor);
        int predicate = tenses.verbFor(refusal ? graph.parent(anchor) : anchor);
        Factuality factuality = modality.read(anchor);
        Tense tense = tenses.tense(anchor);
        // one reading, not two: a plan lies ahead; a verb ahead ("are going to stop") is no fact yet;
        // an event noun found to have happened under a verb ahead ("would cease aid following the
        // clash") lies behind; a refusal of an act ahead ("will not send troops") is made when said
        if (refusal) {
            if (tense == Tense.FUTURE) tense = Tense.PRESENT;
        } else if (factuality == Factuality.PLANNED) {
            tense = Tense.FUTURE;
        } else if (factuality == Factuality.HAPPENED && tense == Tense.FUTURE) {
            if (anchor == predicate) factuality = Factuality.PLANNED;
            else tense = Tense.PAST;
        }
        List<Integer> chain = predicate < 0 ? List.of() : graph.complementChain(predicate);
        int negator = predicate < 0 ? -1 : graph.negator(predicate);
        Intent intent = factuality == Factuality.PLANNED || factuality == Factuality.POSSIBLE ? modality.intent(anchor) : Intent.NONE;
        return new ClauseReading(anchor, predicate, chain, tense, factuality, negator, refusal, intent);
    }

    /** The views of the last {@link #MEMO} sentences one thread read, matched by identity. */
    private static final class Memo {
        private final Sentence[] keys = new Sentence[MEMO];
        private final ClauseView[] views = new ClauseView[MEMO];
        private int next;

        ClauseView get(Sentence s) {
            for (int i = 0; i < MEMO; i++) if (keys[i] == s) return views[i];
            ClauseView v = new ClauseView(s);
            keys[next] = s;
            views[next] = v;
            next = (next + 1) % MEMO;
            return v;
        }
    }
}
