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
        return folded(g, events, Map.of(), null);
    }

    /**
     * As above; and a demand made by a protest no event was coded for (a protest trigger among
     * {@code triggers}; "prisoners rioted, joining demonstrators in demanding a vote on independence
     * from X") is that protest, against the party the demand is made of.
     */
    static List<CodedEvent> folded(SentenceGraph g, List<CodedEvent> events, List<Trigger> triggers, CameoPloverMap plover) {
        Map<Integer, String> protestWords = new HashMap<>();
        for (Trigger t : triggers) {
            PloverType type = t.rule().type() != null ? t.rule().type() : plover.type(t.rule().cameo());
            if (type == PloverType.PROTEST) protestWords.put(t.token(), t.rule().cameo());
        }
        return folded(g, events, protestWords, plover);
    }

    private static List<CodedEvent> folded(SentenceGraph g, List<CodedEvent> events, Map<Integer, String> protestWords, CameoPloverMap plover) {
        Map<Integer, CodedEvent> protests = new HashMap<>();
        for (CodedEvent e : events) if (e.type() == PloverType.PROTEST) protests.put(e.anchor(), e);
        if (protests.isEmpty() && protestWords.isEmpty()) return events;
        List<CodedEvent> out = new ArrayList<>();
        java.util.Set<String> made = new java.util.HashSet<>();
        for (CodedEvent e : events) {
            if (e.type() == PloverType.REQUEST && servesProtest(g, e, protests)) continue;
            int word = e.type() == PloverType.REQUEST && plover != null ? uncodedProtest(g, e.anchor(), protestWords, protests) : -1;
            if (word >= 0) {
                String cameo = protestWords.get(word);
                CameoPloverMap.Entry entry = plover.lookup(cameo).orElse(null);
                if (made.add(e.source().country() + "|" + e.target().country()))
                    out.add(new CodedEvent(e.id(), PloverType.PROTEST, cameo, entry == null ? null : entry.mode(),
                            entry == null ? List.of() : entry.contexts(), e.source(), e.target(), e.date(), e.factuality(),
                            e.sentence(), e.sentenceIndex(), word, e.location(), e.confidence()));
                continue;
            }
            out.add(e);
        }
        return out;
    }

    /** The protest word above a demand (within its own clause) that has no coded event, or -1. */
    private static int uncodedProtest(SentenceGraph g, int k, Map<Integer, String> protestWords, Map<Integer, CodedEvent> protests) {
        for (int step = 0; step < 5 && k >= 0; step++) {
            String rel = g.relation(k);
            if (rel.startsWith("ccomp") || rel.startsWith("parataxis") || rel.startsWith("acl:relcl")) return -1;
            k = g.parent(k);
            if (k >= 0 && protestWords.containsKey(k) && !protests.containsKey(k)) return k;
        }
        return -1;
    }

    private static boolean servesProtest(SentenceGraph g, CodedEvent demand, Map<Integer, CodedEvent> protests) {
        int k = demand.anchor();
        for (int step = 0; step < 2 && k >= 0 && PURPOSE.contains(g.relation(k)); step++) {
            k = g.parent(k);
            CodedEvent p = protests.get(k);
            if (p != null && java.util.Objects.equals(p.source().country(), demand.source().country())) return true;
        }
        // "shut the highway into the capital to push their claims": a demand further down the protest's
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
