package org.dyad.quotes;

/**
 * The words naming who said a quote: tokens [tokenBegin, tokenEnd) of the sentence at position
 * {@code sentence} in the article's sentence list.
 *
 * @param how which rule found it
 */
record Cue(int sentence, int tokenBegin, int tokenEnd, How how) {
    enum How {
        /** "X said: “...”" — verb of saying right before the quote */
        BEFORE,
        /** "“...,” said X" / "“...,” X said" / "“...,” according to X" */
        AFTER,
        /** "X said the West faced “...”" / "what X called “...”" — a verb of saying earlier in the sentence */
        EARLIER,
        /** "X said:" ending the sentence before the quote */
        INTRO
    }
}
