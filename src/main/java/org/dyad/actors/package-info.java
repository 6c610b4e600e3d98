/**
 * Actor resolution: every mention of a political actor in an annotated article, resolved to a country
 * (ISO 3166 alpha-3, or NATO, EUR, UNO, AFU, ECO, G7, IMF, WBK) and a CAMEO sector as of the article's
 * date. Sits after {@code annotate} and publication dating; its mentions feed event coding and quote
 * attribution. Entry point: {@link org.dyad.actors.ActorResolver}.
 *
 * <p>Resources (documented in their headers, extendable by users): {@code office-holders.tsv} and
 * {@code world-leaders.tsv} (who held which office, when), {@code countries.tsv}, {@code institutions.tsv}, {@code titles.tsv}.
 */
package org.dyad.actors;
