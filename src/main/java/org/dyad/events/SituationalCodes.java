package org.dyad.events;

import org.dyad.article.ActorMention;
import org.dyad.article.PloverType;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The code a trigger takes from its setting rather than its word: troops arriving are deployed, a
 * measure that "hits" restricts, civilians on the move visit no one, troops sent to a border are
 * mobilised, and sanctions on one's own people are administrative. Stateless.
 */
final class SituationalCodes {
    /** CAMEO's "mobilize or increase armed forces" */
    private static final String DEPLOYMENT = "154";
    /** CAMEO's "impose embargo, boycott, or sanctions" */
    private static final String EMBARGO = "163";
    /** CAMEO's "impose administrative sanctions" */
    private static final String ADMINISTRATIVE = "172";
    /** CAMEO's "make a visit" */
    private static final String VISIT = "042";
    /** CAMEO's "provide military protection or peacekeeping": troops sent to someone */
    private static final String PEACEKEEPING = "074";
    private static final Set<String> MEASURES = Set.of("tariff", "sanction", "duty", "levy", "embargo", "restriction",
            "ban", "measure", "penalty");
    private static final Set<String> FRONTIERS = Set.of("border", "frontier", "boundary", "borderline");

    private SituationalCodes() {
    }

    /** The trigger's code in its setting: {@code cameo} unchanged, another code, or null for no event at all. */
    static String of(SentenceGraph g, Trigger t, DyadFinder.Sides sides, String cameo, PloverType type) {
        VerbRule rule = t.rule();
        String doerSector = sides.sources().isEmpty() ? null : sides.sources().get(0).sector();
        // "peacekeepers arrived in Bosnia", "warships travelled to the port": armed forces arriving are
        // deployed, not visiting
        if (rule.has(VerbRule.Flag.TROOPS) && !sides.between() && "MIL".equals(doerSector)) return DEPLOYMENT;
        // "tariffs targeting Japan", "sanctions that hit Moscow": a measure that strikes is that measure, not force
        if (type == PloverType.ASSAULT && !rule.noun() && measureSubject(g, t.token())) return EMBARGO;
        // "refugees arrived in Germany", "migrants travelled to Spain": people on the move pay no visit
        if (cameo.equals(VISIT) && "CVL".equals(doerSector)) return null;
        // "sent troops to its border with Chad": forces sent to a border are deployed against the
        // neighbour, not lent to it
        if (cameo.equals(PEACEKEEPING) && toBorder(g, t.token())) return DEPLOYMENT;
        return cameo;
    }

    /**
     * The code for one pair: "restrictions imposed on women", "sanctions on its own officials": what a
     * state lays on its own people is CAMEO's administrative sanction, not an embargo between states.
     */
    static String forPair(String cameo, ActorMention source, ActorMention target) {
        return cameo.startsWith(EMBARGO) && source.country() != null && Objects.equals(source.country(), target.country())
                ? ADMINISTRATIVE : cameo;
    }

    /** The verb's subject, or the noun its participle modifies ("duties targeting X"), is an economic measure. */
    private static boolean measureSubject(SentenceGraph g, int verb) {
        int subject = g.firstChild(verb, "nsubj");
        if (subject < 0 && g.relation(verb).startsWith("acl")) subject = g.parent(verb);
        return subject >= 0 && MEASURES.contains(g.lemma(subject).toLowerCase(Locale.ROOT));
    }

    /** The trigger's "to" phrase is a border: "sent troops to the border", "to its frontier with X". */
    private static boolean toBorder(SentenceGraph g, int trigger) {
        for (int c : g.children(trigger, "obl")) if (g.prep(c).equals("to") && FRONTIERS.contains(g.lemma(c))) return true;
        return false;
    }
}
