/**
 * Direct quotations and the words that name their speakers.
 *
 * <p>{@link org.dyad.quotes.QuotationFinder} is the stage: {@link org.dyad.quotes.QuoteFinder} finds the
 * quoted spans in the cleaned text (straight and curly double quotes, guillemets, strictly read single
 * quotes, quotes running over several paragraphs, mismatched closing marks), {@link org.dyad.quotes.CueFinder}
 * finds the words that name the speaker (a verb of saying and its subject, "according to X", "what X
 * called") and the outlets an article cites, and {@link org.dyad.quotes.TranscriptFinder} the turns of an
 * interview transcript. Whom those words mean is not decided here: the actors stage, which resolves every
 * mention of the article, names the speakers ({@code org.dyad.actors.Speakers}). Rules work on the surface
 * (words, capitals, a lexicon of verbs of saying) and use part-of-speech tags only where they are given, so
 * imperfect NER or tagging degrades them gracefully.
 */
package org.dyad.quotes;
