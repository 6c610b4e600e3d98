package org.dyad.events;

import org.dyad.article.ActorMention;
import org.dyad.article.CodedEvent;
import org.dyad.article.EventActor;
import org.dyad.article.PloverType;
import org.dyad.clause.ClauseView;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Force and repression told in someone's words: "the envoy said the police beat detainees", "“The
 * junta is shelling its own villages,” the spokesman said", "what the envoy called a crackdown by the army". Saying a party did harm is
 * accusing it (CAMEO 112, ACCUSE), beside the harm itself, when the speaker is another party than
 * the doer. Thread-safe.
 */
final class ReportedAccusations {
    /** Harm that, reported by a third party, is an accusation against its doer. */
    private static final Set<PloverType> HARM = EnumSet.of(PloverType.ASSAULT, PloverType.COERCE);
    private static final String CAMEO = "112";

    private final CameoPloverMap plover;

    ReportedAccusations(CameoPloverMap plover) {
        this.plover = plover;
    }

    void add(SentenceGraph g, ActorIndex idx, Set<String> seen, List<CodedEvent> out) {
        List<CodedEvent> added = new ArrayList<>();
        for (CodedEvent e : out) {
            if (!HARM.contains(e.type()) || e.confidence() < 0.5) continue;
            // "confirmed that Kyiv could strike": a possibility told is no charge
            if (hedged(g, e.anchor())) continue;
            int say = reportingVerb(g, e.anchor());
            if (say < 0) continue;
            int speaker = g.firstChild(say, "nsubj");
            if (speaker < 0 || idx.at(speaker).isEmpty()) continue;
            ActorMention src = idx.at(speaker).get(0);
            ActorMention doer = side(e.source(), e), victim = side(e.target(), e);
            // "Kyiv said Russia shelled its cities" is the victim's report of the harm, already coded as such
            if (!TriggerDyads.allowed(src, doer) || !TriggerDyads.allowed(src, victim)) continue;
            String key = PloverType.ACCUSE + "|" + src.country() + "|" + doer.country();
            if (!seen.add(key)) continue;
            CameoPloverMap.Entry entry = plover.lookup(CAMEO).orElse(null);
            added.add(new CodedEvent(null, PloverType.ACCUSE, CAMEO, entry == null ? null : entry.mode(),
                    entry == null ? List.of() : entry.contexts(), EventActor.of(src), EventActor.of(doer),
                    null, null, g.sentence().text(), g.sentence().index(), say, null, 0.5));
        }
        out.addAll(added);
    }

    private static final Set<String> HEDGES = Set.of("could", "may", "might", "would", "can", "will", "should");

    private static boolean hedged(SentenceGraph g, int anchor) {
        for (int c : g.children(anchor, "aux")) if (HEDGES.contains(g.lemma(c).toLowerCase(java.util.Locale.ROOT))) return true;
        return false;
    }

    /** The reporting verb whose reported clause holds the token, or -1. */
    private static int reportingVerb(SentenceGraph g, int token) {
        int k = token;
        for (int step = 0; step < 4 && k >= 0; step++) {
            String rel = g.relation(k);
            int up = g.parent(k);
            if (up < 0) return -1;
            if ((rel.equals("ccomp") || rel.equals("parataxis")) && ClauseView.reporting(g.lemma(up))) return up;
            // "what the envoy called brutal repression by the police": naming the harm so is saying it was done
            if ((rel.equals("xcomp") || rel.equals("obj")) && g.lemma(up).equals("call") && TriggerFinder.naming(g, up)
                    && g.firstChild(up, "nsubj") >= 0) return up;
            if (!(rel.equals("xcomp") || rel.equals("conj") || rel.startsWith("obj") || rel.startsWith("nsubj") || rel.equals("obl"))) return -1;
            k = up;
        }
        return -1;
    }

    /** An event's side as a mention, for comparing parties by country and camp. */
    private static ActorMention side(EventActor a, CodedEvent e) {
        return new ActorMention(a.text(), a.text(), a.country(), a.sector(), a.code(), e.sentenceIndex(), e.anchor(),
                e.anchor(), org.dyad.article.ActorKind.ANAPHOR);
    }
}
