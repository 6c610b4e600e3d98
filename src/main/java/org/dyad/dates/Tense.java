package org.dyad.dates;

/** The time a verb points to relative to the moment of writing; decides which way a weekday resolves. */
enum Tense {
    PAST, PRESENT, FUTURE
}
