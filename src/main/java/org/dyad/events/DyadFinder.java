package org.dyad.events;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the source and target actors of a trigger by walking the dependency tree from it. A side is a
 * list of members (conjoined or plural actors), at most one per country. Stateless.
 */
final class DyadFinder {

    /** The two sides of an event; {@code between} marks "talks between X and Y" (both in one list). */
    record Sides(List<ActorMention> sources, List<ActorMention> targets, boolean between) {
    }

    /** Prepositions whose object is who the action is done to or with. */
    static final Set<String> TARGET_PREPS = Set.of("with", "to", "on", "against", "toward", "towards", "into",
            "at", "upon", "onto");
    /** Where forces are put or shown: "troops in Mali", "drills around Taiwan", "war games off the coast of Japan". */
    private static final Set<String> POSTURE_PREPS = Set.of("in", "near", "around", "off");
    /** Prepositions introducing the deed a complaint or protest is about. */
    private static final Set<String> COMPLAINT_PREPS = Set.of("over", "about", "against");

    private final VerbDictionary dictionary;

    private final PhraseActors actors;
    private final SubjectFinder subjects;
    private final NounSides nouns;

    /** departure-verbs.txt: verbs whose direct object is the place left, not a target */
    private static final Set<String> DEPARTURES = Set.copyOf(org.dyad.knowledge.KnowledgeFiles.entries("departure-verbs.txt"));

    DyadFinder(VerbDictionary dictionary) {
        this.dictionary = dictionary;
        this.actors = new PhraseActors(dictionary);
        this.subjects = new SubjectFinder(actors);
        this.nouns = new NounSides(actors, subjects);
    }

    Sides sides(SentenceGraph g, ActorIndex idx, Trigger t, Map<Integer, Trigger> triggers) {
        if (t.rule().noun()) return nouns.sides(g, idx, t);
        // only Dyad's own triggers lend their targets to a verb that absorbs them ("refused to sign ...")
        Set<Integer> own = new java.util.HashSet<>();
        triggers.forEach((k, tr) -> {
            if (!tr.rule().has(VerbRule.Flag.FALLBACK)) own.add(k);
        });
        return verbal(g, idx, t, own);
    }

    private Sides verbal(SentenceGraph g, ActorIndex idx, Trigger t, Set<Integer> triggerTokens) {
        int v = t.token();
        VerbRule r = t.rule();
        List<ActorMention> between = nouns.between(g, idx, v, t.object());
        // "offered to mediate between X and Y": the two hang on the mediating the offer names
        if (between.size() < 2 && mediation(r))
            for (int c : g.children(v, "xcomp")) if (between.size() < 2) between = nouns.between(g, idx, c, -1);
        // "Qatar offered to mediate between X and Y": the two are who the mediator acts for, not a pair acting
        if (between.size() >= 2 && mediation(r)) return new Sides(subjects.of(g, idx, v, false), between, false);
        if (between.size() >= 2) return new Sides(between, List.of(), true);
        List<ActorMention> subject = subjects.of(g, idx, v, r.has(VerbRule.Flag.FALLBACK), r.has(VerbRule.Flag.ADJECTIVE));
        if (r.has(VerbRule.Flag.FALLBACK)) {
            // "she left Iran": the object of a verb of leaving is where one came from, not a party
            List<ActorMention> direct = DEPARTURES.contains(g.lemma(v)) ? List.of()
                    : directObject(g, idx, v, t.object(), PhraseActors.keys(subject));
            if (!direct.isEmpty()) return new Sides(subject, direct, false);
            // "called on X", "railed against X", "provided assistance to X": the dictionary's verb
            // names the act, a recipient preposition names who it is done to
            // (the broad verbs of cooperation, "link", "work", are too vague to trust that far)
            if (cooperative(r)) return new Sides(subject, List.of(), false);
            return new Sides(subject, prepositionalTarget(g, idx, v, r, PhraseActors.keys(subject)), false);
        }
        // "the journalist faces charges": the subject is the one it is done to (the doer: see ImpliedSides)
        if (r.has(VerbRule.Flag.PATIENT)) return new Sides(List.of(), subject, false);
        if (r.has(VerbRule.Flag.SWAP)) {
            List<ActorMention> from = fromComplement(g, idx, v, t.object());
            return new Sides(from, subject, false);
        }
        Set<String> exclude = PhraseActors.keys(subject);
        // "police arrested the mayor", "prosecutors charged a minister": the state's agencies acting on
        // one of its own office holders are two sides (an institution against a person)
        if (r.coercive() && !subject.isEmpty() && subject.stream().noneMatch(m -> m.kind() == ActorKind.PERSON || m.sector() == null)) {
            exclude = new java.util.HashSet<>(exclude);
            exclude.add(PhraseActors.OFFICE_HOLDERS_APART);
        }
        // "Chile and Peru agreed to cooperate to encourage refugees to return": two sides acting jointly act
        // with each other; the one their complement's act is aimed at is that act's target, not theirs
        if (joint(r) && subject.size() >= 2) triggerTokens = Set.of();
        return new Sides(subject, verbTargets(g, idx, v, t.object(), r, 0, exclude, triggerTokens), false);
    }

    /** The actor of a recipient phrase ("to X", "against X", "on X", "with X") on the verb or its object. */
    private List<ActorMention> prepositionalTarget(SentenceGraph g, ActorIndex idx, int v, VerbRule r, Set<String> exclude) {
        List<Integer> cands = new ArrayList<>(g.children(v, "obl", "nmod"));
        int object = g.firstChild(v, "obj");
        if (object >= 0) cands.addAll(g.children(object, "nmod"));
        for (int c : cands) {
            String p = g.prep(c);
            if (!TARGET_PREPS.contains(p) || p.equals("against") && cooperative(r)) continue;
            List<ActorMention> m = actors.members(g, idx, c, false, exclude);
            if (!m.isEmpty()) return m;
        }
        return List.of();
    }

    /** The broad fallback rules only trust an object that is itself an actor: "X attacked Y". */
    private List<ActorMention> directObject(SentenceGraph g, ActorIndex idx, int v, int object, Set<String> exclude) {
        List<Integer> heads = new ArrayList<>(g.children(v, "iobj"));
        if (object >= 0) {
            heads.add(object);
            heads.addAll(g.children(object, "conj"));
        }
        Map<String, ActorMention> out = new LinkedHashMap<>();
        for (int h : heads) for (ActorMention m : PhraseActors.allowed(idx.at(h), exclude)) out.putIfAbsent(PhraseActors.key(m), m);
        return List.copyOf(out.values());
    }

    private List<ActorMention> verbTargets(SentenceGraph g, ActorIndex idx, int v, int object, VerbRule r, int depth,
                                           Set<String> exclude, Set<Integer> triggerTokens) {
        boolean blame = r.has(VerbRule.Flag.BLAME);
        for (int c : g.children(v, "iobj")) {
            List<ActorMention> m = actors.members(g, idx, c, false, exclude);
            if (!m.isEmpty()) return m;
        }
        if (object >= 0 && r.has(VerbRule.Flag.TOPIC)) {
            for (int c : g.children(object, "nmod")) {
                if (!g.prep(c).equals("with")) continue;
                List<ActorMention> m = actors.members(g, idx, c, false, exclude);
                if (!m.isEmpty()) return m;
            }
        } else if (object >= 0) {
            // "condemned the invasion of Ukraine": the target of blame is the invader, not the invaded
            // "refused to sign the EU statement on Israel", "rejected Russia's proposal for talks with X": what
            // is refused is its author's, so its owner comes before what it is about
            // so is what is praised: "hailed the release of its citizens by Peru" praises Peru
            boolean authored = blame || r.cameo().startsWith("12") || r.cameo().startsWith("051");
            List<ActorMention> m = blame && g.isNoun(object) && !dictionary.nounRules(g.lemma(object)).isEmpty()
                    ? PhraseActors.allowed(nouns.agent(g, idx, object, false), exclude)
                    : actors.members(g, idx, object, authored, exclude);
            if (!m.isEmpty()) return m;
        }
        if (r.cameo().startsWith("11") || r.cameo().startsWith("14")) {
            // "protested to the OSCE about Serbian shelling": the one complained of is the doer
            // of the deed complained about, not the body told
            for (int c : g.children(v, "obl", "nmod")) {
                if (!COMPLAINT_PREPS.contains(g.prep(c)) || !g.isNoun(c) || dictionary.nounRules(g.lemma(c)).isEmpty()) continue;
                List<ActorMention> m = PhraseActors.allowed(nouns.agent(g, idx, c, false), exclude);
                if (!m.isEmpty()) return m;
            }
        }
        for (int c : g.children(v, "obl", "nmod", r.has(VerbRule.Flag.ADJECTIVE) ? "obl:agent" : "obl")) {
            String p = g.prep(c);
            // an adjective's complement names who it is said of: "critical of X", "concerned about X";
            // so does the complement a verb rule asks for: "withdrew from X", "rallied behind X"
            boolean asked = p.equals(r.prep()) && (r.has(VerbRule.Flag.ADJECTIVE) || r.prepHeads().isEmpty());
            // "reinforced its garrison in Mali", "troops massed in Belarus": forces put in another
            // country are aimed at it (CAMEO 15, military posture); its own country is excluded below
            boolean posture = POSTURE_PREPS.contains(p) && r.cameo().startsWith("15") && !r.noun()
                    && dictionary.nounRules(g.lemma(c)).isEmpty();
            if (!TARGET_PREPS.contains(p) && !asked && !posture) continue;
            // "protect against the threat of Putin's regime": an adversary is not the partner
            if (p.equals("against") && cooperative(r)) continue;
            // "agreed at the G7", "agree on a ceasefire": where and what a joint act is about, not with whom
            if ((p.equals("at") || p.equals("on")) && joint(r)) continue;
            if (r.prep() != null && r.prep().equals(p) && !r.prepHeads().isEmpty()) continue;
            // "concerned about the actions of Dodik": the one blamed is the actions' agent
            List<ActorMention> m = asked && blame && g.isNoun(c) && !dictionary.nounRules(g.lemma(c)).isEmpty()
                    ? PhraseActors.allowed(nouns.agent(g, idx, c, false), exclude)
                    : actors.members(g, idx, c, asked && blame, exclude);
            if (!m.isEmpty()) return m;
        }
        if (r.has(VerbRule.Flag.ADJECTIVE) && "that".equals(r.prep())) {
            // "grateful that Japan sent help": the one a content clause's subject is
            for (int c : g.children(v, "ccomp")) {
                if (!g.prep(c).equals("that")) continue;
                List<ActorMention> m = actors.members(g, idx, subjects.subject(g, c), false, exclude);
                if (!m.isEmpty()) return m;
            }
        }
        if (object >= 0 && r.cameo().startsWith("15") && !r.noun()) {
            // "reinforced its military presence in Mali": the country the forces are put in
            for (int c : g.children(object, "nmod")) {
                // "trying out a drone in a raid on a port": an event noun is an event of its own
                if (!POSTURE_PREPS.contains(g.prep(c)) || !dictionary.nounRules(g.lemma(c)).isEmpty()) continue;
                List<ActorMention> m = actors.members(g, idx, c, false, exclude);
                if (!m.isEmpty()) return m;
            }
        }
        if (blame) {
            // "blamed what she called 'the reckless moves of its neighbours'"
            for (int c : g.children(v, "ccomp")) {
                if (!g.lemma(c).equals("call")) continue;
                for (int x : g.children(c, "xcomp")) {
                    List<ActorMention> m = actors.members(g, idx, x, true, exclude);
                    if (!m.isEmpty()) return m;
                }
            }
        }
        boolean absorbs = g.children(v, "xcomp").stream().anyMatch(triggerTokens::contains);
        if (depth == 0 && (purposeNamesTarget(r) || absorbs)) {
            // the object of the trigger's complement: "deploying troops to help Russia"; a topic of
            // talks ("discuss what the allies could offer") or of joint work is never a target
            boolean smallClause = r.cameo().startsWith("07") || r.cameo().startsWith("08");
            for (int c : g.children(v, "xcomp", "advcl", "ccomp")) {
                if (!g.isVerb(c)) continue;
                // a small clause: "help Ukraine defend itself", "let Kyiv use missiles"
                int inner = g.firstChild(c, "nsubj");
                if (inner >= 0 && smallClause && object < 0 && !g.relation(c).equals("advcl")) {
                    List<ActorMention> m = actors.members(g, idx, inner, false, exclude);
                    if (!m.isEmpty()) return m;
                }
                if (g.firstChild(c, "nsubj") >= 0 && !g.relation(c).equals("xcomp")) continue;
                List<ActorMention> m = verbTargets(g, idx, c, TriggerFinder.object(g, c), r, 1, exclude, triggerTokens);
                if (!m.isEmpty()) return m;
            }
        }
        return List.of();
    }


    /** Aid, threats, force and coercion: "deploy troops to help Russia", "threaten to invade Ukraine". */
    private static boolean purposeNamesTarget(VerbRule r) {
        String root = r.cameo().substring(0, 2);
        return root.equals("07") || root.equals("13") || root.equals("15") || root.equals("17")
                || root.equals("18") || root.equals("19") || root.equals("20");
    }

    /** CAMEO 045 (mediate), 039 and 0356 (intend or offer to): a third party acting for the two "between" names. */
    static boolean mediation(VerbRule r) {
        return r.cameo().startsWith("045") || r.cameo().equals("039") || r.cameo().equals("0356");
    }

    /** CAMEO 03-08: cooperative acts, whose "against X" names an adversary, not the target. */
    static boolean cooperative(VerbRule r) {
        String c = r.cameo();
        return c.compareTo("03") >= 0 && c.compareTo("09") < 0;
    }

    /** Agreement, consultation, support and cooperation (PLOVER's joint acts). */
    static boolean joint(VerbRule r) {
        String c = r.cameo();
        return c.startsWith("03") || c.startsWith("04") || c.startsWith("05") || c.startsWith("06");
    }

    private List<ActorMention> fromComplement(SentenceGraph g, ActorIndex idx, int v, int object) {
        List<Integer> cands = new ArrayList<>(g.children(v, "obl", "nmod"));
        if (object >= 0) cands.addAll(g.children(object, "nmod"));
        for (int c : cands) {
            if (!g.prep(c).equals("from")) continue;
            List<ActorMention> m = actors.members(g, idx, c, false);
            if (!m.isEmpty()) return m;
        }
        return List.of();
    }
}
