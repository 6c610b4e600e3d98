/**
 * The verb-pattern event coder: PETRARCH-style coding of parsed sentences with the
 * PETRARCH-1/TABARI or PETRARCH-2 (CAMEO 2.0) verb dictionaries. A {@link
 * org.dyad.events.pattern.PatternCoder} linearises a constituency tree into noun phrases
 * (actor candidates), compounds and verb phrases, codes each noun phrase through a pluggable
 * {@link org.dyad.events.pattern.NounPhraseActors}, then matches the patterns of each
 * dictionary verb to produce (source, target, CAMEO code) events with token spans.
 */
package org.dyad.events.pattern;
