package org.dyad.article;

/**
 * A time expression found in a sentence, with its TIMEX3 type and value as normalised against
 * the annotation's reference date ({@code 2023-03-10}, {@code 2023-W10}, {@code 2023-02}, {@code PAST_REF}, ...).
 * Dyad re-resolves relative expressions itself (weekdays follow the verb's tense), so {@code text}
 * is kept as well as {@code value}.
 */
public record TimeExpression(String text, String type, String value, int tokenBegin, int tokenEnd) {
}
