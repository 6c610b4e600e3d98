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

    private List<Entity> pair = List.of();
    private int sentence = -10;

    /** Notes the people mentioned in one sentence, in reading order. */
    void sentence(int index, SentenceWords w, List<ArticleResolution.Span> spans) {
        boolean joined = false;
        // the last pair joined by "and" in the sentence wins
        for (int k = 0; k + 1 < spans.size(); k++) {
            ArticleResolution.Span a = spans.get(k), b = spans.get(k + 1);
            List<String> between = w.folded().subList(Math.min(a.to(), b.from()), b.from());
            if (a.entity() != b.entity() && (between.equals(List.of("and")) || between.equals(List.of("&")))) {
                focus(List.of(a.entity(), b.entity()), index);
                joined = true;
            }
        }
        if (joined) return;
        List<Entity> people = new ArrayList<>();
        for (ArticleResolution.Span sp : spans) {
            Entity e = sp.entity();
            if (e.political && isPersonalName(e.name) && !people.contains(e)) people.add(e);
        }
        if (people.size() == 2) focus(people, index);
    }

    /** The pair a plural anaphor in this sentence refers to, or none when no pair is in focus. */
    List<Entity> referent(int index) {
        if (index - sentence > REACH) return List.of();
        sentence = index;
        return pair;
    }

    private void focus(List<Entity> people, int index) {
        pair = List.copyOf(people);
        sentence = index;
    }

    /** "Jean-Noël Barrot", not "France government in exile": every word of a personal name is capitalised. */
    static boolean isPersonalName(String name) {
        if (name == null || name.isBlank()) return false;
        for (String part : name.split("\\s+")) if (!part.isEmpty() && !Character.isUpperCase(part.charAt(0))) return false;
        return true;
    }
}
