package org.dyad.events;

import org.dyad.article.ActorMention;

import java.util.List;
import java.util.Optional;

/**
 * The last resort for a verb trigger whose dependency walk found no complete dyad: the nearest
 * actor written before it as source and the nearest one after it, of another side, as target
 * (reversed for a passive), the target outside any relative clause the trigger does not head. Parses of long news sentences often attach the subject or the recipient somewhere
 * the walk does not look; word order inside one clause still says who acts on whom far more often
 * than not. Events found this way carry the lowest confidence. Stateless.
 */
final class ProximityDyad {
    /** Actors further than this from the trigger are rarely its participants. */
    static final int MAX_DISTANCE = 30;

    private ProximityDyad() {
    }

    /** Source and target around {@code trigger}, or empty when either side is missing. */
    static Optional<ActorMention[]> around(SentenceGraph g, List<ActorMention> mentions, int trigger, boolean passive) {
        ActorMention before = null, after = null;
        for (ActorMention m : mentions) {
            if (m.country() == null || m.tokenEnd() > trigger || trigger - m.tokenEnd() > MAX_DISTANCE) continue;
            if (before == null || m.tokenEnd() > before.tokenEnd()) before = m;
        }
        // "Chile, a close ally of Peru, has declined ...": an actor inside an apposition describes the actor
        // it is set beside, who is the one written before the verb
        if (before != null) before = appositionHead(g, mentions, before);
        for (ActorMention m : mentions) {
            if (m.country() == null || m.tokenBegin() <= trigger || m.tokenBegin() - trigger > MAX_DISTANCE) continue;
            if (inOtherRelativeClause(g, m.tokenBegin(), trigger)) continue;
            if (before != null && PhraseActors.key(m).equals(PhraseActors.key(before))) continue;
            if (after == null || m.tokenBegin() < after.tokenBegin()) after = m;
        }
        if (before == null || after == null) return Optional.empty();
        return Optional.of(passive ? new ActorMention[]{after, before} : new ActorMention[]{before, after});
    }

    /** The actor an apposition holding {@code m} is set beside, else {@code m}. */
    private static ActorMention appositionHead(SentenceGraph g, List<ActorMention> mentions, ActorMention m) {
        for (int k = m.tokenEnd() - 1, step = 0; k >= 0 && step < 4; k = g.parent(k), step++) {
            if (!g.relation(k).equals("appos")) continue;
            int head = g.parent(k);
            for (ActorMention h : mentions)
                if (h.country() != null && head >= h.tokenBegin() && head < h.tokenEnd() && h.tokenEnd() <= m.tokenBegin()) return h;
            return m;
        }
        return m;
    }

    /**
     * The token sits in a relative clause that the trigger does not head: "hinted at lifting the
     * sanctions Washington imposed on Moscow" - Moscow is the imposing's target, not the hinting's.
     */
    private static boolean inOtherRelativeClause(SentenceGraph g, int token, int trigger) {
        for (int k = token, step = 0; k >= 0 && step < 12; k = g.parent(k), step++) {
            if (k == trigger) return false;
            if (g.relation(k).startsWith("acl")) return true;
        }
        return false;
    }
}
