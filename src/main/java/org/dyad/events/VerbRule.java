package org.dyad.events;

import org.dyad.article.PloverType;

import java.util.List;
import java.util.Set;

/**
 * One trigger of the verb dictionary: a verb or noun lemma, with an optional required object,
 * particle or prepositional complement, and the CAMEO code it means.
 *
 * @param noun      true for a nominal trigger ("talks", "visit"), false for a verb
 * @param lemma     the trigger's lemma, lower-case
 * @param objects   alternatives for the direct object; each a list of lemmas whose last is the object's
 *                  head and the others its modifiers ({@code [intelligence, sharing]}); empty: any or none
 * @param particle  required verb particle ({@code up} in "ramp up"), or null
 * @param prep      required preposition of a complement ({@code as}, {@code for}), or null
 * @param prepHeads allowed head lemmas of that complement; empty: any
 * @param cameo     the CAMEO code
 * @param type      PLOVER type override, or null to take the CAMEO->PLOVER table's
 * @param flags     behaviour flags, see {@link Flag}
 * @param origin    where the rule comes from ("dyad-verbs.tsv:12", "CAMEO.2.0.txt")
 */
record VerbRule(boolean noun, String lemma, List<List<String>> objects, String particle, String prep,
                Set<String> prepHeads, String cameo, PloverType type, Set<Flag> flags, String origin) {

    enum Flag {
        /** joint action: conjoined subjects with no target make one event between the first two */
        RECIP,
        /** yields to a trigger in its xcomp complement, which keeps its own anchor ("deny attacking") */
        LIGHT,
        /**
         * a denial: both it and the act in its complement are events ("denied providing sanctuary" is a
         * REJECT, and a denied AID), the complement lending its target to the denial
         */
        DENY,
        /** an undertaking: an event itself, and its complement's trigger too, anchored here ("agreed to restart ...") */
        COMMIT,
        /** the subject is the target and the "from" complement the source ("received permission from") */
        SWAP,
        /** for nominals: the "of" complement is the source ("the visit of the Prime Minister") */
        OFSRC,
        /** the target is the agent of the object rather than its recipient ("condemned Israeli attacks") */
        BLAME,
        /** the object is what is talked about, never the target: "discussed China's role" */
        TOPIC,
        /** a direct object must be an actor: "meet Macron", not "meet today's threats" */
        ACTOROBJ,
        /** a predicative adjective, not a verb: "X is critical of Y", "remained open to talks" */
        ADJECTIVE,
        /** rule from the broad CAMEO.2.0 fallback: needs a direct-object actor, lower confidence */
        FALLBACK,
        /**
         * an act of people against their own state: with a non-state doer and no target, the target is
         * the state of the doer's country ("students demonstrated in the capital", "workers went on strike")
         */
        HOME,
        /**
         * a measure a state takes at home: with a state doer and no other country as target, the
         * target is the people of the doer's country ("the junta imposed a curfew", "declared martial law in the north")
         */
        PEOPLE,
        /**
         * for nominals of custody ("arrest", "detention", "deportation"): the possessor and the "of"
         * complement are the one it is done to, not its doer ("the journalist's arrest", "the detention of
         * two activists"); for verbs, the subject is ("the journalist faces charges"). With no "by" doer
         * named, the doer is the state (see {@link ImpliedSides})
         */
        PATIENT,
        /** a journey: done by armed forces ("troops arrived in X"), a deployment (CAMEO 154), not a visit */
        TROOPS,
        /**
         * a trade measure: with no target named, it is aimed at the country the article is about, when
         * that is another country than the doer's ("Canada banned imports of trophies", in a report on Botswana)
         */
        FOCUS
    }

    /** The code of a "none" line: not an event; hides the fallback rules of the lemma. */
    static final String NONE = "none";

    VerbRule {
        objects = List.copyOf(objects);
        prepHeads = Set.copyOf(prepHeads);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    }

    /** CAMEO 11 (blame, charges), 16 (sanctions), 17 (arrest, restrictions) and 18 (assault). */
    boolean coercive() {
        return cameo.startsWith("11") || cameo.startsWith("16") || cameo.startsWith("17") || cameo.startsWith("18");
    }

    boolean has(Flag f) {
        return flags.contains(f);
    }

    /** Higher is more specific: a rule naming its object or complement beats a bare lemma. */
    int specificity() {
        int s = 0;
        if (!objects.isEmpty()) s += 4;
        if (particle != null) s += 2;
        if (prep != null) s += prepHeads.isEmpty() ? 2 : 3;
        if (!has(Flag.FALLBACK)) s += 10;
        return s;
    }
}
