package org.dyad.article;

/**
 * A named-entity mention found by the annotator.
 *
 * @param type       NER type ({@code PERSON}, {@code COUNTRY}, {@code NATIONALITY}, {@code TITLE}, {@code ORGANIZATION}, ...)
 * @param tokenBegin first token index (inclusive) in the sentence
 * @param tokenEnd   token index just after the mention
 * @param normalized normalised value when the annotator gives one, or null
 */
public record EntityMention(String text, String type, int tokenBegin, int tokenEnd, String normalized) {
}
