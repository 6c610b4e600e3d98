package org.dyad.actors;

import java.util.List;

import org.dyad.article.ActorMention;

/**
 * One article's resolution: the actor mentions (what events and the output read) and every person the
 * article names or refers to, actor or not, with where (what speakers resolve through).
 *
 * @param mentions the actor mentions, in reading order
 * @param people   every person named or referred to (a pronoun as its antecedent), political or not, with
 *                 what the article finally said of them; in reading order
 */
public record ResolvedActors(List<ActorMention> mentions, List<ActorMention> people) {

    public ResolvedActors {
        mentions = List.copyOf(mentions);
        people = List.copyOf(people);
    }
}
