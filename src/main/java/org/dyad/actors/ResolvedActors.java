package org.dyad.actors;

import java.util.List;

import org.dyad.article.ActorMention;

/**
 * One article's resolution: the actor mentions (what events and the output read), every person the article
 * names or refers to, actor or not, with where, and the article's one entity memory, through which speakers
 * are resolved so that a speaker is the same entity its mentions are (its country, sector and name decided
 * once, by the resolution).
 */
public final class ResolvedActors {
    private final List<ActorMention> mentions;
    private final List<ActorMention> people;
    /** the entities the resolution made; made from the people mentions when given without a resolution (tools, tests) */
    final ArticleMemory memory;
    /** the article's home country as the resolution decided it, or null (none, or no resolution) */
    final String home;
    /** the sentences as the resolution read and tagged them; empty when given without a resolution */
    final List<SentenceWords> words;
    final List<List<Piece>> pieces;

    /**
     * @param mentions the actor mentions, in reading order
     * @param people   every person named or referred to (a pronoun as its antecedent), political or not, with
     *                 what the article finally said of them; in reading order
     */
    public ResolvedActors(List<ActorMention> mentions, List<ActorMention> people) {
        this(mentions, people, ArticleMemory.of(java.util.stream.Stream.concat(mentions.stream(), people.stream()).toList()),
                null, List.of(), List.of());
    }

    ResolvedActors(List<ActorMention> mentions, List<ActorMention> people, ArticleMemory memory, String home,
                   List<SentenceWords> words, List<List<Piece>> pieces) {
        this.mentions = List.copyOf(mentions);
        this.people = List.copyOf(people);
        this.memory = memory;
        this.home = home;
        this.words = List.copyOf(words);
        this.pieces = List.copyOf(pieces);
    }

    /** The actor mentions, in reading order. */
    public List<ActorMention> mentions() {
        return mentions;
    }

    /** Every person named or referred to, political or not, in reading order. */
    public List<ActorMention> people() {
        return people;
    }
}
