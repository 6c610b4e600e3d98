package org.dyad.events;

import org.dyad.article.ActorMention;
import org.dyad.article.PloverType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which source-target pairs the sides of one trigger make: every source with every target, at most
 * {@value #MAX_PAIRS}; a joint act (agreement, talks, support, cooperation) or "between" phrase with no
 * target pairs its first two parties; two mentions of one state, or members of one group named together,
 * are never each other's counterpart. Stateless.
 */
final class TriggerDyads {
    static final int MAX_PAIRS = 6;
    private static final Set<PloverType> JOINT = EnumSet.of(PloverType.AGREE, PloverType.CONSULT,
            PloverType.SUPPORT, PloverType.COOPERATE);

    private TriggerDyads() {
    }

    /** Agreements, talks, support and cooperation: acts done together. */
    static boolean joint(PloverType type) {
        return JOINT.contains(type);
    }

    /** The dyads of one trigger under the compound and reciprocal rules (see {@link EventCoder}'s class comment). */
    static List<ActorMention[]> pairs(DyadFinder.Sides sides, VerbRule rule, PloverType type) {
        List<ActorMention[]> out = new ArrayList<>();
        boolean joint = JOINT.contains(type) || rule.has(VerbRule.Flag.RECIP);
        if (sides.between() || sides.targets().isEmpty()) {
            List<ActorMention> s = sides.sources();
            if ((joint || sides.between()) && s.size() >= 2 && allowed(s.get(0), s.get(1))) out.add(new ActorMention[]{s.get(0), s.get(1)});
            return out;
        }
        for (ActorMention s : sides.sources()) {
            for (ActorMention t : sides.targets()) {
                // "the envoys of Chile and Peru" are one group: its members act together, never on each other
                if (sameWords(s, t)) continue;
                if (out.size() < MAX_PAIRS && (allowed(s, t) || PhraseActors.agencyAgainstOfficial(rule, s, t)))
                    out.add(new ActorMention[]{s, t});
            }
        }
        return out;
    }

    /** Two mentions of one span: members of one group named together. */
    private static boolean sameWords(ActorMention a, ActorMention b) {
        return a.sentence() == b.sentence() && a.tokenBegin() == b.tokenBegin() && a.tokenEnd() == b.tokenEnd()
                && a.tokenEnd() > a.tokenBegin();
    }

    static boolean allowed(ActorMention a, ActorMention b) {
        return !PhraseActors.key(a).equals(PhraseActors.key(b));
    }
}
