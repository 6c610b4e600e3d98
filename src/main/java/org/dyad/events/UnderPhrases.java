package org.dyad.events;

import java.util.Set;

/**
 * "Came under attack", "was under U.S. sanctions", "came under criticism from X": an "under" phrase
 * whose noun names an act the subject undergoes. The dyad finder reads the subject as the target; the
 * trigger finder and the pattern events leave the verb ("come") alone, as it is no arrival. Stateless.
 */
final class UnderPhrases {

    private UnderPhrases() {
    }

    /** Verbs whose subject undergoes the act an "under" phrase names: "came under fire", "was under attack". */
    private static final Set<String> UNDERGO = Set.of("come", "be", "remain", "fall", "stay", "find", "get");

    /** The verb {@code n} hangs on as "under N" (or {@code n} itself after a copula) when the subject undergoes the act, or -1. */
    static int undergoing(SentenceGraph g, int n) {
        // "the embassy was under attack": the noun is the predicate and holds the subject itself
        if (g.firstChild(n, "cop") >= 0 && g.prep(n).equals("under")) return n;
        int gov = g.parent(n);
        if (gov < 0 || !g.relation(n).equals("obl") || !g.prep(n).equals("under")) return -1;
        if (!UNDERGO.contains(g.lemma(gov))) return -1;
        return gov;
    }

    /** Whether a verb's subject undergoes what an "under" phrase after it names ("came under fire"). */
    static boolean undergoes(SentenceGraph g, int verb) {
        for (int c : g.children(verb, "obl")) if (g.parent(c) == verb && undergoing(g, c) == verb) return true;
        return false;
    }
}
