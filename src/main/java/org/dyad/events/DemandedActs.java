package org.dyad.events;

import org.dyad.article.CodedEvent;
import org.dyad.article.PloverType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The act a demand asks for is not an event of its own: "demanded that the US match the EU's aid",
 * "is pushing for the US to support its plan" are one REQUEST each, not also the matching or the
 * support, which has not happened. The asked-for act is the demand's clause in the base form (the
 * mandative subjunctive, "that X do"), parsed as its clausal complement or a loose dependent.
 * Likewise what a refused offer or plan would do ("rejected an offer to host talks on X") is only
 * the REJECT. Stateless.
 */
final class DemandedActs {
    private DemandedActs() {
    }

    private static final Set<String> CLAUSES = Set.of("ccomp", "dep", "advcl");

    /** The sentence's events less those anchored inside what a REQUEST verb asks for. */
    static List<CodedEvent> without(SentenceGraph g, List<CodedEvent> events) {
        Set<Integer> asked = new HashSet<>();
        for (CodedEvent e : events) {
            int v = e.anchor();
            if (e.type() == PloverType.REJECT && v >= 0 && g.isVerb(v)) {
                // "turned down a Danish proposal to stage the talks": what the refused offer or plan would do is no event
                int object = g.firstChild(v, "obj");
                if (object >= 0) for (int c : g.children(object, "acl")) if (g.parent(c) == object && g.pos(c).equals("VB")) subtree(g, c, asked);
                continue;
            }
            if (e.type() != PloverType.REQUEST || v < 0 || !g.isVerb(v)) continue;
            for (int c : g.children(v)) {
                if (g.parent(c) != v || !CLAUSES.contains(base(g.relation(c))) || !g.pos(c).equals("VB")) continue;
                // "asked for talks to begin" keeps its "to"; a subjunctive has no auxiliary or marker but "that"
                if (g.firstChild(c, "aux") >= 0 || g.firstChild(c, "nsubj") < 0 && !g.relation(c).startsWith("dep")) continue;
                subtree(g, c, asked);
            }
        }
        if (asked.isEmpty()) return events;
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent e : events) if (!asked.contains(e.anchor())) out.add(e);
        return out;
    }

    private static String base(String rel) {
        int colon = rel.indexOf(':');
        return colon < 0 ? rel : rel.substring(0, colon);
    }

    private static void subtree(SentenceGraph g, int head, Set<Integer> into) {
        List<Integer> todo = new ArrayList<>(List.of(head));
        for (int i = 0; i < todo.size() && i < 60; i++) {
            int k = todo.get(i);
            if (!into.add(k)) continue;
            for (int c : g.children(k)) if (g.parent(c) == k) todo.add(c);
        }
    }
}
