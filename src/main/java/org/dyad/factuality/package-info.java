/**
 * Factuality: whether an article reports an event as having happened, as planned, as possible, or
 * as denied. {@link org.dyad.factuality.FactualityJudge} reads one sentence and the anchor token of
 * an event (as set by the events stage) and walks the dependency tree up from it to the modals,
 * negations, future markers and controlling verbs that decide. It runs after event coding.
 */
package org.dyad.factuality;
