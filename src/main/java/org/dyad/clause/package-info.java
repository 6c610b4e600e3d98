/**
 * The clause view: one analysis per sentence that the events, factuality and dates stages all read,
 * so that they cannot disagree about a clause. {@link org.dyad.clause.ClauseGraph} is the sentence's
 * dependency graph (governor, base relation, children, prepositions, negators, dominance);
 * {@link org.dyad.clause.ClauseView} adds, per token, the {@link org.dyad.clause.ClauseReading} of
 * the clause reporting it: tense, factuality (happened, planned, possible, denied), negation and the
 * open-complement chain up to the governing verb. Tense and factuality are read from the same cue
 * lists (knowledge files {@code auxiliaries.tsv}, {@code modality-cues.tsv}, {@code negators.txt},
 * {@code reporting-verbs.txt}) and reconciled in one place: a planned event lies ahead, a refusal is
 * made when it is said.
 *
 * <p>Like {@code knowledge}, this is no stage: it depends on {@code article} and {@code knowledge}
 * only, and every stage may import it.
 */
package org.dyad.clause;
