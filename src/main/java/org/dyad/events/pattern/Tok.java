package org.dyad.events.pattern;

/** A word of the text before or after a verb, with the noun phrase it belongs to (or null). */
record Tok(String word, NounPhrase phrase, int index) {
    int compound() {
        return phrase == null ? -1 : phrase.compoundId;
    }
}
