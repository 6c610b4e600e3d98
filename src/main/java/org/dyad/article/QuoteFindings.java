package org.dyad.article;

import java.util.List;

/**
 * Everything the quotes stage finds in one article: its quotations in the order found (quoted spans in
 * text order, then transcript turns), and the outlets it cites as the source of a report ("Le Monde
 * reports", "according to the paper"), to which "the article says" later refers.
 *
 * @param quotes  quotations, quoted spans in text order then transcript turns
 * @param outlets per sentence that has one, the words naming a reporting outlet, in sentence order
 */
public record QuoteFindings(List<FoundQuote> quotes, List<SpeakerCue> outlets) {

    public QuoteFindings {
        quotes = List.copyOf(quotes);
        outlets = List.copyOf(outlets);
    }
}
