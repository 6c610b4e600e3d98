package org.dyad.events.pattern;

/** An upper-cased word of the sentence and the index of its token (-1 when synthetic). */
record Word(String text, int token) {
}
