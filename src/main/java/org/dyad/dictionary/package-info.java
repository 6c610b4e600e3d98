/**
 * Readers for the PETRARCH/TABARI dictionary file formats: actors (with synonyms and
 * date-restricted codes), agents (with plurals and substitution markers), discards, and the
 * line conventions they share. Both the PETRARCH validation dictionaries and the Phoenix
 * dictionaries load through these readers. Dictionaries are immutable after loading and
 * safe to share between threads; lookups are hash maps keyed by the first word.
 */
package org.dyad.dictionary;
