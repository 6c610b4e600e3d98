package org.dyad.events;

import org.dyad.article.ActorMention;
import org.dyad.article.CodedEvent;
import org.dyad.article.EventActor;
import org.dyad.article.PloverType;
import org.dyad.clause.ClauseView;

import java.util.List;
import java.util.Set;

/**
 * Demands made by reporting a duty: "Ankara said Athens must withdraw", "told them they should not
 * close borders", "said Quito has to leave" are the speaker's REQUEST (CAMEO 100) on the obliged
 * party. The obligation is the clause view's ({@code modality-cues.tsv}, cue "obligation"). Thread-safe.
 */
final class ReportedDemands {
    private final CameoPloverMap plover;

    ReportedDemands(CameoPloverMap plover) {
        this.plover = plover;
    }

    /**
     * "Ankara said Athens must withdraw its ships", "Tokyo told Seoul that it should not wait": a
     * duty laid on one party in the reported words of another is the speaker's demand on it
     * (CAMEO 10, REQUEST), whatever the duty is; the obliged act itself has not happened.
     */
    void add(SentenceGraph g, ActorIndex idx, Set<String> seen, List<CodedEvent> out) {
        ClauseView view = ClauseView.of(g.sentence());
        Set<Integer> demanded = new java.util.HashSet<>();
        for (int k = 0; k < g.size(); k++) {
            if (!g.pos(k).startsWith("VB") && !g.pos(k).startsWith("JJ")) continue;
            int bearer = view.obligation(k);
            if (bearer < 0) continue;
            int subject = g.firstChild(bearer, "nsubj", "nsubj:pass");
            // the reported clause: the obliged verb (through "have to") under a reporting verb
            int clause = bearer, say = g.parent(clause);
            if (say < 0 || subject < 0) continue;
            String rel = g.relation(clause);
            if (!(rel.equals("ccomp") || rel.equals("parataxis")) || !ClauseView.reporting(g.lemma(say))) continue;
            int speaker = g.firstChild(say, "nsubj");
            if (speaker < 0) continue;
            List<ActorMention> from = idx.at(speaker), to = idx.at(subject);
            if (from.isEmpty() || to.isEmpty()) continue;
            ActorMention src = from.get(0), tgt = to.get(0);
            if (!TriggerDyads.allowed(src, tgt)) continue;
            demanded.addAll(obligedAct(g, k));
            String key = PloverType.REQUEST + "|" + src.country() + "|" + tgt.country();
            if (!seen.add(key)) continue;
            CameoPloverMap.Entry entry = plover.lookup("100").orElse(null);
            out.add(new CodedEvent(null, PloverType.REQUEST, "100", entry == null ? null : entry.mode(),
                    entry == null ? List.of() : entry.contexts(), EventActor.of(src), EventActor.of(tgt),
                    null, null, g.sentence().text(), g.sentence().index(), say, null, 0.5));
        }
        // "Ankara said Athens must withdraw its ships from Cyprus": the withdrawal is what is demanded,
        // not an act of Athens, so the events coded on it go
        if (!demanded.isEmpty()) out.removeIf(e -> e.type() != PloverType.REQUEST && demanded.contains(e.anchor()));
    }

    /** The obliged word and the acts it governs through to-complements and conjuncts ("has to stand ready to broker talks"). */
    private static Set<Integer> obligedAct(SentenceGraph g, int k) {
        Set<Integer> out = new java.util.HashSet<>(Set.of(k));
        java.util.Deque<Integer> todo = new java.util.ArrayDeque<>(List.of(k));
        while (!todo.isEmpty() && out.size() < 12) {
            for (int c : g.children(todo.poll(), "xcomp", "conj")) if (out.add(c)) todo.add(c);
        }
        return out;
    }
}
