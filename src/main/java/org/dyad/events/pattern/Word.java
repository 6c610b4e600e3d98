package org.dyad.events.pattern;

/**
 * An upper-cased word of the sentence and the indexes of its first and last token (-1 when
 * synthetic); they differ when a CoreNLP 4 hyphen split ({@code F - 16s}) was rejoined.
 */
record Word(String text, int token, int lastToken) {
    Word(String text, int token) {
        this(text, token, token);
    }
}
