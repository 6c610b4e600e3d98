package org.dyad.events.pattern;

/** A source or target location: one noun phrase, or (compound &gt;= 0) the whole compound it is in. */
record PhraseLoc(NounPhrase phrase, int compound) {
}
