package org.dyad.events;

import org.dyad.article.CodedEvent;
import org.dyad.article.PloverType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demands a protest is made for, folded into it: one sentence's events after coding, less each
 * REQUEST whose word hangs on a PROTEST's word as its purpose or manner. Stateless.
 */
final class ProtestDemands {
    private ProtestDemands() {
    }

    /** Relations by which a protest's purpose or manner hangs on it ("marched to demand", "rallied, calling for"). */
    private static final Set<String> PURPOSE = Set.of("advcl", "xcomp", "acl", "conj");

    /**
     * "Students marched to demand reforms", "workers rioted, demanding a vote": the demand is what the
     * protest is for, one PROTEST event (as CAMEO and PLOVER code it), not a REQUEST beside it.
     */
    static List<CodedEvent> folded(SentenceGraph g, List<CodedEvent> events) {
        Map<Integer, CodedEvent> protests = new HashMap<>();
        for (CodedEvent e : events) if (e.type() == PloverType.PROTEST) protests.put(e.anchor(), e);
        if (protests.isEmpty()) return events;
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent e : events) {
            if (e.type() == PloverType.REQUEST && servesProtest(g, e, protests)) continue;
            out.add(e);
        }
        return out;
    }

    private static boolean servesProtest(SentenceGraph g, CodedEvent demand, Map<Integer, CodedEvent> protests) {
        int k = demand.anchor();
        for (int step = 0; step < 2 && k >= 0 && PURPOSE.contains(g.relation(k)); step++) {
            k = g.parent(k);
            CodedEvent p = protests.get(k);
            if (p != null && java.util.Objects.equals(p.source().country(), demand.source().country())) return true;
        }
        // "blocked roads leading to the centre to press their demands": a demand further down the protest's
        // own clause (through its object and what qualifies it) is still what the protest is for; a
        // reported clause below it ("said that ...") is another statement
        k = demand.anchor();
        for (int step = 0; step < 5 && k >= 0; step++) {
            String rel = g.relation(k);
            if (rel.startsWith("ccomp") || rel.startsWith("parataxis") || rel.startsWith("acl:relcl")) return false;
            k = g.parent(k);
            CodedEvent p = k < 0 ? null : protests.get(k);
            if (p != null && java.util.Objects.equals(p.source().country(), demand.source().country())) return true;
        }
        return false;
    }
}
