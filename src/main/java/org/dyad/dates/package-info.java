/**
 * Dating: when an article appeared ({@link org.dyad.dates.PublicationDater}) and when each event
 * happened ({@link org.dyad.dates.EventDater}).
 *
 * <p>Sits after {@code annotate}: it reads {@link org.dyad.article.AnnotatedArticle} (tokens, POS tags,
 * SUTime time expressions), the office-term knowledge and the dated world events of
 * {@code org/dyad/knowledge/landmarks.tsv} ({@link org.dyad.dates.Landmarks}; users may pass their own file), and writes {@link org.dyad.article.PublishedDate}
 * and {@link org.dyad.article.DateRange}. The tense a date is resolved with comes from the sentence's clause
 * view ({@code org.dyad.clause}), the reading factuality takes too, so a planned event is dated ahead. Both daters are pure functions of their inputs. The guiding rule is
 * honesty: a window must contain the true date, so when clues disagree the weakest is dropped and the
 * window widens rather than a confident wrong date being given.
 */
package org.dyad.dates;
