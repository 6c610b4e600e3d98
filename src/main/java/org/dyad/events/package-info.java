/**
 * Event coding: finds who did what to whom in each sentence of an annotated article.
 *
 * <p>{@link org.dyad.events.EventCoder} reads an {@code AnnotatedArticle} and the article's resolved
 * {@code ActorMention}s and returns {@code CodedEvent}s with a PLOVER type, CAMEO code, mode, contexts
 * and a source/target dyad. It sits after the actors stage and before the dates and factuality
 * stages, which fill each event's date and factuality from its sentence and anchor token.
 *
 * <p>Triggers come from Dyad's own verb dictionary ({@code dyad-verbs.tsv}, see
 * {@link org.dyad.events.VerbDictionary}) and, as a fallback, from the verb blocks of the PETRARCH
 * CAMEO.2.0 dictionary ({@link org.dyad.events.CameoVerbLexicon}); CAMEO codes become PLOVER types
 * through {@link org.dyad.events.CameoPloverMap}. The full PETRARCH pattern engine lives in
 * {@code org.dyad.events.pattern}.
 */
package org.dyad.events;
