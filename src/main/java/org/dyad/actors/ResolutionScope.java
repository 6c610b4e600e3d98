package org.dyad.actors;

import java.time.LocalDate;

/**
 * What every part of one article's resolution shares: the day codes are chosen for, the article's home
 * country, the knowledge files, the memory of who was named so far and the mentions emitted. Created per
 * article (or free phrase) by {@link ArticleResolution}; mutable inside it only.
 */
final class ResolutionScope {
    final LocalDate day;
    /** the article's date is known (given or found), not only a window's end */
    final boolean dated;
    final String home;
    /** a free phrase, not a sentence: outlets and capitals are actors without a verb to prove it */
    final boolean phrase;
    final OfficeHolders holders;
    final Gazetteer gazetteer;
    /** who the article has named so far, and where: the backward-looking half of coreference */
    final ArticleMemory memory = new ArticleMemory();
    final MentionOutput output = new MentionOutput(memory);
    final PairFocus pairs = new PairFocus();
    /** groups and lists of the current sentence ("the opposition leaders A and B") */
    final SentenceLists lists = new SentenceLists();
    /** an official the lede opens with, described without a name ("The UN envoy for X said") */
    Entity ledeTitle;

    ResolutionScope(LocalDate day, boolean dated, String home, OfficeHolders holders, Gazetteer gazetteer, boolean phrase) {
        this.day = day;
        this.dated = dated;
        this.home = home;
        this.holders = holders;
        this.gazetteer = gazetteer;
        this.phrase = phrase;
    }
}
