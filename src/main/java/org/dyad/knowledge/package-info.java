/**
 * Dyad's knowledge layer: every word list and data file that any stage reads (titles, office
 * holders, countries, institutions, landmarks, verb rules, cue lists), as documented text files
 * bundled under {@code org/dyad/knowledge/}, read once. A user extends or overrides any of them
 * without a rebuild by putting a file of the same name in a folder given with
 * {@code --knowledge DIR} (or {@code $DYAD_KNOWLEDGE}): its rows are read after the bundled ones,
 * or instead of them when its first line is {@code #replace}.
 *
 * <p>{@link org.dyad.knowledge.WordNet} opens WordNet 3.1 (extJWNL), the one lexical database read here, once
 * for the process; {@link org.dyad.knowledge.PersonNouns} answers from it, so that the actors and events
 * stages ask it the same question the same way.
 *
 * <p>Every stage may import this package (as it may import {@code article} and {@code config});
 * no stage keeps a private copy of a list another stage also needs.
 */
package org.dyad.knowledge;
