package org.dyad.article;

/**
 * A direct quotation and who said it.
 *
 * @param text          the quoted words, without the quote marks
 * @param speaker       the speaker as named in the text, full name where the article gives it; null if unknown
 * @param country       the speaker's resolved country, or null
 * @param sector        the speaker's resolved sector, or null
 * @param sentence      index of the sentence where the quote starts
 * @param begin         character offset of the quote in the cleaned text
 * @param speakerEntity the {@link ActorMention#entity()} of the speaker when the speaker is one of the article's
 *                      actors, else null (an unnamed source, an outlet no actor mention covers)
 */
public record Quote(String text, String speaker, String country, String sector, int sentence, int begin,
                    String speakerEntity) {

    /** A quote whose speaker is no actor entity. */
    public Quote(String text, String speaker, String country, String sector, int sentence, int begin) {
        this(text, speaker, country, sector, sentence, begin, null);
    }
}
