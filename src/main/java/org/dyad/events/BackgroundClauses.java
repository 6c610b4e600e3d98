package org.dyad.events;

/** Clauses that tell the background of a sentence rather than an event it reports. Stateless. */
final class BackgroundClauses {
    private BackgroundClauses() {
    }

    /**
     * "the fair moved to Arica, where a bomb wounded traders in 2019": a clause saying what a place has seen
     * describes the place, as background; the sentence reports something else.
     */
    static boolean inWhereClause(SentenceGraph g, int token) {
        int k = token;
        for (int step = 0; step < 4 && k >= 0; step++) {
            if (g.relation(k).equals("acl:relcl"))
                return g.children(k, "advmod").stream().anyMatch(a -> g.lemma(a).equals("where"));
            if (g.isVerb(k) && !g.relation(k).equals("conj")) return false;
            k = g.parent(k);
        }
        return false;
    }
}
