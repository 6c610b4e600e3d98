package org.dyad.article;

/**
 * One token of a sentence.
 *
 * @param index      0-based position in its sentence
 * @param word       the token as written
 * @param lemma      lemma (lower-case for common words)
 * @param pos        Penn Treebank part-of-speech tag
 * @param ner        named-entity tag ({@code PERSON}, {@code COUNTRY}, {@code TITLE}, ..., {@code O})
 * @param normalized normalised NER value (dates, numbers), or null
 * @param begin      character offset of the token in the article text
 * @param end        character offset just after the token
 */
public record Token(int index, String word, String lemma, String pos, String ner, String normalized,
                   int begin, int end) {
}
