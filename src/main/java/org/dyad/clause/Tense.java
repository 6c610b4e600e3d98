package org.dyad.clause;

/** The time a verb points to relative to the moment of writing; decides which way a weekday resolves. */
public enum Tense {
    PAST, PRESENT, FUTURE
}
