package org.dyad.events;

import org.dyad.article.ActorMention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two sides of an event noun, read off the dependency tree around it: "talks between X and Y",
 * "Russia's invasion of Ukraine", "the arrest of two activists by the police", "held talks with X" (the
 * talks are the holder's). The verbs' sides are {@link DyadFinder}'s, which asks this class for a noun's
 * agent and for "between" phrases. Stateless.
 */
final class NounSides {
    private static final Set<String> NOMINAL_TARGET_PREPS = Set.of("with", "to", "on", "against", "toward",
            "towards", "into", "at", "upon", "for", "of", "in");
    /**
     * Verbs whose subject does the event noun they govern ("held talks", "led talks", "travels ...
     * for talks", "trying out a drone in a raid", "launched an invasion"); other verbs only speak
     * or know of it ("criticised the invasion", "linking the attack to Kabul").
     */
    private static final Set<String> DOING = Set.of("hold", "have", "lead", "conduct", "begin", "start", "launch",
            "continue", "stage", "carry", "mount", "host", "open", "resume", "join", "attend", "test", "use", "pursue",
            "intensify", "wage", "make", "pay", "undertake", "travel", "go", "come", "fly", "arrive", "head",
            "prepare", "plan", "step", "escalate", "expand", "order", "finish", "end", "complete", "wrap", "chair",
            "co-host", "co-chair", "sign", "seal", "agree", "retaliate", "respond", "counter", "impose", "announce",
            "express", "voice", "raise", "lodge", "file", "spearhead", "orchestrate", "unleash", "initiate", "renew",
            "tighten", "enforce", "maintain", "reinforce", "repeat", "reiterate", "level", "speed", "accelerate",
            "hasten", "expedite");
    private static final Set<String> PLACES = Set.of("CITY", "STATE_OR_PROVINCE", "FACILITY");
    /** Prepositions that set a joint act beside another one of the same subject ("said after talks with X"). */
    private static final Set<String> AROUND = Set.of("after", "during", "following", "before", "at", "in");

    private final PhraseActors actors;
    private final SubjectFinder subjects;

    NounSides(PhraseActors actors, SubjectFinder subjects) {
        this.actors = actors;
        this.subjects = subjects;
    }

    DyadFinder.Sides sides(SentenceGraph g, ActorIndex idx, Trigger t) {
        int n = t.token();
        VerbRule r = t.rule();
        List<ActorMention> between = between(g, idx, n, -1);
        if (between.size() < 2) {
            for (int c : g.children(n, "nmod", "acl")) {
                between = between(g, idx, c, -1);
                if (between.size() >= 2) break;
            }
        }
        if (between.size() < 2 && g.relation(n).startsWith("nsubj")) between = between(g, idx, g.parent(n), -1);
        if (between.size() < 2) between = betweenNextTo(g, idx, n);
        if (between.size() >= 2 && DyadFinder.mediation(r)) return new DyadFinder.Sides(agent(g, idx, n, r.has(VerbRule.Flag.OFSRC)), between, false);
        if (between.size() >= 2) return new DyadFinder.Sides(between, List.of(), true);

        boolean patient = r.has(VerbRule.Flag.PATIENT);
        // "the withdrawal of troops from Peru": the country a pullback leaves is its target, not its doer
        boolean pullback = r.cameo().startsWith("087");
        List<ActorMention> sources = patient ? byAgent(g, idx, n) : agent(g, idx, n, r.has(VerbRule.Flag.OFSRC), !pullback);
        List<ActorMention> targets = List.of();
        // "the journalist's arrest", "his detention": the possessor of a custody noun is the one held
        if (patient) {
            int owner = g.firstChild(n, "nmod:poss");
            if (owner >= 0) targets = actors.members(g, idx, owner, false);
        }
        for (int c : g.children(n, "nmod")) {
            if (!targets.isEmpty()) break;
            String p = g.prep(c);
            // the complement a rule asks for names who it is about: "concern over Russia's moves"
            boolean asked = r.prep() != null && r.prep().equals(p);
            // "the withdrawal of troops from Peru": a military pullback is aimed at the country left
            boolean left = p.equals("from") && pullback;
            if (!asked && !left && (!NOMINAL_TARGET_PREPS.contains(p) || (p.equals("of") && r.has(VerbRule.Flag.OFSRC)))) continue;
            if (p.equals("in") && !isInvasionLike(r)) continue;
            List<ActorMention> m = actors.members(g, idx, c, false, PhraseActors.keys(sources));
            if (!m.isEmpty()) {
                targets = m;
                break;
            }
        }
        if (targets.isEmpty() && ("that".equals(r.prep()) || r.cameo().startsWith("11"))) targets = actors.accusedInClause(g, idx, n, PhraseActors.keys(sources));
        // (a cooperative noun is a framework, not something undergone: "remains under the agreement")
        int undergoer = DyadFinder.cooperative(r) ? -1 : UnderPhrases.undergoing(g, n);
        if (undergoer >= 0 && targets.isEmpty()) {
            // "the convoy came under attack by militants", "Peru came under criticism from Brazil": the
            // subject is the one the act is done to; a "by" or "from" phrase on the noun or verb does it
            targets = actors.members(g, idx, g.firstChild(undergoer, "nsubj", "nsubj:pass"), false);
            if (sources.isEmpty()) sources = doerPhrase(g, idx, n, undergoer, PhraseActors.keys(targets));
            return new DyadFinder.Sides(sources, targets, false);
        }
        if (sources.isEmpty()) {
            // "the minister flew to Cairo for talks with the Egyptian president": the talks are the subject's
            int gov = g.parent(n), attached = n;
            String rel = g.relation(n);
            if (rel.equals("nmod") && gov >= 0 && g.isNoun(gov)) {
                // "trying out a drone in a raid on a port": the raid is the tester's
                attached = gov;
                rel = g.relation(gov);
                gov = g.parent(gov);
            }
            // "spoke after a day of talks with X", "signed during talks with Y": talks around a verb are its subject's
            boolean around = rel.equals("obl") && DyadFinder.joint(r) && AROUND.contains(g.prep(attached));
            if (gov >= 0 && g.isVerb(gov) && (DOING.contains(g.lemma(gov)) || around)
                    && (rel.equals("obj") || rel.equals("obl") || rel.equals("nsubj:pass"))) {
                sources = subjects.of(g, idx, gov, true);
                // "led eight hours of talks with Ukrainian officials": the partner hangs on the verb
                if (targets.isEmpty()) {
                    for (int c : g.children(gov, "obl")) {
                        if (!g.prep(c).equals("with")) continue;
                        targets = actors.members(g, idx, c, false, PhraseActors.keys(sources));
                        if (!targets.isEmpty()) break;
                    }
                }
                // "briefed the premier in a phone call": the one told is the partner of the talks beside it
                if (targets.isEmpty() && around) {
                    int o = g.firstChild(gov, "obj");
                    if (o < 0) o = g.firstChild(gov, "iobj");
                    if (o >= 0) targets = actors.members(g, idx, o, false, PhraseActors.keys(sources));
                }
            }
        }
        return new DyadFinder.Sides(sources, targets, false);
    }

    private static boolean isInvasionLike(VerbRule r) {
        return r.cameo().startsWith("19") || r.cameo().startsWith("18");
    }

    /** The actors of a "by" or "from" phrase on the event noun, else on its verb. */
    private List<ActorMention> doerPhrase(SentenceGraph g, ActorIndex idx, int n, int verb, Set<String> exclude) {
        for (int head : new int[]{n, verb}) {
            for (int c : g.children(head, "nmod", "obl")) {
                if (g.parent(c) != head || !g.prep(c).equals("by") && !g.prep(c).equals("from")) continue;
                List<ActorMention> m = actors.members(g, idx, c, false, exclude);
                if (!m.isEmpty()) return m;
            }
        }
        return List.of();
    }

    /** The doer a "by" phrase names on a nominal ("the arrest of X by the police"), or none. */
    private List<ActorMention> byAgent(SentenceGraph g, ActorIndex idx, int n) {
        for (int c : g.children(n, "nmod")) {
            if (!g.prep(c).equals("by")) continue;
            List<ActorMention> m = actors.members(g, idx, c, false);
            if (!m.isEmpty()) return m;
        }
        return List.of();
    }

    /** The agent of a nominal: its possessor, an actor adjective or compound, "by X", "of X" when asked. */
    List<ActorMention> agent(SentenceGraph g, ActorIndex idx, int n, boolean ofIsSource) {
        return agent(g, idx, n, ofIsSource, true);
    }

    private List<ActorMention> agent(SentenceGraph g, ActorIndex idx, int n, boolean ofIsSource, boolean fromIsSource) {
        for (int c : g.children(n, "nmod:poss", "amod", "compound", "nmod", "appos")) {
            String rel = g.relation(c);
            if (rel.equals("appos")) {
                // "the trip to Rome of the Chancellor ..., NAME": the visitor, misattached
                if (!ofIsSource) continue;
                List<ActorMention> m = idx.at(c);
                if (!m.isEmpty()) return m;
                continue;
            }
            if (rel.equals("nmod")) {
                String p = g.prep(c);
                if (!p.equals("by") && !(fromIsSource && p.equals("from")) && !(ofIsSource && p.equals("of"))) continue;
                List<ActorMention> m = actors.members(g, idx, c, false);
                if (!m.isEmpty()) return m;
                continue;
            }
            // "the Jeddah talks", "the Paris summit": a place names where, not who
            if (rel.equals("compound") && PLACES.contains(g.token(c).ner())) continue;
            List<ActorMention> m = idx.at(c);
            if (m.isEmpty() && rel.equals("nmod:poss")) m = actors.members(g, idx, c, false);
            if (!m.isEmpty()) return withConjuncts(g, idx, c, m);
        }
        return List.of();
    }

    private List<ActorMention> withConjuncts(SentenceGraph g, ActorIndex idx, int c, List<ActorMention> first) {
        Map<String, ActorMention> byCountry = new LinkedHashMap<>();
        for (ActorMention m : first) byCountry.putIfAbsent(PhraseActors.key(m), m);
        for (int k : g.children(c, "conj")) for (ActorMention m : idx.at(k)) byCountry.putIfAbsent(PhraseActors.key(m), m);
        return List.copyOf(byCountry.values());
    }

    /** "between X and Y" under a token (or under its object). */
    List<ActorMention> between(SentenceGraph g, ActorIndex idx, int tok, int object) {
        List<Integer> cands = new ArrayList<>(g.children(tok, "obl", "nmod"));
        if (object >= 0) cands.addAll(g.children(object, "nmod"));
        for (int c : cands) {
            if (!g.prep(c).equals("between")) continue;
            List<ActorMention> m = actors.members(g, idx, c, false);
            if (m.size() >= 2) return m;
        }
        return List.of();
    }

    /**
     * "the quarrel between Lisbon and Madrid" when the parser attached "between" elsewhere: the phrase
     * whose preposition is the word right after the trigger.
     */
    private List<ActorMention> betweenNextTo(SentenceGraph g, ActorIndex idx, int n) {
        int b = n + 1;
        if (b >= g.size() || !g.lemma(b).equals("between")) return List.of();
        int head = g.parent(b);
        if (head < 0 || head <= b) return List.of();
        return actors.members(g, idx, head, false);
    }
}
