package org.dyad.actors;

import org.dyad.knowledge.SpeechWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;

/**
 * The people a speaker's words mean when no mention covers them, read from the article's resolution (its
 * people and its entity memory), never from the text again: a speaker phrase cleaned to its name and a lone
 * surname's fullest form ("Doe" -> "Jane Doe"), a recent pair ("A and B" for "they"), the last person named.
 * Only an organisation no actor covers ("it said") is still read from the NER tags: the resolution keeps no
 * uncoded organisations.
 */
final class NameFinder {
    /** Lower-case words that sit inside names ("Ursula von der Leyen", "Ministry of Defence"). */
    private static final Set<String> PARTICLES = Set.of("of", "for", "and", "the", "de", "del", "la", "le", "du",
            "des", "von", "van", "der", "den", "al", "bin", "ibn", "da", "dos", "di", "y", "on");

    /** The fullest form of a name the article gives: titles dropped, first + last name where written. */
    String fullName(SpeakerView v, String phrase) {
        List<String> words = new ArrayList<>(List.of(phrase.strip().split("\\s+")));
        // "the X Project's Pedro Sepulveda": the name is what follows the possessive
        for (int i = words.size() - 2; i >= 0; i--) {
            String w = words.get(i);
            if (w.endsWith("'s") || w.endsWith("’s") || w.equals("'s") || w.equals("’s")) {
                words = new ArrayList<>(words.subList(i + 1, words.size()));
                break;
            }
        }
        for (int i = words.size() - 2; i >= 0; i--) {
            // "Opposition leader Carlos Ruiz": the name is the capitalised run after the role words
            String w = words.get(i);
            if (Character.isLowerCase(w.codePointAt(0))) {
                if (!PARTICLES.contains(w)) words = new ArrayList<>(words.subList(i + 1, words.size()));
                break;
            }
        }
        while (words.size() > 1 && SpeechWords.TITLES.contains(words.get(0).toLowerCase(Locale.ROOT).replace(".", ""))) {
            words.remove(0);
        }
        String stripped = String.join(" ", words);
        if (words.size() > 1) return stripped;
        // a lone surname: the fullest name the resolution knows for it ("Doe" -> "Jane Doe")
        String full = v.memory.fullName(words.get(0));
        return full != null ? full : phrase;
    }

    /**
     * "A and B" naming two people in sentence s before token b or in the {@code window} sentences
     * before it: the pair a "they" most likely refers to, or null.
     */
    Speaker recentPair(SpeakerView v, int s, int b, List<ActorMention> mentions, int window) {
        for (int p = s; p >= 0 && p >= s - window; p--) {
            int end = p == s ? b : v.size(p);
            for (int t = end - 2; t >= 1; t--) {
                if (v.quoted(p, t) || !v.lower(p, t).equals("and")) continue;
                Speaker left = person(v, p, t - 1, mentions);
                Speaker right = person(v, p, t + 1, mentions);
                if (left != null && right != null) return SpeakerResolver.join(List.of(left, right), "they");
            }
        }
        return null;
    }

    /**
     * The first person named, outside quotes, in the nearest sentence up to token b of sentence s that names
     * one, as the resolution named them: actors, and people who are none (an analyst of no state, named first
     * in "NAME, an adviser at X, describes Trump as ..." before "he said"); or null.
     */
    ActorMention lastPerson(SpeakerView v, int s, int b, List<ActorMention> mentions) {
        List<ActorMention> named = new ArrayList<>(mentions);
        named.addAll(v.people);
        return lastOf(v, s, b, named, Set.of(ActorKind.PERSON), null);
    }

    /** Same for an organisation or state ("it said"). */
    ActorMention lastOrganisation(SpeakerView v, int s, int b, List<ActorMention> mentions) {
        return lastOf(v, s, b, mentions, Set.of(ActorKind.ORGANIZATION, ActorKind.STATE), "ORGANIZATION");
    }

    private ActorMention lastOf(SpeakerView v, int s, int b, List<ActorMention> mentions, Set<ActorKind> kinds,
                                String ner) {
        for (int p = s; p >= 0 && p >= s - 6; p--) {
            int index = v.sentences.get(p).index();
            int end = p == s ? b : v.size(p);
            ActorMention best = null;
            for (ActorMention m : mentions) {
                if (m.sentence() == index && kinds.contains(m.kind()) && m.tokenEnd() <= end && m.tokenBegin() < v.size(p)
                        && !v.quoted(p, m.tokenBegin()) && (best == null || m.tokenBegin() < best.tokenBegin())) {
                    best = m;
                }
            }
            // an organisation the actors stage does not code still comes first when named first
            int before = best == null ? end : Math.min(end, best.tokenBegin());
            for (int t = 0; ner != null && t < before; t++) {
                if (!v.quoted(p, t) && ner.equals(v.token(p, t).ner()) && !SpeechWords.PRONOUNS.contains(v.lower(p, t))
                        && (best == null || !covered(mentions, index, t))) {
                    int a = t;
                    int e = t + 1;
                    while (e < end && ner.equals(v.token(p, e).ner())) e++;
                    String text = v.span(p, a, e);
                    boolean person = kinds.contains(ActorKind.PERSON);
                    String name = person ? fullName(v, text) : text;
                    return new ActorMention(name, text, null, null, null, index, a, e,
                            person ? ActorKind.PERSON : ActorKind.ORGANIZATION);
                }
            }
            if (best != null) return best;
        }
        return null;
    }

    /** Token t of the sentence is an actor mention's (a state, a body, a person), not a bare name. */
    private static boolean covered(List<ActorMention> mentions, int index, int t) {
        for (ActorMention m : mentions) if (m.sentence() == index && m.tokenBegin() <= t && t < m.tokenEnd()) return true;
        return false;
    }

    /**
     * The person a token belongs to as the resolution named them: an actor mention, a person who is no actor,
     * else the person named in full whose surname the capitalised token is (the NER is not reliable on a
     * sentence-initial surname); or null.
     */
    private Speaker person(SpeakerView v, int s, int t, List<ActorMention> mentions) {
        if (t < 0 || t >= v.size(s)) return null;
        for (ActorMention m : SpeakerResolver.overlapping(v, s, t, t + 1, mentions)) {
            if (m.kind() == ActorKind.PERSON) return v.speaker(m, m.text(), "", true, false);
        }
        ActorMention named = v.personAt(s, t);
        if (named != null && named.kind() == ActorKind.PERSON && named.name() != null)
            return v.speaker(named, named.text(), "", true, false);
        String raw = v.raw(s, t);
        if (!Character.isUpperCase(raw.codePointAt(0)) || SpeechWords.PRONOUNS.contains(v.lower(s, t))) return null;
        Entity e = v.memory.bySurname(raw);
        return e == null ? null : v.speaker(e, raw, "");
    }
}
