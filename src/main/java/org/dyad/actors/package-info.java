/**
 * Actor resolution: every mention of a political actor in an annotated article, resolved to a country
 * (ISO 3166 alpha-3, or NATO, EUR, UNO, AFU, ECO, G7, IMF, WBK) and a CAMEO sector as of the article's
 * date. Sits after {@code annotate} and publication dating; its mentions feed event coding. Entry point:
 * {@link org.dyad.actors.ActorResolver}.
 *
 * <p>It is the one resolver of an article: the speakers of the quotations the quotes stage found (that stage
 * finds quoted words and the words naming their speaker, nothing more) are resolved here too
 * ({@link org.dyad.actors.Speakers}: cue words through the article's mentions to the entities of its one
 * memory, {@code ArticleMemory}, so a speaker's country, sector and fullest name are those the resolution
 * decided; a continuing quote goes to the last speaker), and so are the quotes' own "we" and "I"
 * ({@link org.dyad.actors.QuotedFirstPerson}).
 *
 * <p>Coreference reads each sentence once ({@code Quotation}): which words are inside a direct quotation
 * (a person named in a quote is never the antecedent of the "he" in "..., he said") and which word the
 * parse gives as the main clause's subject (a pronoun continues the previous sentence's subject, looking
 * past sentences wholly inside a quotation). Context comes before memory: a former office holder is ELI
 * as of the article's date, a group title ("the opposition leaders A and B") or an institution ("members
 * of the Chilean Senate — A and B") gives its listed members their sector and country, and a person who
 * speaks for an organisation the knowledge files do not place gets no home country.
 *
 * <p>Resources (documented in their headers, extendable by users): {@code office-holders.tsv} and
 * {@code world-leaders.tsv} (who held which office, when), {@code countries.tsv}, {@code institutions.tsv}, {@code titles.tsv}.
 */
package org.dyad.actors;
