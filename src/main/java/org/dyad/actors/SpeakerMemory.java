package org.dyad.actors;

import org.dyad.knowledge.SpeechWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The speakers met so far in one article, and the outlet it cites. Per call, never shared. */
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

    /** The last speaker whose phrase had the same head role noun ("spokesman" ~ "spokesperson"). */
    Speaker lastWithHead(String head) {
        String h = role(head);
        for (int i = speakers.size() - 1; i >= 0; i--) {
            if (role(speakers.get(i).head()).equals(h)) return speakers.get(i);
        }
        return null;
    }

    /** The last speaker named by the same words (ignoring a leading determiner and case). */
    Speaker lastWithPhrase(String phrase) {
        String p = bare(phrase);
        for (int i = speakers.size() - 1; i >= 0; i--) {
            if (bare(speakers.get(i).phrase()).equals(p)) return speakers.get(i);
        }
        return null;
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

    private static String role(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        if (h.startsWith("spokes")) return "spokes";
        return h.endsWith("s") ? h.substring(0, h.length() - 1) : h;
    }

    private static String bare(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).strip();
        for (String det : new String[] {"the ", "a ", "an "}) {
            if (p.startsWith(det)) return p.substring(det.length());
        }
        return p;
    }
}
