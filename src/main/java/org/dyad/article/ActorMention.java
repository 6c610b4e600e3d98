package org.dyad.article;

/**
 * A mention of a political actor in one sentence, resolved to a country and a sector.
 *
 * @param name       canonical name ("Rishi Sunak", "United Kingdom"), the full name where the article gives it
 * @param text       the words as written in this mention ("Mr Sunak", "the Prime Minister")
 * @param country    ISO 3166 alpha-3, or an international body's code ({@code NATO}, {@code EUR}, {@code UNO}), or null
 * @param sector     CAMEO agent code ({@code GOV}, {@code MIL}, ...), or null for the state as a whole
 * @param code       the full CAMEO actor code ({@code GBRGOV}), country + sector(s)
 * @param sentence   index of the sentence holding the mention
 * @param tokenBegin first token (inclusive) in that sentence
 * @param tokenEnd   token just after the mention
 * @param kind       person, state, organisation or anaphor
 */
public record ActorMention(String name, String text, String country, String sector, String code,
                           int sentence, int tokenBegin, int tokenEnd, ActorKind kind) {
}
