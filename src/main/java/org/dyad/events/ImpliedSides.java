package org.dyad.events;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.dyad.article.PloverType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parties news leaves unsaid but means, added to the sides the dyad finder read off the parse:
 * the state behind an agentless arrest ("the journalist was arrested"), the state a protest is aimed
 * at ("students demonstrated"), the people a measure falls on ("the junta imposed a curfew"), both
 * sides of a protest or measure no one is named in ("protests erupted"), and both directions of an act
 * on "each other". Each is a CAMEO/PLOVER reading of a construction, never a guess from proximity.
 * Stateless; the knowledge it reads ({@code implicit-state-targets.tsv}) is loaded once.
 */
final class ImpliedSides {
    private ImpliedSides() {
    }

    /**
     * "The journalist was arrested", "demonstrators were killed", "he was released", "the activist's
     * detention", "she faces charges": an agentless passive, or a custody word whose patient is named
     * (flag patient), of an act only a state does names its doer by omission: the state of the country
     * a place phrase on it names, else of the country the article is about (where a foreign national is
     * held, that country holds him), else of the target's. Only for non-state targets, so that "soldiers
     * were killed" (whose killer may be any enemy) stays uncoded.
     */
    static DyadFinder.Sides withImplicitState(SentenceGraph g, ActorIndex idx, Trigger t, PloverType type, DyadFinder.Sides sides, String focus) {
        if (!sides.sources().isEmpty() || sides.targets().isEmpty() || sides.between()) return sides;
        // "the journalist's arrest", "the detention of two activists": a custody noun with no doer named
        boolean held = t.rule().has(VerbRule.Flag.PATIENT) || !t.rule().noun() && agentlessPassive(g, t.token());
        if (!IMPLICIT_STATE_ACTS.contains(type) || !held) return sides;
        ActorMention target = sides.targets().get(0);
        if (target.country() == null || !PhraseActors.key(target).contains("/")) return sides;
        // an international body's official has no state of his own to do it
        if ("IGO".equals(target.sector())) return sides;
        // "16 militants were killed", "demonstrators were shot": by the state they defy; "15 people were
        // killed in clashes" may be anyone's doing
        if (type == PloverType.ASSAULT && !StateAdversaries.include(target)) return sides;
        // "the activist was arrested in Nairobi": held in another country, by that country's state
        // "were expelled from Mali": whoever expels or deports does it from their own country
        boolean expulsion = t.rule().cameo().startsWith("174") || t.rule().cameo().startsWith("166");
        String host = hostCountry(g, idx, t.token(), target.country(), expulsion ? EXPELLED_FROM : WHERE);
        // "the detention of two Canadians held in China": the people's own phrase says who holds them
        if (host == null) {
            List<ActorMention> holder = HeldPeople.holder(g, idx, target);
            if (!holder.isEmpty()) host = holder.get(0).country();
        }
        String country = host != null ? host : focus != null ? focus : target.country();
        return new DyadFinder.Sides(List.of(state(country, target.sentence(), t.token(), t.token())), sides.targets(), false);
    }

    /**
     * "Students demonstrated in the capital", "thousands of workers staged a strike": a protest with no
     * one named as its target is addressed to the protesters' own state (as CAMEO and PLOVER code a
     * domestic protest). Only for a doer outside the state and a verb with no object of its own
     * ("the test demonstrated its range" is no protest), or only the object its rule names ("blocked roads").
     */
    static DyadFinder.Sides withHomeState(SentenceGraph g, ActorIndex idx, Trigger t, DyadFinder.Sides sides) {
        if (!t.rule().has(VerbRule.Flag.HOME) || sides.sources().isEmpty() || !sides.targets().isEmpty() || sides.between()) return sides;
        // an object the rule itself names ("blocked roads", "staged a strike") is part of the act
        if (!t.rule().noun() && t.rule().objects().isEmpty() && g.firstChild(t.token(), "obj") >= 0) return sides;
        ActorMention doer = sides.sources().get(0);
        if (doer.country() == null || !PhraseActors.key(doer).contains("/") || "IGO".equals(doer.sector())) return sides;
        // "miners marched on a depot in Georgia", "migrants protested outside the French embassy": a protest
        // held in or at another country's place is addressed to that state
        String host = hostCountry(g, idx, t.token(), doer.country(), WHERE);
        String country = host == null ? doer.country() : host;
        return new DyadFinder.Sides(sides.sources(), List.of(state(country, doer.sentence(), t.token(), t.token())), false);
    }

    /** Prepositions of where an act is held. */
    private static final Set<String> WHERE = Set.of("in", "at", "outside", "near", "inside");
    private static final Set<String> EXPELLED_FROM = Set.of("in", "at", "outside", "near", "inside", "from");

    /** Another country than {@code home} named by a place phrase on the trigger ("at a depot in X"), or null. */
    private static String hostCountry(SentenceGraph g, ActorIndex idx, int v, String home, Set<String> where) {
        // a verb's place is an oblique ("arrested in Lagos"), a noun's a modifier ("the arrest in Lagos")
        for (int c : g.children(v, "obl", "nmod")) {
            if (!where.contains(g.prep(c))) continue;
            for (int k : List.of(c, g.firstChild(c, "nmod"), g.firstChild(c, "amod"), g.firstChild(c, "compound"))) {
                if (k < 0) continue;
                for (ActorMention m : idx.at(k))
                    if (m.country() != null && !m.country().equals(home) && m.sector() == null)
                        return m.country();
            }
        }
        return null;
    }

    /**
     * "Canada and Belgium have banned imports of trophies", in an article about Botswana: a trade measure
     * (flag focus) with no party named as its target is aimed at the country the article is about, when
     * the doer is another state.
     */
    static DyadFinder.Sides withFocus(Trigger t, DyadFinder.Sides sides, String focus) {
        if (!t.rule().has(VerbRule.Flag.FOCUS) || focus == null || sides.sources().isEmpty() || !sides.targets().isEmpty()
                || sides.between()) return sides;
        for (ActorMention m : sides.sources())
            if (m.country() == null || m.country().equals(focus) || PhraseActors.key(m).contains("/") || "IGO".equals(m.sector())) return sides;
        ActorMention doer = sides.sources().get(0);
        return new DyadFinder.Sides(sides.sources(), List.of(state(focus, doer.sentence(), t.token(), t.token())), false);
    }

    /**
     * "The junta imposed a curfew", "declared a state of emergency in Haiti": a measure a state takes
     * at home, with no other country named as its target, falls on the people of its country.
     */
    static DyadFinder.Sides withPeople(SentenceGraph g, ActorIndex idx, Trigger t, DyadFinder.Sides sides) {
        if (!t.rule().has(VerbRule.Flag.PEOPLE) || sides.sources().isEmpty() || sides.between()) return sides;
        ActorMention doer = sides.sources().get(0);
        if (doer.country() == null || PhraseActors.key(doer).contains("/") || "IGO".equals(doer.sector())) return sides;
        // "declared martial law in Haiti" names the doer's own country: still no other party
        for (ActorMention m : sides.targets()) if (!PhraseActors.key(m).equals(doer.country())) return sides;
        // "lifted the curfew in Gaza": a place of another country under the measure is its target
        for (int c : g.children(t.token(), "obl", "obj")) {
            for (int k : List.of(c, g.firstChild(c, "nmod"))) {
                if (k < 0) continue;
                for (ActorMention m : idx.at(k))
                    if (!m.country().equals(doer.country())) return new DyadFinder.Sides(sides.sources(), List.of(m), false);
            }
        }
        return new DyadFinder.Sides(sides.sources(), List.of(people(doer.country(), doer.sentence(), t.token(), t.token())), false);
    }

    /**
     * The people and the state of a protest, or the state and the people of a measure ("the lockdown
     * was extended"), that no one is named in: of the country the sentence names most, else the
     * article's; null when it is not one or two countries are named as often.
     */
    static ActorMention[] homeProtest(SentenceGraph g, ActorIndex idx, Trigger t, DyadFinder.Sides sides, String focus) {
        boolean protest = t.rule().has(VerbRule.Flag.HOME), measure = t.rule().has(VerbRule.Flag.PEOPLE);
        if (!(protest || measure) || !sides.sources().isEmpty() || !sides.targets().isEmpty()) return null;
        // "recalled its envoy in protest": a protest under another doer's verb is that doer's gesture
        int gov = g.parent(t.token());
        String rel = g.relation(t.token());
        if (gov >= 0 && g.isVerb(gov) && g.firstChild(gov, "nsubj") >= 0 && !rel.startsWith("nsubj")) return null;
        // "a protest was lodged" is a complaint by someone unnamed; "a demonstration of resolve", "this
        // is a demonstration" a show of something
        if (rel.equals("nsubj:pass") || g.firstChild(t.token(), "cop") >= 0) return null;
        for (int c : g.children(t.token(), "nmod")) if (g.prep(c).equals("of")) return null;
        // the country the sentence names most (none named: the article's)
        Map<String, Integer> named = new HashMap<>();
        for (ActorMention m : idx.all()) if (m.country() != null && !"IGO".equals(m.sector())) named.merge(m.country(), 1, Integer::sum);
        String country = named.isEmpty() ? focus : null;
        int most = 0;
        for (Map.Entry<String, Integer> e : named.entrySet()) {
            if (e.getValue() > most) {
                country = e.getKey();
                most = e.getValue();
            } else if (e.getValue() == most) {
                country = null;
            }
        }
        if (country == null) return null;
        int s = g.sentence().index();
        ActorMention people = people(country, s, t.token(), t.token() + 1), state = state(country, s, t.token(), t.token() + 1);
        // a protest goes from the people to their state, a measure ("a lockdown", "the curfew") the other way
        return protest ? new ActorMention[]{people, state} : new ActorMention[]{state, people};
    }

    /**
     * "They expelled each other's ambassadors", "the two sides accused one another": an act whose
     * object is "each other" goes both ways between the parties of its subject.
     */
    static List<ActorMention[]> reciprocal(SentenceGraph g, Trigger t, List<ActorMention> sources) {
        if (sources.size() < 2) return new ArrayList<>();
        boolean mutual = false;
        for (int i = t.token() + 1; i + 1 < g.size() && i <= t.token() + 6; i++) {
            String a = g.token(i).word().toLowerCase(java.util.Locale.ROOT), b = g.token(i + 1).word().toLowerCase(java.util.Locale.ROOT);
            if ((a.equals("each") && b.equals("other")) || (a.equals("one") && b.equals("another"))) {
                // the phrase must hang from this act, not from another verb further on
                int k = i + 1;
                for (int step = 0; step < 3 && k >= 0 && k != t.token(); step++) k = g.parent(k);
                mutual = k == t.token();
                break;
            }
        }
        List<ActorMention[]> out = new ArrayList<>();
        if (!mutual) return out;
        for (ActorMention a : sources)
            for (ActorMention b : sources)
                if (a != b && TriggerDyads.allowed(a, b) && out.size() < TriggerDyads.MAX_PAIRS) out.add(new ActorMention[]{a, b});
        return out;
    }

    /** The country the article names most often (first named on a tie), or null. */
    static String focus(List<ActorMention> actors) {
        Map<String, Integer> n = new java.util.LinkedHashMap<>();
        for (ActorMention m : actors) if (m.country() != null && !"IGO".equals(m.sector())) n.merge(m.country(), 1, Integer::sum);
        String best = null;
        for (Map.Entry<String, Integer> e : n.entrySet()) if (best == null || e.getValue() > n.get(best)) best = e.getKey();
        return best;
    }

    private static final Set<PloverType> IMPLICIT_STATE_ACTS = EnumSet.of(PloverType.COERCE, PloverType.ASSAULT,
            PloverType.RETREAT, PloverType.CONCEDE, PloverType.SANCTION, PloverType.ACCUSE);

    /** implicit-state-targets.tsv: those a state uses force against at home, read on first use */
    private static final class StateAdversaries {
        static final Set<String> SECTORS = new HashSet<>(), WORDS = new HashSet<>();

        static {
            for (String[] row : org.dyad.knowledge.KnowledgeFiles.rows("implicit-state-targets.tsv", 2))
                (row[0].equals("sector") ? SECTORS : WORDS).add(row[1].toLowerCase(java.util.Locale.ROOT));
        }

        static boolean include(ActorMention target) {
            if (target.sector() != null && SECTORS.contains(target.sector().toLowerCase(java.util.Locale.ROOT))) return true;
            String[] words = target.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
            return WORDS.contains(words[words.length - 1]);
        }
    }

    /** A passive verb ("was arrested", "have been detained") with no "by" agent. */
    private static boolean agentlessPassive(SentenceGraph g, int v) {
        if (!g.pos(v).equals("VBN")) return false;
        boolean passive = g.firstChild(v, "nsubj:pass") >= 0 || g.firstChild(v, "aux:pass") >= 0
                || g.relation(v).equals("acl");
        if (!passive) return false;
        for (int c : g.children(v, "obl", "obl:agent", "nmod:agent")) if (g.prep(c).equals("by")) return false;
        return true;
    }

    /** A country's state as an unwritten party (no words of its own in the sentence). */
    private static ActorMention state(String country, int sentence, int from, int to) {
        return new ActorMention(country, "", country, null, country, sentence, from, to, ActorKind.STATE);
    }

    /** A country's people (civilians) as an unwritten party. */
    private static ActorMention people(String country, int sentence, int from, int to) {
        return new ActorMention(country, "", country, "CVL", country + "CVL", sentence, from, to, ActorKind.ORGANIZATION);
    }
}
