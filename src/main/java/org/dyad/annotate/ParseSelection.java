package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Set;

/**
 * Which sentences are worth the parser's time: those that can hold an event or a quote's speaker.
 *
 * <p>Every later use of a parse needs an actor in the sentence: an event needs a source and a
 * target, the pattern engine codes only over resolved actors, a speaker is a noun phrase. A sentence
 * whose NER finds no person, organisation, place, nationality or title and that has no personal
 * pronoun ("he", "they", "its") for coreference cannot name one, so it is not parsed (its
 * {@code parse} is null and it has no dependencies; every later stage allows that). Measured on
 * the development sets' annotations: about a third of sentences, the short ones mostly.
 * {@code -Ddyad.parse.all=true} parses every sentence again.
 */
final class ParseSelection {
    private static final boolean ALL = Boolean.getBoolean("dyad.parse.all");
    /** CoreNLP's coarse and fine-grained NER types that can name an actor. */
    static final Set<String> ACTOR_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "COUNTRY",
            "NATIONALITY", "TITLE", "CITY", "STATE_OR_PROVINCE", "IDEOLOGY", "RELIGION");

    private ParseSelection() {
    }

    static boolean needsParse(List<CoreLabel> tokens) {
        if (ALL) return true;
        for (CoreLabel t : tokens) {
            if (t.ner() != null && ACTOR_TYPES.contains(t.ner())) return true;
            String tag = t.tag();
            if ("PRP".equals(tag) || "PRP$".equals(tag)) return true;
        }
        return false;
    }
}
