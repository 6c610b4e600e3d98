package org.dyad.article;

import java.util.List;

/**
 * A quotation as the quotes stage finds it, before its speaker is named: the parts it is emitted as,
 * where its marks lie, the words that name its speaker and how it relates to the speakers around it.
 * The actors stage turns it into {@link Quote}s with a speaker.
 *
 * @param parts     the quotes this quotation is emitted as (one, or several parts of a long one), speaker
 *                  still null; empty when the quotation is too short to count but still names a speaker
 *                  (a cue's speaker is remembered by later quotes all the same)
 * @param markBegin offset of the opening quote mark (of the label, for a transcript turn)
 * @param markEnd   offset just after the closing mark or the quoted words
 * @param sentence  index of the sentence holding the opening mark
 * @param cue       the words naming the speaker, or null
 * @param continues with no speaker named, the quotation continues the last speaker's words (it opens its
 *                  sentence or paragraph)
 * @param kind      what the quotation is
 */
public record FoundQuote(List<Quote> parts, int markBegin, int markEnd, int sentence, SpeakerCue cue,
                         boolean continues, Kind kind) {

    public FoundQuote {
        parts = List.copyOf(parts);
    }

    /** What a quotation is, which decides how it takes part in naming speakers. */
    public enum Kind {
        /** running speech: its speaker (or the one it continues) is the last speaker for the next quotations */
        SPEECH,
        /** a quoted crosshead or headline line: nobody's words, and it continues nobody */
        HEADING,
        /** a quoted phrase that is no quotation (a single-quoted title in running text); only its words are quoted */
        PHRASE,
        /** a transcript turn ("Doe: We will see"): the label names the speaker; nothing is remembered */
        TRANSCRIPT
    }
}
