package org.dyad.article;

/**
 * A basic/enhanced Universal Dependencies edge between two tokens of one sentence.
 *
 * @param relation  relation name ({@code nsubj}, {@code obj}, {@code obl:with}, ...)
 * @param governor  token index of the head, or -1 for the root relation
 * @param dependent token index of the dependent
 */
public record Dependency(String relation, int governor, int dependent) {
}
