/**
 * Direct quotations and their speakers.
 *
 * <p>{@link org.dyad.quotes.SpeakerAttributor} is the stage: {@link org.dyad.quotes.QuoteFinder} finds the
 * quoted spans in the cleaned text (straight and curly double quotes, guillemets, strictly read single
 * quotes, quotes running over several paragraphs, mismatched closing marks), {@link org.dyad.quotes.CueFinder} finds the words that
 * name the speaker (a verb of saying and its subject, "according to X", "what X called"), and
 * {@link org.dyad.quotes.SpeakerResolver} turns those words into a name, country and sector through the
 * actor mentions, earlier speakers and the publication the article cites. Rules work on the surface
 * (words, capitals, a lexicon of verbs of saying) and use part-of-speech tags only where they are given,
 * so imperfect NER or tagging degrades them gracefully.
 */
package org.dyad.quotes;
