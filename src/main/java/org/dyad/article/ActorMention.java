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
 * @param entity     the article's entity this mention refers to ("e3"): every mention of one person, state or
 *                   group ("Rishi Sunak", "Mr Sunak", "the Prime Minister", "he") carries the same id, and a
 *                   {@link Quote#speakerEntity()} points to it; null when made outside the actors stage
 */
public record ActorMention(String name, String text, String country, String sector, String code,
                           int sentence, int tokenBegin, int tokenEnd, ActorKind kind, String entity) {

    /** A mention without an entity id (built outside the actors stage: tests, benchmarks, derived mentions). */
    public ActorMention(String name, String text, String country, String sector, String code,
                        int sentence, int tokenBegin, int tokenEnd, ActorKind kind) {
        this(name, text, country, sector, code, sentence, tokenBegin, tokenEnd, kind, null);
    }
}
