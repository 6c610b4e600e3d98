package org.dyad.actors;

/**
 * A resolved speaker.
 *
 * @param name    as the quote's speaker: the canonical name of the matched mention, or the phrase as written
 * @param phrase  the words of the text that named the speaker this time
 * @param head    lower-case head noun of the phrase ("spokesman" for "Starmer's official spokesman")
 * @param named   whether it names a person or body (not just a role, pronoun or indefinite description)
 * @param vague   an indefinite or plural description ("a senior diplomat", "the officials"), to which a
 *                later "they" can refer
 */
record Speaker(String name, String country, String sector, String phrase, String head, boolean named,
               boolean vague) {

    Speaker withPhrase(String newPhrase) {
        return new Speaker(name, country, sector, newPhrase, head, named, vague);
    }
}
