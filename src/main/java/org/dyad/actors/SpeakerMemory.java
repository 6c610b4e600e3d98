package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * The order of speech in one article, which no entity holds: the speakers quoted so far (the last one for a
 * continuing quotation, the last pair for "they"), the outlet it cites and who issued which document. Whom a
 * name, title or pronoun means is the resolution's ({@link ArticleMemory}). Per call, never shared.
 */
final class SpeakerMemory {
    private final List<Speaker> speakers = new ArrayList<>();
    private int lastSentence = -1;
    private Speaker publication;
    /** who issued each kind of document the article named with a speaker ("said in a statement") */
    private final java.util.Map<String, Speaker> issuers = new java.util.HashMap<>();

    /** A speaker named in the sentence at position {@code sentence}. */
    void add(Speaker s, int sentence) {
        speakers.add(s);
        lastSentence = sentence;
    }

    /** Position of the sentence that named the last speaker, or -1. */
    int lastSentence() {
        return lastSentence;
    }

    Speaker last() {
        return speakers.isEmpty() ? null : speakers.get(speakers.size() - 1);
    }

    Speaker publication() {
        return publication;
    }

    void publication(Speaker p) {
        publication = p;
    }

    /** The speaker of a sentence that names a document of theirs ("X said in a statement"). */
    void issued(String document, Speaker s) {
        issuers.put(document, s);
    }

    /** Who last issued this kind of document ("the statement said"), or null. */
    Speaker issuerOf(String document) {
        return issuers.get(document);
    }

    /** The last two different named individuals, earlier first ("they" = the pair), or null. */
    List<Speaker> lastNamedPair() {
        List<Speaker> out = new ArrayList<>();
        for (int i = speakers.size() - 1; i >= 0 && out.size() < 2; i--) {
            Speaker s = speakers.get(i);
            if (!s.named() || s.vague() || s.name().contains(" and ")) continue;
            if (out.isEmpty() || !out.get(0).name().equals(s.name())) out.add(0, s);
        }
        return out.size() == 2 ? out : null;
    }

}
