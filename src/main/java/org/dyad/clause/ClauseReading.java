package org.dyad.clause;

import org.dyad.article.Factuality;

import java.util.List;

/**
 * How one clause reports the event anchored on a token: the one reading that factuality and event
 * dating both take, so that an event judged planned is dated ahead and an event dated ahead is
 * never judged to have happened.
 *
 * @param anchor     the event's token (verb, event noun, or the negator of a refusal)
 * @param predicate  the verb that carries the anchor's tense (the anchor itself or the verb governing it), or -1
 * @param chain      the open-complement chain from {@code predicate} up to the verb that governs it
 *                   ("is scheduled to travel": travel, scheduled); empty without a predicate
 * @param tense      the event's time relative to the writing: the predicate's grammatical tense, made
 *                   FUTURE for a planned event, PAST for an event noun that happened under a verb
 *                   ahead ("would cease aid following the clash") and PRESENT for a refusal of a
 *                   future act ("will not send troops" refuses now)
 * @param factuality happened, planned, possible or denied; a verb ahead is PLANNED, never HAPPENED
 *                   ("are going to stop")
 * @param negator    the negator on the predicate ("did not meet"), or -1
 * @param refusal    true when the anchor is a negator: the event is the refusal itself
 * @param intent     whether the clause states its doer's own intent towards the act ("offered to
 *                   mediate", "said it would retaliate"), which CAMEO codes as the intent, not the act
 */
public record ClauseReading(int anchor, int predicate, List<Integer> chain, Tense tense, Factuality factuality,
                            int negator, boolean refusal, Intent intent) {
    public ClauseReading {
        chain = List.copyOf(chain);
    }
}
