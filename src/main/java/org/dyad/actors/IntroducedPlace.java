package org.dyad.actors;

import java.util.List;
import java.util.Set;

/**
 * The country of an unnamed private speaker ("the student", "one user", "the shop owner"): the place the
 * article introduces them with ("A student in Lagos, who asked not to be named, ..."; "wrote one user from
 * a northern province"). A place the gazetteer knows gives its country; a capitalised place it does not
 * know (a province, a town) is a local one, the article's home country. Without such a place the speaker
 * stays stateless ("a pilot told me"): the article does not say whose they are. Stateless.
 */
final class IntroducedPlace {
    /** words that introduce a new, unnamed person ("a farmer", "one user", "another resident") */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "one", "another", "the", "this", "that");
    private static final Set<String> LOCATING = Set.of("in", "from");
    /** how far back the introduction may lie, in sentences */
    private static final int LOOK_BACK = 12;
    /** words from the head noun to the locating preposition, and from it to the place */
    private static final int TO_PREPOSITION = 6;
    private static final int TO_PLACE = 5;

    private IntroducedPlace() {
    }

    /**
     * @param phrase   the speaker as the quote names them ("the student")
     * @param at       position in {@code words} of the quote's sentence
     * @param words    the article's sentences
     * @param pieces   their tagged pieces
     * @param home     the article's home country, or null
     * @return the country, or null when the phrase names a person, a title or no place introduces them
     */
    static String of(String phrase, int at, List<SentenceWords> words, List<List<Piece>> pieces, String home) {
        List<String> p = Words.foldedWords(phrase);
        if (p.isEmpty() || p.size() > 4) return null;
        for (String raw : Words.tokenize(phrase)) if (Character.isUpperCase(raw.codePointAt(0)) && !DETERMINERS.contains(Words.fold(raw))) return null;
        if (!DETERMINERS.contains(p.get(0))) return null;
        String head = p.get(p.size() - 1);
        if (!Character.isLetter(head.charAt(0)) || Words.SINGULAR_PRONOUNS.contains(head) || Words.PLURAL_PRONOUNS.contains(head))
            return null;
        for (int s = Math.min(at, words.size() - 1); s >= 0 && s >= at - LOOK_BACK; s--) {
            SentenceWords w = words.get(s);
            for (int k = 0; k < w.size(); k++) {
                if (!w.folded().get(k).equals(head) || !introduced(w, k, s == at)) continue;
                String country = placeAfter(w, k, pieces.get(s), home);
                if (country != null) return country;
            }
        }
        return null;
    }

    /** "a college student", "one user": an indefinite determiner a few words before the head. */
    private static boolean introduced(SentenceWords w, int k, boolean quoteSentence) {
        for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
            String f = w.folded().get(j);
            if (INDEFINITE.contains(f)) return true;
            if (quoteSentence && f.equals("the")) return true;
            if (f.equals(",") || f.equals(".")) return false;
        }
        return false;
    }

    /** The country of a place after "in" or "from" following the head, before a comma or a verb. */
    private static String placeAfter(SentenceWords w, int k, List<Piece> pieces, String home) {
        for (int j = k + 1; j < w.size() && j <= k + TO_PREPOSITION; j++) {
            String f = w.folded().get(j);
            if (f.equals(",") || f.equals(".") || f.equals("who") || f.equals("said") || f.equals("told")) return null;
            if (!LOCATING.contains(f)) continue;
            for (int i = j + 1; i < w.size() && i <= j + TO_PLACE; i++) {
                String g = w.folded().get(i);
                if (g.equals(",") || g.equals(".")) return null;
                Piece place = placeAt(pieces, i);
                if (place != null) return place.place().country();
                String raw = w.original(i);
                String ner = w.token(i).ner();
                // a capitalised name the gazetteer of countries and capitals does not hold: a local place
                if (Character.isUpperCase(raw.codePointAt(0)) && !"PERSON".equals(ner) && !"ORGANIZATION".equals(ner))
                    return home;
            }
            return null;
        }
        return null;
    }

    private static Piece placeAt(List<Piece> pieces, int word) {
        for (Piece p : pieces)
            if (p.type() == Piece.Type.PLACE && p.start() <= word && word < p.end() && p.place() != null
                    && p.place().country() != null) return p;
        return null;
    }
}
