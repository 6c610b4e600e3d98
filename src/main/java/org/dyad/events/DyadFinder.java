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
    /** Where forces are put or shown: "troops in Mali", "drills around Taiwan", "war games off the coast of Japan". */
    private static final Set<String> POSTURE_PREPS = Set.of("in", "near", "around", "off");
    /** Prepositions introducing the deed a complaint or protest is about. */
    private static final Set<String> COMPLAINT_PREPS = Set.of("over", "about", "against");
    /** Prepositions that set a joint act beside another one of the same subject ("said after talks with X"). */
    private static final Set<String> AROUND = Set.of("after", "during", "following", "before", "at", "in");

    private final VerbDictionary dictionary;

    private final PhraseActors actors;
    private final SubjectFinder subjects;

    /** departure-verbs.txt: verbs whose direct object is the place left, not a target */
    private static final Set<String> DEPARTURES = Set.copyOf(org.dyad.knowledge.KnowledgeFiles.entries("departure-verbs.txt"));

    DyadFinder(VerbDictionary dictionary) {
        this.dictionary = dictionary;
        this.actors = new PhraseActors(dictionary);
        this.subjects = new SubjectFinder(actors);
    }

    Sides sides(SentenceGraph g, ActorIndex idx, Trigger t, Map<Integer, Trigger> triggers) {
        if (t.rule().noun()) return nominal(g, idx, t, triggers);
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
        List<ActorMention> between = between(g, idx, v, t.object());
        // "offered to mediate between X and Y": the two hang on the mediating the offer names
        if (between.size() < 2 && mediation(r))
            for (int c : g.children(v, "xcomp")) if (between.size() < 2) between = between(g, idx, c, -1);
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
                    ? PhraseActors.allowed(nominalAgent(g, idx, object, false), exclude)
                    : actors.members(g, idx, object, authored, exclude);
            if (!m.isEmpty()) return m;
        }
        if (r.cameo().startsWith("11") || r.cameo().startsWith("14")) {
            // "protested to the OSCE about Serbian shelling": the one complained of is the doer
            // of the deed complained about, not the body told
            for (int c : g.children(v, "obl", "nmod")) {
                if (!COMPLAINT_PREPS.contains(g.prep(c)) || !g.isNoun(c) || dictionary.nounRules(g.lemma(c)).isEmpty()) continue;
                List<ActorMention> m = PhraseActors.allowed(nominalAgent(g, idx, c, false), exclude);
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
                    ? PhraseActors.allowed(nominalAgent(g, idx, c, false), exclude)
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

    private Sides nominal(SentenceGraph g, ActorIndex idx, Trigger t, Map<Integer, Trigger> triggers) {
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
        if (between.size() >= 2 && mediation(r)) return new Sides(nominalAgent(g, idx, n, r.has(VerbRule.Flag.OFSRC)), between, false);
        if (between.size() >= 2) return new Sides(between, List.of(), true);

        boolean patient = r.has(VerbRule.Flag.PATIENT);
        // "the withdrawal of troops from Peru": the country a pullback leaves is its target, not its doer
        boolean pullback = r.cameo().startsWith("087");
        List<ActorMention> sources = patient ? byAgent(g, idx, n) : nominalAgent(g, idx, n, r.has(VerbRule.Flag.OFSRC), !pullback);
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
        int undergoer = cooperative(r) ? -1 : UnderPhrases.undergoing(g, n);
        if (undergoer >= 0 && targets.isEmpty()) {
            // "the convoy came under attack by militants", "Peru came under criticism from Brazil": the
            // subject is the one the act is done to; a "by" or "from" phrase on the noun or verb does it
            targets = actors.members(g, idx, g.firstChild(undergoer, "nsubj", "nsubj:pass"), false);
            if (sources.isEmpty()) sources = doerPhrase(g, idx, n, undergoer, PhraseActors.keys(targets));
            return new Sides(sources, targets, false);
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
            boolean around = rel.equals("obl") && joint(r) && AROUND.contains(g.prep(attached));
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
        return new Sides(sources, targets, false);
    }

    /** Aid, threats, force and coercion: "deploy troops to help Russia", "threaten to invade Ukraine". */
    private static boolean purposeNamesTarget(VerbRule r) {
        String root = r.cameo().substring(0, 2);
        return root.equals("07") || root.equals("13") || root.equals("15") || root.equals("17")
                || root.equals("18") || root.equals("19") || root.equals("20");
    }

    /** CAMEO 045 (mediate), 039 and 0356 (intend or offer to): a third party acting for the two "between" names. */
    private static boolean mediation(VerbRule r) {
        return r.cameo().startsWith("045") || r.cameo().equals("039") || r.cameo().equals("0356");
    }

    /** CAMEO 03-08: cooperative acts, whose "against X" names an adversary, not the target. */
    private static boolean cooperative(VerbRule r) {
        String c = r.cameo();
        return c.compareTo("03") >= 0 && c.compareTo("09") < 0;
    }

    /** Agreement, consultation, support and cooperation (PLOVER's joint acts). */
    private static boolean joint(VerbRule r) {
        String c = r.cameo();
        return c.startsWith("03") || c.startsWith("04") || c.startsWith("05") || c.startsWith("06");
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
    List<ActorMention> nominalAgent(SentenceGraph g, ActorIndex idx, int n, boolean ofIsSource) {
        return nominalAgent(g, idx, n, ofIsSource, true);
    }

    private List<ActorMention> nominalAgent(SentenceGraph g, ActorIndex idx, int n, boolean ofIsSource, boolean fromIsSource) {
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
    private List<ActorMention> between(SentenceGraph g, ActorIndex idx, int tok, int object) {
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
