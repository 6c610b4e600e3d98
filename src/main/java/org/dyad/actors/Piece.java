package org.dyad.actors;

import org.dyad.article.OfficeTerm;

import java.util.List;

/**
 * A span of words in one sentence with what it is, the unit {@link MentionScanner} builds actor
 * mentions from ("French" PLACE, "Foreign Minister" TITLE, "Jean-Noël Barrot" NAME).
 */
record Piece(Type type, int start, int end, List<KnownActor> places, TitleLexicon.Title title,
             List<OfficeTerm> terms, PhoenixActors.Code code, String word) {

    enum Type {
        /** a person's name: known (terms or code) or only tagged PERSON */
        NAME,
        /** a country, capital, seat, institution or outlet */
        PLACE,
        TITLE,
        /** Mr, Sir, Dr... */
        HONORIFIC,
        /** the, a, his, their ... */
        DETERMINER,
        /** senior, former, top ... */
        MODIFIER,
        /** 's */
        POSSESSIVE,
        /** and, &amp;, hyphen, comma: joins modifiers or titles */
        JOIN,
        /** he, she, they, the pair ... */
        PRONOUN,
        OTHER
    }

    static Piece of(Type type, int start, int end, String word) {
        return new Piece(type, start, end, List.of(), null, List.of(), null, word);
    }

    KnownActor place() {
        return places.isEmpty() ? null : places.get(0);
    }

    boolean isPlace(KnownActor.Role... roles) {
        if (type != Type.PLACE) return false;
        for (KnownActor.Role r : roles) if (place().role() == r) return true;
        return false;
    }

    /** A country named as a modifier ("French", "UK", "France's") rather than as a head. */
    boolean isCountryModifier() {
        return isPlace(KnownActor.Role.ADJECTIVE, KnownActor.Role.COMBINING, KnownActor.Role.COUNTRY);
    }
}
