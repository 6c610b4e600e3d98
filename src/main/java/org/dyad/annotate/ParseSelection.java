package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Set;

/**
 * Which sentences are worth the parser's time. By default every sentence is parsed; with
 * {@code -Ddyad.parse.select=actors} only those that can hold an event or a quote's speaker.
 *
 * <p>Every later use of a parse needs an actor in the sentence: an event needs a source and a
 * target, the pattern engine codes only over resolved actors, a speaker is a noun phrase. A sentence
 * whose NER finds no person, organisation, place, nationality or title and that has no personal
 * pronoun ("he", "they", "its") for coreference cannot name one by NER, so it is not parsed (its
 * {@code parse} is null and it has no dependencies; every later stage allows that).
 *
 * <p>Why it is off: measured (issue 16) it skips about a third of the sentences, mostly short ones,
 * and left the development sets' output byte-identical, but the one-run bench ratio against the
 * Phoenix-style parse did not move beyond this machine's noise (1.62 before, 1.67 with it), and a
 * sentence whose only actors are common nouns ("police", "troops", "rebels") has no NER actor:
 * on unseen news it could lose events the development sets do not test.
 */
final class ParseSelection {
    private static final boolean ALL = !"actors".equals(System.getProperty("dyad.parse.select"));
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
