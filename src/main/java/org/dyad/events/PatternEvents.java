package org.dyad.events;

import org.dyad.article.ActorMention;
import org.dyad.article.CodedEvent;
import org.dyad.article.EventActor;
import org.dyad.article.PloverType;
import org.dyad.article.Sentence;
import org.dyad.clause.ClauseView;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The PETRARCH pattern engine's events, added to a sentence's own where the dependency coder left a
 * verb or a dyad uncoded. Holds the engine and the tables it codes with; stateless between sentences.
 */
final class PatternEvents {
    private final PatternEventSource patterns;
    private final CameoPloverMap plover;
    private final IntentCodes intents;

    PatternEvents(PatternEventSource patterns, CameoPloverMap plover, IntentCodes intents) {
        this.patterns = patterns;
        this.plover = plover;
        this.intents = intents;
    }

    /**
     * Events the PETRARCH pattern engine finds on verbs the dependency coder left uncoded, at a
     * lower confidence: CAMEO.2.0's patterns are broad and were written for older parses.
     */
    void add(Sentence s, List<ActorMention> mentions, List<CodedEvent> here) {
        Set<Integer> coded = new HashSet<>();
        Set<String> seen = new HashSet<>();
        SentenceGraph graph = new SentenceGraph(s);
        // a dyad the dependency coder already coded in this sentence is left to it: where both
        // coders see the same pair, the pattern engine's reading ("strike a deal" as a strike) is
        // the one more often wrong
        Set<String> dyads = new HashSet<>();
        for (CodedEvent e : here) {
            coded.add(e.anchor());
            seen.add(e.type() + "|" + e.source().country() + "|" + e.target().country());
            dyads.add(unordered(e.source().country(), e.target().country()));
        }
        for (PatternEventSource.Match m : patterns.code(s, mentions)) {
            int anchor = reportedAct(graph, m.event().verbToken());
            if (coded.contains(m.event().verbToken()) || coded.contains(anchor) || m.event().negated()) continue;
            // "troops came under fire": the arrival patterns of "come" read the subject as arriving
            if (UnderPhrases.undergoes(graph, m.event().verbToken())) continue;
            // a bare verb pattern of cooperation ("work", "take") is too vague; of conflict, specific enough
            boolean bare = !PatternEventSource.isSpecific(m.event());
            ActorMention src = m.source(), tgt = m.target();
            if (!TriggerDyads.allowed(src, tgt) || dyads.contains(unordered(src.country(), tgt.country()))) continue;
            String cameo = m.event().code();
            // "said it would withdraw its troops": a stated intent is coded as the intent, as for Dyad's own triggers
            String intended = intents.of(cameo, ClauseView.of(s).reading(anchor).intent());
            if (intended != null && plover.type(intended) != null) cameo = intended;
            CameoPloverMap.Entry entry = plover.lookup(cameo).orElse(null);
            if (entry == null || entry.type() == null) continue;
            PloverType type = entry.type();
            if (bare && !EventCoder.NEAR_TYPES.contains(type)) continue;
            if (!seen.add(type + "|" + src.country() + "|" + tgt.country())) continue;
            if (TriggerDyads.joint(type) && seen.contains(type + "|" + tgt.country() + "|" + src.country())) continue;
            here.add(new CodedEvent(null, type, cameo, entry.mode(), entry.contexts(), EventActor.of(src), EventActor.of(tgt),
                    null, null, s.text(), s.index(), anchor, null, 0.45));
        }
    }

    /**
     * The verb of the act a pattern coded: PETRARCH matches a reported act on the reporting verb ("says it
     * is ready to send troops"), so the act is at the end of the complement chain below it, whose own
     * mood and intent are the event's.
     */
    static int reportedAct(SentenceGraph g, int verb) {
        if (verb < 0 || verb >= g.size() || !ClauseView.reporting(g.lemma(verb))) return verb;
        int act = g.firstChild(verb, "ccomp");
        if (act < 0) return verb;
        for (int step = 0; step < 4; step++) {
            int next = g.firstChild(act, "xcomp");
            if (next < 0) break;
            act = next;
        }
        return act;
    }

    private static String unordered(String a, String b) {
        String x = String.valueOf(a), y = String.valueOf(b);
        return x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
    }
}
