package org.dyad.events;

import org.dyad.article.ActorMention;
import org.dyad.article.PloverType;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * People said to be held somewhere ("its citizens held in Iran", "two sailors detained by Yemen's
 * rebels"): whoever holds them is the other side of what is done about them. Stateless.
 */
final class HeldPeople {
    private static final Set<String> HELD = Set.of("hold", "detain", "jail", "imprison", "capture", "kidnap",
            "abduct", "keep", "seize", "arrest");

    /** Acts by which a state speaks for its people held by another (demands, protests, talks). */
    private static final Set<PloverType> SPEAKING_FOR = EnumSet.of(PloverType.REQUEST, PloverType.ACCUSE,
            PloverType.PROTEST, PloverType.THREATEN, PloverType.CONSULT, PloverType.AGREE);

    private HeldPeople() {
    }

    /**
     * "demanded the release of its citizens held in Iran": one's own people held abroad are the holder's
     * affair, whom the act is aimed at (only for a party speaking for them: a detention's own implied
     * doer is the holder already).
     */
    static DyadFinder.Sides aimedAtHolder(SentenceGraph g, ActorIndex idx, PloverType type, DyadFinder.Sides sides) {
        if (!SPEAKING_FOR.contains(type) || sides.between() || sides.sources().size() != 1 || sides.targets().size() != 1
                || !Objects.equals(sides.sources().get(0).country(), sides.targets().get(0).country())) return sides;
        List<ActorMention> holder = holder(g, idx, sides.targets().get(0));
        return holder.isEmpty() ? sides : new DyadFinder.Sides(sides.sources(), holder, false);
    }

    /** The actor holding the people of mention {@code people} (an "in" or "by" phrase on a participle after it), else empty. */
    static List<ActorMention> holder(SentenceGraph g, ActorIndex idx, ActorMention people) {
        int head = people.tokenEnd() - 1;
        if (head < 0 || head >= g.size()) return List.of();
        // "two of its citizens held in Iran": the participle may hang on the number before the people
        List<Integer> acls = new java.util.ArrayList<>(g.children(head, "acl"));
        int quantity = g.parent(head);
        if (quantity >= 0 && g.relation(head).equals("nmod") && g.pos(quantity).equals("CD")) acls.addAll(g.children(quantity, "acl"));
        for (int c : acls) {
            if (!HELD.contains(g.lemma(c))) continue;
            for (int o : g.children(c, "obl")) {
                String p = g.prep(o);
                if (!p.equals("in") && !p.equals("by")) continue;
                List<ActorMention> m = idx.at(o);
                if (!m.isEmpty() && !m.get(0).country().equals(people.country())) return m;
            }
        }
        return List.of();
    }
}
