package org.dyad.actors;

import org.dyad.knowledge.SpeechWords;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;

/**
 * Turns the speaker words the quotes stage found ({@link org.dyad.article.SpeakerCue}) into a {@link Speaker}: the
 * entity of the actor mention covering the phrase's head (its name, country and sector as the resolution
 * finally decided them; "the spokesman" is whom the resolution says it is); a mention inside the phrase lends
 * its country to a phrase kept as written ("a UK defence source", "Starmer's official spokesman"); a surname
 * or a bare title the NER missed goes to the entity the article's memory holds for it; "the article" / "the
 * publication" go to the outlet the article cited; pronouns go to the antecedent the resolution gave them,
 * else to the nearby pair or the last speaker. Stateless: the per-article order of speech is passed in.
 */
final class SpeakerResolver {
    private final NameFinder names = new NameFinder();
    /** heads that name any government official, whatever the title the article first gave */
    private static final Set<String> OFFICIAL_HEADS = Set.of("official");
    private static final Set<String> SINGULAR = Set.of("he", "she");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its");

    /** The speaker tokens [b, e) of the sentence at position s name. */
    Speaker resolve(SpeakerView v, int s, int b, int e, List<ActorMention> mentions, SpeakerMemory memory) {
        String phrase = v.span(s, b, e);
        List<String> words = new ArrayList<>();
        for (int t = b; t < e; t++) words.add(v.lower(s, t));
        int head = headIndex(v, s, b, e);
        String headWord = v.lower(s, head);
        List<ActorMention> over = overlapping(v, s, b, e, mentions);

        if (mediaReference(v, s, b, e, words) && memory.publication() != null) {
            return memory.publication().withPhrase(phrase);
        }
        if (e - b == 1 && SpeechWords.PRONOUNS.contains(headWord)) {
            // "“...,” he added": continuing speech is the speaker just quoted, whoever else the sentence before named
            Speaker last = memory.last();
            if (SINGULAR.contains(headWord) && e < v.size(s) && v.lower(s, e).equals("added") && last != null
                    && last.named() && !last.vague() && memory.lastSentence() >= s - 1) return last.withPhrase(phrase);
            List<ActorMention> resolved = new ArrayList<>();
            for (ActorMention m : over) {
                // a pronoun mention left unresolved ("he" named "he") says nothing
                if (m.name() != null && !m.name().isBlank() && !SpeechWords.PRONOUNS.contains(m.name().toLowerCase(Locale.ROOT))) {
                    resolved.add(m);
                }
            }
            if (!resolved.isEmpty()) return joined(resolved, phrase, headWord, true);
            Speaker p = pronoun(v, s, b, headWord, mentions, memory);
            return p != null ? p.withPhrase(phrase) : new Speaker(phrase, null, null, phrase, headWord, false, false);
        }
        boolean definiteRole = words.get(0).equals("the") && SpeechWords.ROLES.contains(headWord) && !hasProperName(v, s, b, e);
        if (definiteRole) {
            // "X said in a statement" ... "the statement said": X's words
            Speaker issuer = SpeechWords.DOCUMENTS.contains(headWord) ? memory.issuerOf(headWord) : null;
            if (issuer != null) return issuer;
            // "NAME, the district superintendent, told us ..." then "the official said": the official just quoted
            Speaker last = memory.last();
            if (OFFICIAL_HEADS.contains(headWord) && last != null && last.named() && !last.vague()
                    && "GOV".equals(last.sector()) && memory.lastSentence() >= s - 2) return last.withPhrase(phrase);
        }
        List<int[]> parts = coordinated(v, s, b, e);
        if (parts.size() > 1) {
            List<Speaker> each = new ArrayList<>();
            for (int[] part : parts) each.add(single(v, s, part[0], part[1], mentions, memory));
            return join(each, phrase);
        }
        return single(v, s, b, e, mentions, memory);
    }

    /** One noun phrase, not coordinated. */
    private Speaker single(SpeakerView v, int s, int b, int e, List<ActorMention> mentions, SpeakerMemory memory) {
        String phrase = v.span(s, b, e);
        int head = headIndex(v, s, b, e);
        String headWord = v.lower(s, head);
        boolean vague = v.lower(s, b).equals("a") || v.lower(s, b).equals("an")
                || headWord.endsWith("s") && !Character.isUpperCase(v.raw(s, head).codePointAt(0));
        List<ActorMention> over = overlapping(v, s, b, e, mentions);
        ActorMention atHead = null;
        for (ActorMention m : over) {
            if (m.tokenBegin() <= head && head < m.tokenEnd() && (atHead == null || rank(m) < rank(atHead))) atHead = m;
        }
        if (atHead != null) {
            return v.speaker(atHead, phrase, headWord, atHead.kind() != ActorKind.ANAPHOR || atHead.name() != null, vague);
        }
        ActorMention person = v.personAt(s, head);
        if (person != null && person.kind() == ActorKind.PERSON && person.name() != null
                && SpeechWords.capitalised(v.raw(s, head)) && !SpeechWords.ROLES.contains(headWord)) {
            // a person the resolution named who is no actor ("Doe" after "Jane Doe, an economist"): its name for them
            return nonActor(person, phrase, headWord);
        }
        if (!over.isEmpty() && SpeechWords.capitalised(v.raw(s, head)) && !SpeechWords.ROLES.contains(headWord)) {
            // "the X Fund's NAME": a person named before, whose affiliation the phrase repeats, not whose country
            Entity earlier = v.memory.bySurname(v.raw(s, head));
            if (earlier != null) return v.speaker(earlier, phrase, headWord);
        }
        if (SpeechWords.UTTERANCES.contains(headWord) && POSSESSIVES.contains(v.lower(s, b))) {
            // "Ruiz, in her Friday remarks, then ... adding": the remarks' owner speaks
            for (ActorMention m : over) {
                if (m.tokenBegin() == b && m.name() != null && (m.kind() == ActorKind.ANAPHOR || m.kind() == ActorKind.PERSON)) {
                    return v.speaker(m, phrase, headWord, true, false);
                }
            }
            // a possessive the resolution gave no mention: whom its pronoun would mean
            String pronoun = switch (v.lower(s, b)) {
                case "his" -> "he";
                case "her" -> "she";
                case "their" -> "they";
                default -> "it";
            };
            Speaker owner = pronoun(v, s, b, pronoun, mentions, memory);
            if (owner != null && owner.named()) return owner.withPhrase(phrase);
        }
        if (!over.isEmpty()) {
            ActorMention mod = over.get(0);
            for (ActorMention m : over) if (rank(m) < rank(mod)) mod = m;
            return new Speaker(phrase, mod.country(), mod.sector(), phrase, headWord, false, vague);
        }
        ActorMention elsewhere = sameWordsElsewhere(v, s, phrase, mentions);
        if (elsewhere != null) {
            // the actors stage resolved these very words ("the Prime Minister") in another sentence
            return v.speaker(elsewhere, phrase, headWord, true, vague);
        }
        Entity holder = definiteTitle(v, s, b, e) ? v.memory.titled(titleWords(v, s, b, e)) : null;
        if (holder != null) return v.speaker(holder, phrase, headWord);
        if (hasProperName(v, s, b, e) && SpeechWords.capitalised(v.raw(s, head))) {
            // NER missed this "Doe" but the resolution named "Jane Doe" before
            Entity named = v.memory.bySurname(v.raw(s, head));
            if (named != null) return v.speaker(named, phrase, headWord);
            return new Speaker(names.fullName(v, v.span(s, b, nameEnd(v, s, b, e))), null, null, phrase, headWord, true, false);
        }
        return new Speaker(phrase, null, null, phrase, headWord, false, vague);
    }

    /**
     * A person the resolution named who is no actor, as a speaker: the sector a title gave them counts only
     * with a country (an analyst's "director" is no government's).
     */
    private static Speaker nonActor(ActorMention person, String phrase, String head) {
        return new Speaker(person.name(), person.country(), person.country() == null ? null : person.sector(), phrase,
                head, true, false);
    }

    /** "the Defence Secretary", "the prime minister": a determiner then title words only. */
    private static boolean definiteTitle(SpeakerView v, int s, int b, int e) {
        if (e - b < 2 || !v.lower(s, b).equals("the")) return false;
        boolean title = false;
        for (int t = b + 1; t < e; t++) {
            boolean known = SpeechWords.TITLES.contains(v.lower(s, t));
            if (!known && !Character.isUpperCase(v.raw(s, t).codePointAt(0))) return false;
            title |= known;
        }
        return title;
    }

    /** The folded words of "the Defence Secretary" after its determiner, as the resolution keeps a person's titles. */
    private static List<String> titleWords(SpeakerView v, int s, int b, int e) {
        List<String> out = new ArrayList<>();
        for (int t = b + 1; t < e; t++) out.add(Words.fold(v.raw(s, t)));
        return out;
    }

    /** "he", "she", "they", "it" with no mention from the actors stage. */
    private Speaker pronoun(SpeakerView v, int s, int b, String pronoun, List<ActorMention> mentions,
                            SpeakerMemory memory) {
        switch (pronoun) {
            case "they", "we" -> {
                Speaker pair = names.recentPair(v, s, b, mentions, 3);
                if (pair != null) return pair;
                Speaker last = memory.last();
                if (last != null && (last.vague() || !last.named())) return last;
                List<Speaker> two = memory.lastNamedPair();
                if (two != null) return join(two, "they");
                return last;
            }
            case "he", "she", "i" -> {
                // the resolution's own antecedent, a person who is no actor (an analyst, a witness)
                ActorMention own = v.personAt(s, b);
                if (own != null && own.name() != null) return nonActor(own, own.text(), pronoun);
                // the person named most recently: the last speaker, unless a sentence since named someone
                ActorMention m = names.lastPerson(v, s, b, mentions);
                int at = m == null ? -1 : v.positionOf(m.sentence());
                if (m != null && (at > memory.lastSentence() || memory.last() == null)) {
                    return v.speaker(m, m.text(), pronoun, true, false);
                }
                return memory.last();
            }
            default -> {
                ActorMention org = names.lastOrganisation(v, s, b, mentions);
                if (org != null) return new Speaker(nameOf(org), org.country(), org.sector(), org.text(), "it", true, false);
                return memory.last();
            }
        }
    }

    /** The nearest mention, preferably earlier, of the same words with a name of its own; or null. */
    private static ActorMention sameWordsElsewhere(SpeakerView v, int s, String phrase, List<ActorMention> mentions) {
        String want = bare(phrase);
        int index = v.sentences.get(s).index();
        ActorMention best = null;
        for (ActorMention m : mentions) {
            if (m.text() == null || m.name() == null || !bare(m.text()).equals(want) || bare(m.name()).equals(want)) continue;
            if (best == null || distance(m.sentence(), index) < distance(best.sentence(), index)) best = m;
        }
        return best;
    }

    /** Sentences between, counting later ones as farther than earlier ones. */
    private static int distance(int mention, int here) {
        return mention <= here ? 2 * (here - mention) : 2 * (mention - here) + 1;
    }

    private static String bare(String words) {
        String p = words.toLowerCase(Locale.ROOT).strip();
        for (String det : new String[] {"the ", "a ", "an "}) {
            if (p.startsWith(det)) return p.substring(det.length());
        }
        return p;
    }

    /** The phrase means "the outlet this article cites": "the article", "the authors of the article". */
    private static boolean mediaReference(SpeakerView v, int s, int b, int e, List<String> words) {
        boolean media = false;
        for (String w : words) media |= SpeechWords.MEDIA.contains(w);
        return media && !hasProperName(v, s, b, e);
    }

    /** A capitalised word other than a leading determiner ("The"). */
    static boolean hasProperName(SpeakerView v, int s, int b, int e) {
        for (int t = b; t < e; t++) {
            String raw = v.raw(s, t);
            if (t == b && SpeechWords.DETS.contains(raw.toLowerCase(Locale.ROOT))) continue;
            if (SpeechWords.capitalised(raw)) return true;
        }
        return false;
    }

    /** The head noun: last word, or the last word before "of" ("the authors of the article"). */
    private static int headIndex(SpeakerView v, int s, int b, int e) {
        for (int t = b + 1; t < e; t++) {
            String w = v.lower(s, t);
            if (w.equals("of") || w.equals("from") || w.equals("in") || w.equals("at")) return t - 1;
        }
        int h = e - 1;
        while (h > b && punct(v.raw(s, h))) h--;
        return h;
    }

    private static boolean punct(String raw) {
        return !raw.isEmpty() && !Character.isLetterOrDigit(raw.codePointAt(0)) && !raw.equals("'s") && !raw.equals("’s");
    }

    /** End of the name part: before a place phrase ("Muhammad Sharifullah in Quetta"). */
    private static int nameEnd(SpeakerView v, int s, int b, int e) {
        for (int t = b + 1; t < e; t++) {
            String w = v.lower(s, t);
            if (w.equals("from") || w.equals("in") || w.equals("at")) return t;
        }
        return e;
    }

    /** Parts of "A and B" where both sides carry a capitalised name. */
    private static List<int[]> coordinated(SpeakerView v, int s, int b, int e) {
        List<int[]> parts = new ArrayList<>();
        int start = b;
        for (int t = b; t < e; t++) {
            if (v.lower(s, t).equals("and") && t > start && hasProperName(v, s, start, t)
                    && hasProperName(v, s, t + 1, e)) {
                parts.add(new int[] {start, t});
                start = t + 1;
            }
        }
        parts.add(new int[] {start, e});
        return parts;
    }

    static List<ActorMention> overlapping(SpeakerView v, int s, int b, int e, List<ActorMention> mentions) {
        int index = v.sentences.get(s).index();
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.sentence() == index && m.tokenBegin() < e && m.tokenEnd() > b) out.add(m);
        }
        return out;
    }

    private static int rank(ActorMention m) {
        return switch (m.kind()) {
            case PERSON -> 0;
            case ANAPHOR -> 1;
            case ORGANIZATION -> 2;
            case STATE -> 3;
        };
    }

    static String nameOf(ActorMention m) {
        return m.name() != null && !m.name().isBlank() ? m.name() : m.text();
    }

    /** Several mentions on one phrase ("they" resolved to both authors): names joined with " and ". */
    private static Speaker joined(List<ActorMention> over, String phrase, String head, boolean named) {
        Set<String> n = new LinkedHashSet<>();
        String country = null;
        String sector = null;
        for (ActorMention m : over) {
            n.add(nameOf(m));
            if (country == null) {
                country = m.country();
                sector = m.sector();
            }
        }
        return new Speaker(String.join(" and ", n), country, sector, phrase, head, named, n.size() > 1);
    }

    static Speaker join(List<Speaker> each, String phrase) {
        Set<String> n = new LinkedHashSet<>();
        String country = null;
        String sector = null;
        for (Speaker sp : each) {
            n.add(sp.name());
            if (country == null && sp.country() != null) {
                country = sp.country();
                sector = sp.sector();
            }
        }
        return new Speaker(String.join(" and ", n), country, sector, phrase, "they", true, true);
    }
}
