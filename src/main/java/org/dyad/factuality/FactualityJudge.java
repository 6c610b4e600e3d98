package org.dyad.factuality;

import org.dyad.article.Factuality;
import org.dyad.article.Sentence;
import org.dyad.clause.ClauseView;

/**
 * Judges whether the event anchored on a token is reported as having HAPPENED, as PLANNED, as
 * POSSIBLE, or as DENIED: the factuality of the sentence's clause reading
 * ({@link org.dyad.clause.ClauseView#reading}), which walks up from the anchor to the negators,
 * auxiliaries, controlling words and reported clauses that decide, and which event dating reads
 * too. An anchor on a negation word is a refusal: the refusal itself is judged ("will not send
 * troops": HAPPENED). Stateless and thread-safe.
 */
public final class FactualityJudge {

    /**
     * @param sentence the evidence sentence with its dependencies
     * @param anchor   the event's verb or nominal trigger, or a negation word for a refusal; -1: HAPPENED
     */
    public Factuality judge(Sentence sentence, int anchor) {
        if (anchor < 0 || anchor >= sentence.tokens().size()) return Factuality.HAPPENED;
        return ClauseView.of(sentence).reading(anchor).factuality();
    }
}
