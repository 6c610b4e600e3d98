package org.dyad.events;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actors a phrase of the dependency tree names: the mention on its head, else the nearest one
 * below it, with its conjuncts; at most one actor per side (country, or country + dissident sector).
 * Stateless.
 */
final class PhraseActors {

    private static final int MAX_DEPTH = 3;
    /** Prepositional phrases that can hold the actor of a phrase ("ministers from Germany"), unlike "beyond Ukraine". */
    private static final Set<String> PHRASE_PREPS = Set.of("of", "from", "to", "with", "on", "against", "for", "by",
            "between", "toward", "towards", "into", "at");

    private static final Set<String> RECIPIENT_PREPS = Set.of("with", "to", "on", "against", "for", "toward",
            "towards", "into", "at");
    /**
     * Sectors of the state itself: within one country they make one side, so never a domestic dyad among
     * them. Courts and prosecutors are not among them: a court jailing a minister, a mayor defying a
     * summons are domestic events between two sides (CAMEO and PLOVER code them).
     */
    private static final Set<String> STATE = Set.of("GOV", "LEG", "MIL", "COP", "SPY");
    /**
     * A marker in a set of excluded keys: office holders of the excluded state are not excluded (an
     * agency of the state arresting or charging one of its own officials is an event between two sides).
     */
    static final String OFFICE_HOLDERS_APART = "*office-holders-apart*";

    private final VerbDictionary dictionary;

    PhraseActors(VerbDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * One side per country and camp: the state (government, legislature, courts, army, police,
     * intelligence, or the country as a whole) is one side; every other sector (opposition,
     * rebels, civilians, media, business, former leaders, ...) is a side of its own, so domestic
     * events (police vs protesters, army vs rebels) get a dyad while "the government's troops" do not.
     */
    static String key(ActorMention m) {
        return m.sector() == null || STATE.contains(m.sector()) ? m.country() : m.country() + "/" + m.sector();
    }

    static Set<String> keys(List<ActorMention> ms) {
        Set<String> out = new HashSet<>();
        for (ActorMention m : ms) out.add(key(m));
        return out;
    }

    /**
     * "the claim that Bolivia armed the rebels", "the charge that the raid was planned by Iran": the
     * content clause of a claim names the one it accuses as the doer of its act.
     */
    List<ActorMention> accusedInClause(SentenceGraph g, ActorIndex idx, int n, Set<String> exclude) {
        for (int c : g.children(n, "ccomp", "acl")) {
            // (a noun's ccomp is its content clause, whether or not the parser attached its "that")
            if (!g.relation(c).equals("ccomp") && !g.prep(c).equals("that")) continue;
            // (a "by" phrase first: the parser often labels a passive's subject a plain nsubj)
            for (int a : g.children(c, "obl"))
                if (g.prep(a).equals("by")) return members(g, idx, a, false, exclude);
            if (g.firstChild(c, "nsubj:pass") < 0) return members(g, idx, g.firstChild(c, "nsubj"), false, exclude);
        }
        return List.of();
    }

    /**
     * The actors of a phrase and its conjuncts, one per country, in order. Each member is the mention
     * covering the token, else the nearest mention below it (modifiers first, so "his French
     * counterpart" is France and "Kiev's marines" Ukraine; with {@code agentFirst}, possessors and
     * actor adjectives before prepositional phrases, so "Syrian raids on Turkish positions" is Syria).
     */
    List<ActorMention> members(SentenceGraph g, ActorIndex idx, int tok, boolean agentFirst) {
        return members(g, idx, tok, agentFirst, Set.of());
    }

    List<ActorMention> members(SentenceGraph g, ActorIndex idx, int tok, boolean agentFirst, Set<String> exclude) {
        if (tok < 0) return List.of();
        // "a militia that is designated ...": a relative pronoun stands for the noun its clause modifies
        // (enhanced graphs already point there; basic ones keep the pronoun)
        int head = g.parent(tok);
        if (head >= 0 && g.pos(tok).startsWith("W") && g.relation(head).equals("acl:relcl")) tok = g.parent(head);
        Map<String, ActorMention> byCountry = new LinkedHashMap<>();
        List<Integer> heads = new ArrayList<>();
        heads.add(tok);
        for (int i = 0; i < heads.size() && heads.size() < 8; i++) {
            for (int c : g.children(heads.get(i), "conj")) if (!heads.contains(c)) heads.add(c);
        }
        heads.addAll(agentListTail(g, tok, heads));
        for (int h : heads) {
            // a conjunct is another actor: "Healey and his French counterpart" is not Healey twice
            Set<String> taken = new HashSet<>(exclude);
            if (h != tok) taken.addAll(byCountry.keySet());
            for (ActorMention m : nearest(g, idx, h, agentFirst, taken)) byCountry.putIfAbsent(key(m), m);
        }
        return List.copyOf(byCountry.values());
    }

    private List<ActorMention> nearest(SentenceGraph g, ActorIndex idx, int tok, boolean agentFirst, Set<String> exclude) {
        List<ActorMention> here = allowed(idx.at(tok), exclude);
        if (!here.isEmpty()) return withOfConjuncts(g, idx, tok, here, exclude);
        // "Cuba, a partner of Angola": a phrase headed by an actor is that actor, even one not
        // wanted here; what describes it below names no other party
        if (!idx.at(tok).isEmpty()) {
            // "recalled its ambassador to Moscow", "withdrew its troops from Lebanon": the side's own
            // agent is no party, but where it is sent, posted or taken from is
            for (int c : g.children(tok, "nmod")) {
                if (g.parent(c) != tok || !RECIPIENT_PREPS.contains(g.prep(c)) && !g.prep(c).equals("from")) continue;
                List<ActorMention> m = allowed(idx.at(c), exclude);
                if (!m.isEmpty()) return withSiblings(g, idx, c, m, exclude);
            }
            return List.of();
        }
        // "Norway and Chile are among the states that condemned ...", "the group is an organisation
        // designated by ...": the common noun a relative clause hangs on is said of the copula's
        // subject, who is the one acting or acted on
        int subject = predicateSubject(g, tok);
        if (subject >= 0) {
            List<ActorMention> m = allowed(idx.at(subject), exclude);
            if (!m.isEmpty()) return withSiblings(g, idx, subject, m, exclude);
        }
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[]{tok, 0});
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            if (cur[1] >= MAX_DEPTH) continue;
            for (int c : ordered(g, cur[0], agentFirst)) {
                List<ActorMention> m = allowed(idx.at(c), exclude);
                if (!m.isEmpty()) return withSiblings(g, idx, c, m, exclude);
                // an event noun below is an event of its own: "trying out a drone in a raid on a port"
                if (g.isNoun(c) && !dictionary.nounRules(g.lemma(c)).isEmpty()) continue;
                queue.add(new int[]{c, cur[1] + 1});
            }
        }
        return List.of();
    }

    /**
     * "was criticized by the UN, Chinese and French envoys": the parser often ends a passive's "by"
     * list at its first comma and hangs the rest on the verb (dep or obj). A passive has no object,
     * so a noun phrase right after the agent, joined by commas or "and", is more of the agent list.
     */
    private static List<Integer> agentListTail(SentenceGraph g, int tok, List<Integer> heads) {
        int verb = g.parent(tok);
        if (verb < 0 || !g.prep(tok).equals("by") || g.firstChild(verb, "nsubj:pass") < 0
                || !g.relation(tok).equals("obl") && !g.relation(tok).equals("obl:agent")) return List.of();
        List<Integer> out = new ArrayList<>();
        int end = heads.stream().mapToInt(h -> h).max().orElse(tok);
        for (int c : g.children(verb)) {
            if (c <= end || g.parent(c) != verb || !g.isNoun(c)) continue;
            String rel = g.relation(c);
            if (!rel.equals("dep") && !rel.equals("obj")) break;
            if (!onlyJoinersBetween(g, end + 1, leftEdge(g, c))) break;
            out.add(c);
            end = c;
        }
        return out;
    }

    /** The first token of a phrase. */
    private static int leftEdge(SentenceGraph g, int tok) {
        int left = tok;
        for (int c : g.children(tok)) if (g.parent(c) == tok) left = Math.min(left, leftEdge(g, c));
        return left;
    }

    /** Whether the tokens from..to-1 are only commas and "and". */
    private static boolean onlyJoinersBetween(SentenceGraph g, int from, int to) {
        if (from >= to) return false;
        for (int i = from; i < to; i++) {
            String w = g.token(i).word();
            if (!w.equals(",") && !w.equalsIgnoreCase("and")) return false;
        }
        return true;
    }

    /** The subject of a common noun used as a predicate with a relative clause ("X is a group that ..."), or -1. */
    private static int predicateSubject(SentenceGraph g, int tok) {
        if (!g.pos(tok).startsWith("NN") || g.pos(tok).startsWith("NNP") || g.firstChild(tok, "cop") < 0) return -1;
        // only through a relative clause: "Jude is the third storm to hit X" says nothing of Jude's side
        boolean relative = g.children(tok).stream().anyMatch(c -> g.parent(c) == tok && g.relation(c).equals("acl:relcl"));
        return relative ? g.firstChild(tok, "nsubj") : -1;
    }

    /**
     * "the defence ministers of Peru and Chile": a titled group named with its first country also
     * holds the countries joined to that one.
     */
    private static List<ActorMention> withOfConjuncts(SentenceGraph g, ActorIndex idx, int tok, List<ActorMention> here,
                                                      Set<String> exclude) {
        List<ActorMention> out = new ArrayList<>(here);
        Set<String> keys = new HashSet<>(keys(here));
        for (int c : g.children(tok, "nmod")) {
            if (!g.prep(c).equals("of")) continue;
            for (int k : g.children(c, "conj")) {
                for (ActorMention m : allowed(idx.at(k), exclude)) if (keys.add(key(m))) out.add(m);
            }
        }
        return out;
    }

    /**
     * A mention found inside a phrase, with its conjuncts: "Healey, Lecornu and defence ministers"
     * parsed as compounds of "ministers" still gives both Healey and Lecornu.
     */
    private static List<ActorMention> withSiblings(SentenceGraph g, ActorIndex idx, int c, List<ActorMention> found, Set<String> exclude) {
        List<ActorMention> out = new ArrayList<>(found);
        for (int k : g.children(c, "conj")) out.addAll(allowed(idx.at(k), exclude));
        return out;
    }

    static List<ActorMention> allowed(List<ActorMention> ms, Set<String> exclude) {
        if (exclude.isEmpty() || ms.isEmpty()) return ms;
        boolean holdersApart = exclude.contains(OFFICE_HOLDERS_APART);
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : ms) {
            if (!exclude.contains(key(m)) || holdersApart && officeHolder(m)) out.add(m);
        }
        return out;
    }

    /**
     * Whether a source and a target of one country's state are still two sides: an agency (police,
     * court, authorities) coercing, charging or blaming one of the state's own office holders.
     */
    static boolean agencyAgainstOfficial(VerbRule r, ActorMention source, ActorMention target) {
        return r.coercive() && source.kind() != ActorKind.PERSON && source.sector() != null && officeHolder(target)
                && target.country().equals(source.country());
    }

    /** A person holding a state office ("the mayor", "Minister Perez"), not the state's institutions. */
    static boolean officeHolder(ActorMention m) {
        return m.kind() == ActorKind.PERSON && m.sector() != null && STATE.contains(m.sector());
    }

    /**
     * Children in search order. Looking for an agent ("Syrian raids on Turkish positions"):
     * "by" phrases, then modifiers, then other phrases. Looking for a recipient or partner ("the
     * Jeddah talks with Ukrainian officials", "arms supply to Ukraine"): with/to/on/against/for
     * phrases, then modifiers ("his French counterpart"), then other phrases ("ministers from Germany").
     */
    private static List<Integer> ordered(SentenceGraph g, int tok, boolean agentFirst) {
        List<Integer> first = new ArrayList<>(), modifiers = new ArrayList<>(), phrases = new ArrayList<>();
        for (int c : g.children(tok)) {
            if (g.parent(c) != tok) continue;
            String rel = g.relation(c);
            if (rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("appos")
                    || rel.startsWith("flat") || rel.equals("det:poss")) {
                modifiers.add(c);
            } else if (rel.equals("nmod") && PHRASE_PREPS.contains(g.prep(c))) {
                String p = g.prep(c);
                boolean early = agentFirst ? p.equals("by") : RECIPIENT_PREPS.contains(p);
                (early ? first : phrases).add(c);
            }
        }
        first.addAll(modifiers);
        first.addAll(phrases);
        return first;
    }
}
