package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;

/**
 * The pair of people a plural anaphor ("they", "the pair", "the two ministers") refers to, as one
 * article is read sentence by sentence. Created per article by {@link ArticleResolution}.
 *
 * <p>A pair comes into focus when two people are joined by "and" ("Rishi Sunak and Emmanuel
 * Macron"), or when they are the only two named people of a sentence ("Barrot has met his British
 * counterpart Lammy", "Lammy received Barrot"). It stays in focus for two sentences, and each plural
 * anaphor that refers to it renews that: "Lammy and Barrot ... They called for ... They both condemned".
 */
final class PairFocus {
    /** Sentences a pair stays in focus after it was last named or referred to. */
    static final int REACH = 2;
    /**
     * Sentences a pair stays in reach of a phrase that says it is two ("the two sides", "both
     * countries"): such a phrase names a pair plainly, so it may look further back than "they".
     */
    static final int COUNTED_REACH = 8;

    /** Plural pronouns, which refer to a pair rather than join one. */
    private static final java.util.Set<String> ANAPHORS = java.util.Set.of("they", "them", "their");

    private List<Entity> pair = List.of();
    /** The pair in focus with the one who met them ("X spoke with A and B"), or none. */
    private List<Entity> group = List.of();
    private int sentence = -10;
    private List<Entity> statePair = List.of();
    private int stateSentence = -10;

    /**
     * Notes the people and the states or bodies mentioned in one sentence, each in reading order. Two
     * states joined by "and" ("Baku and Yerevan agreed ...; Moscow urged them") are a pair as two
     * people are; a state and a person named apart are not.
     */
    void sentence(int index, SentenceWords w, List<MentionOutput.Span> spans, List<MentionOutput.Span> states) {
        List<Entity> joinedStates = joined(w, states, Integer.MAX_VALUE, false);
        if (!joinedStates.isEmpty()) {
            statePair = joinedStates;
            stateSentence = index;
        }
        // the last pair of people joined by "and" in the sentence wins
        List<Entity> joinedPeople = joined(w, spans, Integer.MAX_VALUE, false);
        if (!joinedPeople.isEmpty()) {
            focus(joinedPeople, index);
            // "X spoke with A and B. They agreed ...": "they" are all who met, "the two" the pair
            List<Entity> met = joinedWithHost(w, spans, Integer.MAX_VALUE, false);
            if (met.size() > 2) group = met;
            return;
        }
        List<Entity> people = new ArrayList<>();
        for (MentionOutput.Span sp : spans) {
            Entity e = sp.entity();
            if (e.political && isPersonalName(e.name) && !people.contains(e)) people.add(e);
        }
        if (people.size() == 2) focus(people, index);
    }

    /**
     * The last two mentions joined by "and" that end before word {@code before}, or none. With {@code article},
     * "and the" joins too ("Peru and the United Kingdom ... their"): only for a plural in the same
     * sentence, since a pair named that way in passing ("bodies such as the AU and the OAS") is seldom the focus.
     */
    static List<Entity> joined(SentenceWords w, List<MentionOutput.Span> spans, int before, boolean article) {
        List<MentionOutput.Span> two = joinedSpans(w, spans, before, article);
        return two.isEmpty() ? List.of() : List.of(two.get(0).entity(), two.get(1).entity());
    }

    /** The two spans {@link #joined} finds, or none. */
    private static List<MentionOutput.Span> joinedSpans(SentenceWords w, List<MentionOutput.Span> spans, int before, boolean article) {
        List<MentionOutput.Span> out = List.of();
        for (int k = 0; k + 1 < spans.size(); k++) {
            MentionOutput.Span a = spans.get(k), b = spans.get(k + 1);
            if (b.to() > before || b.from() < a.to()) continue;
            // "A and B, and they agreed": a pronoun referring to a pair is no member of a new one
            if (ANAPHORS.contains(w.folded().get(a.from())) || ANAPHORS.contains(w.folded().get(b.from()))) continue;
            List<String> between = w.folded().subList(a.to(), b.from());
            boolean apart = a.entity() != b.entity() && (a.entity().country == null || !a.entity().country.equals(b.entity().country)
                    || a.entity().knownAs != null);
            if (apart && (between.equals(List.of("and")) || between.equals(List.of("&")) || article && between.equals(List.of("and", "the"))))
                out = List.of(a, b);
        }
        return out;
    }

    /**
     * "X spoke with A and B, and they agreed": the people met "with" a pair joined by "and" before word
     * {@code before}, together with the one who met them (the first other person named before "with");
     * else the pair alone, or none ({@code article} as for {@link #joined}). A "they" after such a meeting speaks for all who met.
     */
    static List<Entity> joinedWithHost(SentenceWords w, List<MentionOutput.Span> spans, int before, boolean article) {
        List<MentionOutput.Span> two = joinedSpans(w, spans, before, article);
        if (two.isEmpty()) return List.of();
        MentionOutput.Span first = two.get(0);
        List<Entity> pair = List.of(first.entity(), two.get(1).entity());
        if (first.from() == 0 || !w.folded().get(first.from() - 1).equals("with")) return pair;
        for (MentionOutput.Span sp : spans) {
            if (sp.to() >= first.from()) break;
            Entity host = sp.entity();
            if (host.political && !pair.contains(host) && host.country != null) return List.of(host, pair.get(0), pair.get(1));
        }
        return pair;
    }

    /**
     * The pair a plural anaphor in this sentence refers to, or none when no pair is in focus: two people
     * before two states, since "they" who speak are people. A counted anaphor ("the two sides") reaches
     * further back.
     */
    List<Entity> referent(int index, boolean counted) {
        int reach = counted ? COUNTED_REACH : REACH;
        if (index - sentence <= reach && !pair.isEmpty()) {
            sentence = index;
            return counted || group.isEmpty() ? pair : group;
        }
        if (index - stateSentence > reach) return List.of();
        stateSentence = index;
        return statePair;
    }

    private List<Entity> ownedGroup = List.of();
    private int ownedGroupSentence = -10;

    /** Notes a titled group owned by several countries ("the defence ministers of Chile and Peru"). */
    void ownedGroup(List<Entity> members, int index) {
        ownedGroup = List.copyOf(members);
        ownedGroupSentence = index;
    }

    /**
     * The group of several countries "the ministers" or "the officials" refers to: the last one named, as
     * far back as a counted pair reaches (such a group is as plainly more than one as "the two sides");
     * for "they", as far back as a pair of people.
     */
    List<Entity> ownedGroup(int index, boolean pronoun) {
        // "they" reaches as far as it does for a pair of people
        if (index - ownedGroupSentence > (pronoun ? REACH : COUNTED_REACH)) return List.of();
        ownedGroupSentence = index;
        return ownedGroup;
    }

    private void focus(List<Entity> people, int index) {
        pair = List.copyOf(people);
        group = List.of();
        sentence = index;
    }

    /** "Jean-Noël Barrot", not "France government in exile": every word of a personal name is capitalised. */
    static boolean isPersonalName(String name) {
        if (name == null || name.isBlank()) return false;
        for (String part : name.split("\\s+")) if (!part.isEmpty() && !Character.isUpperCase(part.charAt(0))) return false;
        return true;
    }
}
