package org.dyad.events;

import org.dyad.article.ActorMention;

import java.util.ArrayList;
import java.util.List;

/**
 * The actor mentions of one sentence by token. Several mentions may share one span: a plural
 * anaphor ("they", "the pair") resolved to two actors is one group of two mentions.
 */
final class ActorIndex {

    private final List<ActorMention> mentions;

    ActorIndex(List<ActorMention> sentenceMentions) {
        this.mentions = List.copyOf(sentenceMentions);
    }

    /** Every mention of the sentence. */
    List<ActorMention> all() {
        return mentions;
    }

    boolean isEmpty() {
        return mentions.isEmpty();
    }

    /** The mentions of the narrowest span covering a token (usually one), or an empty list. */
    List<ActorMention> at(int token) {
        int best = Integer.MAX_VALUE;
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (token < m.tokenBegin() || token >= m.tokenEnd() || m.country() == null) continue;
            int width = m.tokenEnd() - m.tokenBegin();
            if (width < best) {
                best = width;
                out.clear();
            }
            if (width == best) out.add(m);
        }
        return out;
    }
}
