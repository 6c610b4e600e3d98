package org.dyad.locations;

/**
 * A place name in a sentence and how the sentence uses it.
 *
 * @param sentence   sentence index
 * @param paragraph  paragraph index
 * @param tokenBegin first token; {@code tokenEnd} the token just after
 * @param tag        NER tag (CITY, STATE_OR_PROVINCE, COUNTRY, LOCATION)
 * @param use        where it is said to be, the object of a verb, an actor, or the dateline
 * @param governor   token index of the word the name attaches to (its dependency head), or -1
 * @param qualifier  a country or region written just after it ("Multan, Pakistan"; "Paris, Texas"), or null
 * @param preposition the preposition it follows ("in", "near"), lower case, or null
 */
record PlaceMention(int sentence, int paragraph, int tokenBegin, int tokenEnd, String text, String tag, Use use,
                    int governor, String qualifier, String preposition) {

    enum Use {
        /** "in Multan", "near the border town of X", "a Phnom Penh court": where something is or happens */
        LOCATIVE,
        /** "shelled Kharkiv", "visited China": the object of a verb, a place only for physical events */
        OBJECT,
        /** "Moscow said", "talks with Kyiv", "Russia's envoy": a government, not a place */
        ACTOR,
        /** "ISLAMABAD —" at the head of the article: where the report was filed */
        DATELINE
    }

    static final String CAPITAL_OF = "CAPITAL_OF";

    boolean isCountry() {
        return tag.equals("COUNTRY");
    }

    /** "the French capital": {@code text} is the adjective, the place is that country's capital. */
    boolean isCapitalOf() {
        return tag.equals(CAPITAL_OF);
    }
}
