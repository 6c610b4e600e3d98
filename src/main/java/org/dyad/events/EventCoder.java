package org.dyad.events;

import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.ArticleException;
import org.dyad.article.CodedEvent;
import org.dyad.article.EventActor;
import org.dyad.article.PloverType;
import org.dyad.article.Sentence;
import org.dyad.clause.ClauseView;
import org.dyad.clause.Intent;
import org.dyad.config.DyadConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Codes the events of a whole article: for each sentence, finds triggers from the verb dictionary,
 * their source and target actors among the article's {@link ActorMention}s through the dependency
 * tree, and the PLOVER type, CAMEO code, mode and contexts of each event. Date and factuality are
 * left null for the dates and factuality stages, which read {@link CodedEvent#anchor()}.
 *
 * <p>Rules for compound and reciprocal actors (scorers accept either direction of a joint event, and
 * every extra pair is a chance to be wrong, so fewer pairs is better):
 * <ul>
 *   <li>A joint event ("X and Y will sign a deal", "talks between X and Y", "X met Y") is coded ONCE,
 *       in the order written: first actor -> second actor. A joint event is one of type AGREE, CONSULT,
 *       SUPPORT or COOPERATE, or a trigger flagged {@code recip}.</li>
 *   <li>Conjoined subjects with no target: a joint event between the first two distinct countries
 *       only; any other trigger gives no event.</li>
 *   <li>Conjoined subjects or objects with a target: one event per (source, target) member pair, in
 *       order, at most {@value TriggerDyads#TriggerDyads.MAX_PAIRS} pairs per trigger ("criticised by A, B, C, D, E and F" is six events).</li>
 *   <li>An event never has the same country on both sides unless one side is an opposition, rebel or
 *       insurgent sector and the other is not; an event lacking a side is not coded.</li>
 * </ul>
 * Negation: a negated cooperative act ("are not considering sending troops", "did not sign") is
 * coded as the refusal it reports, a REJECT event anchored on the negation word (the factuality
 * judge treats such an anchor as the refusal itself); other negated events keep their type and are
 * judged DENIED. Immutable and thread-safe.
 */
public final class EventCoder {

    private static final Set<PloverType> REFUSABLE = EnumSet.of(PloverType.AGREE, PloverType.CONSULT,
            PloverType.SUPPORT, PloverType.COOPERATE, PloverType.AID, PloverType.CONCEDE, PloverType.RETREAT);

    private final CameoPloverMap plover;
    private final VerbDictionary dictionary;
    private final TriggerFinder triggers;
    private final DyadFinder dyads;
    private final PatternEvents patterns;
    private final IntentCodes intents;
    private final ReportedDemands demands;
    private final ReportedAccusations accusations;

    EventCoder(CameoPloverMap plover, VerbDictionary dictionary) {
        this(plover, dictionary, null);
    }

    EventCoder(CameoPloverMap plover, VerbDictionary dictionary, PatternEventSource patterns) {
        this.plover = plover;
        this.dictionary = dictionary;
        this.triggers = new TriggerFinder(dictionary);
        this.dyads = new DyadFinder(dictionary);
        this.intents = IntentCodes.load();
        this.patterns = patterns == null ? null : new PatternEvents(patterns, plover, this.intents);
        this.demands = new ReportedDemands(plover);
        this.accusations = new ReportedAccusations(plover);
    }

    /** Loads the CAMEO->PLOVER table, Dyad's verb dictionary and the CAMEO.2.0 fallback verbs. */
    public static EventCoder load(DyadConfig config) {
        List<VerbRule> rules = new ArrayList<>(VerbDictionary.readBundled());
        rules.addAll(CameoVerbLexicon.read(config.phoenixDir().resolve("CAMEO.2.0.txt")));
        rules.addAll(Nominalizations.derive(rules));
        Path cameo = config.phoenixDir().resolve("CAMEO.2.0.txt");
        return new EventCoder(CameoPloverMap.load(config.ploverMapping()), new VerbDictionary(rules),
                PatternEventSource.load(cameo));
    }

    /**
     * The events of an article, in sentence and token order, with ids {@code <doc_id>-e<n>}.
     *
     * @param actors the article's resolved actor mentions (any order; mentions without a country are ignored)
     */
    public List<CodedEvent> code(AnnotatedArticle article, List<ActorMention> actors) {
        Map<Integer, List<ActorMention>> bySentence = new HashMap<>();
        for (ActorMention m : actors) {
            // "told VOA", "as Reuters reported": an outlet that carries the news is not a party to it
            if (isOutlet(m)) continue;
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        List<CodedEvent> out = new ArrayList<>();
        String docId = article.article().id() == null ? "doc" : article.article().id();
        PriorAgents prior = new PriorAgents();
        String focus = ImpliedSides.focus(actors);
        for (Sentence s : article.sentences()) {
            List<ActorMention> ms = bySentence.get(s.index());
            // a sentence naming no one may still tell of protests or measures at home ("protests erupted")
            if (ms == null && focus != null && !s.tokens().isEmpty() && hasHomeNoun(s)) ms = List.of();
            if (ms == null || s.tokens().isEmpty()) continue;
            try {
                List<CodedEvent> here = codeSentence(s, new ActorIndex(ms), prior, focus);
                if (patterns != null) patterns.add(s, ms, here);
                here.sort(java.util.Comparator.comparingInt(CodedEvent::anchor));
                for (CodedEvent e : here) out.add(e.withId(docId + "-e" + (out.size() + 1)));
            } catch (IndexOutOfBoundsException e) {
                throw new ArticleException("events", "sentence " + s.index() + " has dependencies or mentions outside its tokens: " + e.getMessage());
            }
        }
        return out;
    }

    /** media-workers.txt: people of the news, parties to events unlike the outlets they work for */
    private static final Set<String> MEDIA_WORKERS = Set.copyOf(org.dyad.knowledge.KnowledgeFiles.entries("media-workers.txt"));

    /** A news outlet ("VOA", "the state news agency"), not its people ("two journalists"). */
    static boolean isOutlet(ActorMention m) {
        if (m.kind() != org.dyad.article.ActorKind.ORGANIZATION || !"MED".equals(m.sector())) return false;
        String text = m.text() == null ? "" : m.text().trim().toLowerCase(java.util.Locale.ROOT);
        String last = text.substring(text.lastIndexOf(' ') + 1);
        if (last.endsWith("s")) last = last.substring(0, last.length() - 1);
        return !MEDIA_WORKERS.contains(last);
    }

    private boolean hasHomeNoun(Sentence s) {
        for (org.dyad.article.Token tok : s.tokens()) {
            if (!tok.pos().startsWith("NN")) continue;
            for (VerbRule r : dictionary.nounRules(tok.lemma().toLowerCase(java.util.Locale.ROOT)))
                if (r.has(VerbRule.Flag.HOME) || r.has(VerbRule.Flag.PEOPLE)) return true;
        }
        return false;
    }

    private List<CodedEvent> codeSentence(Sentence s, ActorIndex idx, PriorAgents prior, String focus) {
        List<CodedEvent> out = new ArrayList<>();
        SentenceGraph g = new SentenceGraph(s);
        Set<Integer> absorbed = new HashSet<>();
        List<Trigger> all = triggers.find(g);
        List<Trigger> found = resolveChains(g, all, absorbed);
        Set<Integer> eventTokens = new HashSet<>();
        Map<Integer, Trigger> byToken = new HashMap<>();
        for (Trigger t : all) byToken.put(t.token(), t);
        Set<String> seen = new HashSet<>();
        // verbs first, so that a noun governed by a coded verb ("condemned Israeli attacks") is not coded twice
        for (boolean nouns : new boolean[]{false, true}) {
            for (Trigger t : found) {
                if (t.rule().noun() != nouns) continue;
                // a noun under a coded or absorbed verb is part of that event: "refused to sign a deal"
                int gov = g.parent(t.token());
                if (nouns && (eventTokens.contains(gov) || absorbed.contains(gov))) continue;
                int before = out.size();
                codeTrigger(g, idx, t, byToken, seen, out, prior, focus);
                if (out.size() > before) eventTokens.add(t.token());
            }
        }
        demands.add(g, idx, seen, out);
        out = new ArrayList<>(DemandedActs.without(g, out));
        accusations.add(g, idx, seen, out);
        // who reacted ("Poland condemned the attack", "hailed the move") did no deed a later reaction could
        // answer; a refusal may be one ("defied the resolution")
        Set<Integer> reactions = new HashSet<>();
        for (CodedEvent e : out) if (e.type() == PloverType.ACCUSE || e.type() == PloverType.SUPPORT) reactions.add(e.anchor());
        prior.remember(g, idx, reactions);
        return ProtestDemands.folded(g, out, all, plover);
    }

    /**
     * A trigger in the to-complement of another ("agreed to restart", "refused to send", "deny
     * attacking"): the outer one absorbs the inner unless it is flagged light or commit.
     */
    private static List<Trigger> resolveChains(SentenceGraph g, List<Trigger> found, Set<Integer> absorbed) {
        Map<Integer, Trigger> byToken = new HashMap<>();
        for (Trigger t : found) byToken.put(t.token(), t);
        Set<Integer> dropped = new HashSet<>();
        Map<Integer, Integer> anchors = new HashMap<>();
        for (Trigger t : found) {
            int k = t.token();
            ClauseView clause = ClauseView.of(g.sentence());
            for (int step = 0; step < 3 && clause.openComplement(k); step++) {
                k = g.parent(k);
                Trigger outer = byToken.get(k);
                if (outer == null) continue;
                // PETRARCH's fallback verbs ("expect" 030) never swallow a dictionary trigger
                if (outer.rule().has(VerbRule.Flag.DENY)) break;
                if (outer.rule().has(VerbRule.Flag.LIGHT) || outer.rule().has(VerbRule.Flag.FALLBACK)) dropped.add(k);
                else if (outer.rule().has(VerbRule.Flag.COMMIT)) {
                    // "agreed to restart intelligence sharing": the agreement is an event (AGREE) and so
                    // is what was agreed, anchored on the agreeing, whose tense and mood it takes
                    anchors.putIfAbsent(t.token(), anchors.getOrDefault(k, k));
                } else {
                    dropped.add(t.token());
                    absorbed.add(t.token());
                }
                break;
            }
        }
        List<Trigger> out = new ArrayList<>();
        for (Trigger t : found) {
            if (dropped.contains(t.token())) continue;
            out.add(anchors.containsKey(t.token()) ? t.withAnchor(anchors.get(t.token())) : t);
        }
        return out;
    }

    private void codeTrigger(SentenceGraph g, ActorIndex idx, Trigger t, Map<Integer, Trigger> triggers,
                             Set<String> seen, List<CodedEvent> out, PriorAgents prior, String focus) {
        VerbRule rule = t.rule();
        String cameo = rule.cameo();
        PloverType type = rule.type() != null ? rule.type() : plover.type(cameo);
        if (type == null) return;
        DyadFinder.Sides sides = ImpliedSides.withPeople(g, idx, t, ImpliedSides.withHomeState(g, idx, t, ImpliedSides.withImplicitState(g, idx, t, type, dyads.sides(g, idx, t, triggers), focus)));
        sides = ImpliedSides.withFocus(t, sides, focus);
        if (sides.between() && !rule.noun() && type == PloverType.ASSAULT) return;
        if (BackgroundClauses.inWhereClause(g, t.token())) return;
        // the same word codes differently in its setting: troops arriving deploy, measures that "hit" restrict,
        // civilians on the move visit no one (null: no event)
        String situated = SituationalCodes.of(g, t, sides, cameo, type);
        if (situated == null) return;
        if (!situated.equals(cameo) && plover.type(situated) != null) {
            cameo = situated;
            type = plover.type(situated);
        }
        // "They also urged the council to act": a sentence opening with a "They" no one resolved goes on
        // with the plural subject of the sentence before ("The ministers expressed concern ...")
        if (sides.sources().isEmpty() && !sides.between() && !rule.noun()) {
            int subject = g.firstChild(t.token(), "nsubj");
            if (subject >= 0 && subject <= 1 && g.lemma(subject).equalsIgnoreCase("they") && idx.at(subject).isEmpty()) {
                List<ActorMention> before = new ArrayList<>();
                for (ActorMention m : prior.pluralSubjectBefore(g))
                    if (!PhraseActors.keys(sides.targets()).contains(PhraseActors.key(m))) before.add(m);
                if (!before.isEmpty()) sides = new DyadFinder.Sides(before, sides.targets(), false);
            }
        }
        // "rejects all counts brought against her": a target that is the doer again is no other party
        if (!sides.between() && !sides.sources().isEmpty() && !sides.targets().isEmpty()
                && PhraseActors.keys(sides.sources()).containsAll(PhraseActors.keys(sides.targets()))
                && !PhraseActors.agencyAgainstOfficial(rule, sides.sources().get(0), sides.targets().get(0)))
            sides = new DyadFinder.Sides(sides.sources(), List.of(), false);
        sides = HeldPeople.aimedAtHolder(g, idx, type, sides);
        if (rule.has(VerbRule.Flag.ACTOROBJ) && t.object() >= 0 && sides.targets().isEmpty()) return;
        List<ActorMention[]> pairs = TriggerDyads.pairs(sides, rule, type);
        if (pairs.isEmpty() && sides.targets().isEmpty()) pairs = ImpliedSides.reciprocal(g, t, sides.sources());
        boolean near = false, answered = false;
        if (pairs.isEmpty() && ANSWERS.contains(type) && sides.targets().isEmpty() && !sides.sources().isEmpty()) {
            // "Tokyo condemned the launch", "the government rejected the allegations": the other party is
            // the one the sentences before named as doing it
            // an object the rule itself names ("lodged a protest") is part of the act, not what it answers
            int object = rule.noun() || !rule.objects().isEmpty() ? -1 : answeredObject(g, t.token());
            ActorMention source = sides.sources().get(0);
            // "Lima hailed the news", "welcomed the move": praise answers a deed only through an object
            // that refers back to it; praise with no such object ("hailed the troops") answers nothing
            if (type == PloverType.SUPPORT && (object < 0 || !deed(g, object))) return;
            // a noun reacts only as the object of its doer's verb ("Japan lodged a protest"), not as a
            // name for what others did ("Pyongyang's provocations")
            boolean reaction = !rule.noun() || g.relation(t.token()).equals("obj");
            var other = reaction ? prior.answered(g, idx, t.token(), object, sides.sources()) : java.util.Optional.<ActorMention>empty();
            if (other.isPresent() && TriggerDyads.allowed(source, other.get())) {
                for (ActorMention src : sides.sources())
                    if (TriggerDyads.allowed(src, other.get()) && pairs.size() < TriggerDyads.MAX_PAIRS) pairs.add(new ActorMention[]{src, other.get()});
                answered = !pairs.isEmpty();
            }
        }
        if (pairs.isEmpty()) {
            // the broad CAMEO verbs of cooperation ("work", "take", "help") name too vague an act to
            // trust word order; demands, blame, refusals, threats and force are specific enough
            // (nor for a rule that asks for an actor object: "was encouraged by the progress" names no one urged by anyone)
            if (!NEAR_TYPES.contains(type) || rule.has(VerbRule.Flag.BLAME) || rule.has(VerbRule.Flag.TOPIC) || rule.has(VerbRule.Flag.ACTOROBJ)) return;
            // "France criticised the invasion": an object that is not an actor is what the act was
            // done to, so the nearest actor after it is no target
            // "France criticised the invasion", "protects against the threat of Russia": the actors
            // around an event noun are more often another verb's participants than the noun's
            if (rule.noun()) {
                // "protests erupted", "weeks of protests": people protesting, no one named, are the
                // people of the country the sentence names most, else of the article's, against its state;
                // "under lockdown", "a curfew": a measure no one is named in is that state's on its people
                ActorMention[] home = ImpliedSides.homeProtest(g, idx, t, sides, focus);
                if (home == null) return;
                pairs = new ArrayList<>(List.<ActorMention[]>of(home));
            } else {
                // "Moscow tested a missile": an object that is not an actor fills the target's place
                if (!sides.sources().isEmpty() && t.object() >= 0) return;
                // "migrants ordered out of Peru": a participle describing a noun tells what was done to those
                // it describes, by someone unnamed; the actor written before it is no doer of it
                if (g.relation(t.token()).equals("acl") && g.pos(t.token()).equals("VBN")) return;
                var p = ProximityDyad.around(g, idx.all(), t.token(), g.firstChild(t.token(), "nsubj:pass") >= 0);
                if (p.isEmpty() || !TriggerDyads.allowed(p.get()[0], p.get()[1])) return;
                pairs = List.<ActorMention[]>of(p.get());
            }
            near = true;
        }
        if (rule.has(VerbRule.Flag.FALLBACK) && sides.targets().isEmpty() && !near && !answered) return;

        int anchor = t.anchor();
        int negator = negation(g, t);
        if (negator >= 0 && REFUSABLE.contains(type)) {
            cameo = refusal(cameo, type);
            type = PloverType.REJECT;
            anchor = negator;
        }
        // "offered to mediate", "threatened to cut aid": CAMEO codes the stated intent, not the act
        // (read on the act's own word: an act agreed or offered is anchored on the agreeing). An act
        // agreed to beside its agreement ("agreed to restart talks": AGREE and the talks) stays the act
        Intent intent = ClauseView.of(g.sentence()).reading(t.token()).intent();
        String intended = intent == Intent.CONSENT && t.anchor() != t.token() ? null : intents.of(cameo, intent);
        if (intended != null && plover.type(intended) != null) {
            cameo = intended;
            type = plover.type(intended);
        }
        // the broad CAMEO verbs of help and cooperation ("provide", "work", "rescue") name too vague an
        // act even with both sides named; only the dictionary's own entries code those types
        if (rule.has(VerbRule.Flag.FALLBACK) && !NEAR_TYPES.contains(type) && type != PloverType.AGREE) return;
        CameoPloverMap.Entry entry = plover.lookup(cameo).orElse(null);
        String mode = entry == null ? null : entry.mode();
        List<String> context = entry == null ? List.of() : entry.contexts();
        double confidence = rule.has(VerbRule.Flag.FALLBACK) ? 0.4 : rule.noun() ? 0.6 : 0.75;
        if (sides.targets().isEmpty() || sides.between()) confidence -= 0.1;
        if (near) confidence = 0.3;
        if (answered) confidence = 0.35;
        for (ActorMention[] p : pairs) {
            String key = type + "|" + p[0].country() + "|" + p[1].country();
            String reverse = type + "|" + p[1].country() + "|" + p[0].country();
            if (seen.contains(key) || (TriggerDyads.joint(type) && seen.contains(reverse))) continue;
            seen.add(key);
            if (type == PloverType.ACCUSE) prior.accused(p[0], p[1], g.sentence().index());
            String paired = SituationalCodes.forPair(cameo, p[0], p[1]);
            CameoPloverMap.Entry home = paired.equals(cameo) ? null : plover.lookup(paired).orElse(null);
            out.add(home != null && home.type() != null
                    ? new CodedEvent(null, home.type(), paired, home.mode(), home.contexts(), EventActor.of(p[0]),
                    EventActor.of(p[1]), null, null, g.sentence().text(), g.sentence().index(), anchor, null, confidence)
                    : new CodedEvent(null, type, cameo, mode, context, EventActor.of(p[0]), EventActor.of(p[1]),
                    null, null, g.sentence().text(), g.sentence().index(), anchor, null, confidence));
        }
    }

    /** Types a broad dictionary verb may code by word order alone (see {@link ProximityDyad}). */
    static final Set<PloverType> NEAR_TYPES = EnumSet.of(PloverType.REQUEST, PloverType.ACCUSE,
            PloverType.REJECT, PloverType.THREATEN, PloverType.PROTEST, PloverType.SANCTION, PloverType.MOBILIZE,
            PloverType.COERCE, PloverType.ASSAULT);

    /** Reactions whose other party may be given by the sentences before (see {@link PriorAgents}). */
    /** What a reaction is to: its object, or the noun its relative clause hangs on ("a charge Lima denies"). */
    private static int answeredObject(SentenceGraph g, int v) {
        int o = g.firstChild(v, "obj");
        if (!TriggerFinder.objectGap(g, v)) return o;
        // (the gap, or the relative pronoun that stands for the noun: "a charge that Lima denies")
        return o < 0 || g.pos(o).startsWith("W") ? g.parent(v) : o;
    }

    private static final Set<PloverType> ANSWERS = EnumSet.of(PloverType.ACCUSE, PloverType.REJECT, PloverType.PROTEST,
            PloverType.SUPPORT);

    /** news-nouns.txt: nouns that refer back to a deed told before ("the news", "the move") */
    private static final Set<String> NEWS_NOUNS = Set.copyOf(org.dyad.knowledge.KnowledgeFiles.entries("news-nouns.txt"));

    /** A noun naming a deed: an event noun of the dictionary ("the visit") or a word for news of one ("the move"). */
    private boolean deed(SentenceGraph g, int noun) {
        String lemma = g.lemma(noun).toLowerCase(java.util.Locale.ROOT);
        return g.isNoun(noun) && (NEWS_NOUNS.contains(lemma) || !dictionary.nounRules(lemma).isEmpty());
    }

    /** The negation word on the trigger or on a verb whose to-complement holds it, or -1. */
    private static int negation(SentenceGraph g, Trigger t) {
        int k = t.token();
        for (int step = 0; step < 4 && k >= 0; step++) {
            int n = g.negator(k);
            if (n >= 0) return n;
            String rel = g.relation(k);
            // "are not considering sending troops": the sending is negated through its non-finite clause
            boolean control = rel.equals("xcomp") || rel.equals("advcl") && g.firstChild(k, "nsubj") < 0
                    && (g.pos(k).equals("VBG") || g.pos(k).equals("VB")) && g.firstChild(k, "aux") < 0;
            if (!control) break;
            k = g.parent(k);
        }
        return -1;
    }

    /** The CAMEO code of refusing what {@code cameo} describes. */
    private static String refusal(String cameo, PloverType type) {
        return switch (type) {
            case CONSULT -> "125";
            case AGREE, SUPPORT -> "120";
            case CONCEDE, RETREAT -> "124";
            default -> cameo.endsWith("2") || cameo.startsWith("074") || cameo.startsWith("0312") ? "1212" : "121";
        };
    }

    int dictionarySize() {
        return dictionary.size();
    }
}
