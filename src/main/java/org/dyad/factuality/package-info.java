/**
 * Factuality: whether an article reports an event as having happened, as planned, as possible, or
 * as denied. {@link org.dyad.factuality.FactualityJudge} reads one sentence and the anchor token of
 * an event (as set by the events stage) and takes the factuality of the sentence's clause reading
 * ({@code org.dyad.clause}), the same reading event dating takes its tense from. It runs after event
 * coding.
 */
package org.dyad.factuality;
