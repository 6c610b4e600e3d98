package org.dyad.events;

import org.dyad.article.ActorMention;

import java.util.List;
import java.util.Optional;

/**
 * The last resort for a verb trigger whose dependency walk found no complete dyad: the nearest
 * actor written before it as source and the nearest one after it, of another side, as target
 * (reversed for a passive), the target within the trigger's own stretch of words (no other content
 * verb in between). Parses of long news sentences often attach the subject or the recipient somewhere
 * the walk does not look; word order inside one clause still says who acts on whom far more often
 * than not. Events found this way carry the lowest confidence. Stateless.
 */
final class ProximityDyad {
    /** Actors further than this from the trigger are rarely its participants. */
    static final int MAX_DISTANCE = 12;

    private ProximityDyad() {
    }

    /** Source and target around {@code trigger}, or empty when either side is missing. */
    static Optional<ActorMention[]> around(SentenceGraph g, List<ActorMention> mentions, int trigger, boolean passive) {
        ActorMention before = null, after = null;
        for (ActorMention m : mentions) {
            if (m.country() == null || m.tokenEnd() > trigger || trigger - m.tokenEnd() > MAX_DISTANCE) continue;
            if (before == null || m.tokenEnd() > before.tokenEnd()) before = m;
        }
        for (ActorMention m : mentions) {
            if (m.country() == null || m.tokenBegin() <= trigger || m.tokenBegin() - trigger > MAX_DISTANCE) continue;
            if (!noVerbBetween(g, trigger + 1, m.tokenBegin())) continue;
            if (before != null && PhraseActors.key(m).equals(PhraseActors.key(before))) continue;
            if (after == null || m.tokenBegin() < after.tokenBegin()) after = m;
        }
        if (before == null || after == null) return Optional.empty();
        return Optional.of(passive ? new ActorMention[]{after, before} : new ActorMention[]{before, after});
    }

    /**
     * No content verb in {@code [from, to)}: an actor beyond another verb belongs to that verb's
     * clause ("hinted at lifting the sanctions Washington imposed on Moscow").
     */
    private static boolean noVerbBetween(SentenceGraph g, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!g.pos(k).startsWith("VB")) continue;
            String rel = g.relation(k);
            if (rel.startsWith("aux") || rel.equals("cop")) continue;
            return false;
        }
        return true;
    }
}
