package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the event triggers of one sentence: verbs and nouns whose lemma is in the dictionary and
 * whose object, particle and complement satisfy the most specific rule. Stateless.
 */
final class TriggerFinder {

    /** Nouns that say only what kind of body or thing: the word before them says what it is. */
    private static final java.util.Set<String> GENERAL_HEADS = java.util.Set.of("group", "organization",
            "organisation", "entity", "state", "regime", "movement", "network", "force", "country", "nation");

    /** Heads of quantity phrases whose "of" complement is the real object ("thousands of troops"). */
    private static final Set<String> QUANTITY = Set.of("thousand", "hundred", "dozen", "million", "number",
            "batch", "lot", "more", "some", "fleet", "contingent", "group", "wave", "package", "range", "set",
            "shipment", "consignment", "tranche", "kind", "type", "supply", "host");

    private final VerbDictionary dictionary;

    TriggerFinder(VerbDictionary dictionary) {
        this.dictionary = dictionary;
    }

    List<Trigger> find(SentenceGraph g) {
        List<Trigger> out = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            List<VerbRule> rules;
            // "the occupied territories", "an occupying army", "the besieged town": a participle before its
            // noun names a standing condition of the thing, not an act the sentence reports
            if (g.isVerb(i) && (attributive(g, i) || numberedParticiple(g, i) || describing(g, i))) continue;
            if (g.isVerb(i)) rules = withStates(g, i, dictionary.verbRules(g.lemma(i)));
            else if (g.isNoun(i)) rules = dictionary.nounRules(g.lemma(i));
            else if (predicative(g, i)) rules = dictionary.adjectiveRules(g.token(i).word().toLowerCase(Locale.ROOT));
            else continue;
            Trigger best = null;
            int bestScore = Integer.MIN_VALUE;
            // "troops came under fire": a verb whose "under" phrase says what its subject undergoes is
            // no movement or arrival of the broad CAMEO patterns
            boolean undergoes = g.isVerb(i) && UnderPhrases.undergoes(g, i);
            // "15 suspected militants", "an accused spy": a participle that only qualifies a noun accuses no one
            boolean qualifier = g.relation(i).equals("amod") || misreadQualifier(g, i);
            // "talks on their maritime dispute": a quarrel that is only the topic of another act is no event here
            boolean topic = g.isNoun(i) && TOPIC_PREPS.contains(g.prep(i));
            // "what Kyiv called an attack on civilians", "called the vote a sham": naming, not calling on anyone
            if (g.isVerb(i) && g.lemma(i).equals("call") && naming(g, i)) continue;
            for (VerbRule r : rules) {
                if (undergoes && r.has(VerbRule.Flag.FALLBACK)) continue;
                if (topic && r.noun() && r.has(VerbRule.Flag.RECIP) && r.cameo().startsWith("11")) continue;
                if (qualifier && r.cameo().startsWith("11")) continue;
                int obj = matchObject(g, i, r);
                if (obj == -2 || !matchParticle(g, i, r) || !matchPrep(g, i, r)) continue;
                // "deepen military ties" beats "deepen ties": longer matched objects are more specific
                int score = r.specificity() + (r.objects().isEmpty() ? 0 : matchedLength(g, obj, r.objects()) - 1);
                if (score > bestScore) {
                    best = new Trigger(i, r, obj, i);
                    bestScore = score;
                }
            }
            if (best != null) out.add(best);
        }
        return out;
    }

    /**
     * A participle inside a noun phrase opened by a determiner or possessor before it ("the occupied town",
     * "its stalled talks"), with no arguments of its own. Without one the parser may have taken a main
     * verb for a modifier ("Ottawa imposed tariffs" read as "imposed tariffs").
     */
    private static boolean attributive(SentenceGraph g, int i) {
        int noun = g.parent(i);
        // "evacuated the wounded", "freed the detained": a participle after its own article is a noun for
        // the people it describes (the parser hangs it on the article)
        if (g.relation(i).equals("amod") && noun >= 0 && noun < i && g.pos(noun).equals("DT") && g.children(i).isEmpty()) return true;
        if (!g.relation(i).equals("amod") || noun <= i || !g.children(i).isEmpty()) return false;
        for (int d : g.children(noun, "det", "nmod:poss")) if (d < i) return true;
        // "rejected proposed changes": the phrase is the object of a verb before it, so the participle
        // cannot be a main verb the parser misread
        int verb = g.parent(noun);
        return g.relation(noun).equals("obj") && verb >= 0 && verb < i && g.isVerb(verb);
    }

    /**
     * "herders would be the worst affected", "they were the most exposed": a participle with its own article
     * after a copula describes its subject; the parser hangs the copula on it, never so for an act.
     */
    private static boolean describing(SentenceGraph g, int i) {
        return g.pos(i).equals("VBN") && g.firstChild(i, "cop") >= 0 && g.firstChild(i, "det") >= 0;
    }

    /**
     * "freed 50 kidnapped students" misread as a number followed by a verb "kidnapped" whose object is
     * "students": a participle right after a number, hung on another word, with its noun right after
     * it and no subject of its own, qualifies that noun.
     */
    private static boolean numberedParticiple(SentenceGraph g, int i) {
        String rel = g.relation(i);
        return i > 0 && g.pos(i - 1).equals("CD") && (g.pos(i).equals("VBN") || g.pos(i).equals("VBD"))
                && (rel.equals("dep") || rel.equals("acl")) && g.firstChild(i, "obj") == i + 1
                && g.firstChild(i, "nsubj") < 0 && g.firstChild(i, "nsubj:pass") < 0;
    }

    private static final java.util.Set<String> TIMES = java.util.Set.of("DATE", "TIME", "DURATION", "SET");
    private static final java.util.Set<String> TOPIC_PREPS = java.util.Set.of("on", "over", "about", "regarding", "concerning");

    /**
     * "Oslo was troubled by the news", "Lima is worried about the moves": a participle of feeling
     * the parser read as a passive verb is the predicative adjective it is written as; its rules with a
     * complement join the verb's (a bare "prepared" stays a verb: "the plan was prepared by experts").
     */
    private List<VerbRule> withStates(SentenceGraph g, int i, List<VerbRule> verbRules) {
        if (!g.pos(i).equals("VBN") || g.firstChild(i, "nsubj:pass") < 0) return verbRules;
        List<VerbRule> states = dictionary.adjectiveRules(g.token(i).word().toLowerCase(Locale.ROOT));
        // "Chile was encouraged by the news": an adjective line coded none says the participle is only a feeling
        if (states.stream().anyMatch(r -> r.cameo().equals(VerbRule.NONE))) return List.of();
        List<VerbRule> out = new ArrayList<>(verbRules);
        for (VerbRule r : states) if (r.prep() != null) out.add(r);
        return out;
    }

    /**
     * A verb with a noun complement naming its object: "what X called an attack", "called it a sham" (a
     * noun xcomp, or the two objects the parser may give it instead).
     */
    static boolean naming(SentenceGraph g, int i) {
        int x = g.firstChild(i, "xcomp");
        return x >= 0 && g.isNoun(x) || g.children(i, "obj").size() >= 2;
    }

    /** An adjective said of a subject: "X is critical of Y", "X remained open to talks". */
    private static boolean predicative(SentenceGraph g, int i) {
        if (!g.pos(i).startsWith("JJ")) return false;
        return g.firstChild(i, "nsubj") >= 0 || g.firstChild(i, "cop") >= 0 || g.relation(i).equals("xcomp");
    }

    /** The direct object of a verb: obj, the passive subject, or the noun a participle modifies. */
    static int object(SentenceGraph g, int verb) {
        int o = g.firstChild(verb, "obj");
        if (o < 0) o = g.firstChild(verb, "nsubj:pass");
        if (o < 0 && g.relation(verb).equals("acl") && g.pos(verb).equals("VBN")) o = g.parent(verb);
        // "the tariffs Ottawa has levied on Beijing": the relative clause's gap is its object
        if (o < 0 && objectGap(g, verb)) o = g.parent(verb);
        return o < 0 ? -1 : unquantified(g, o);
    }

    /** A relative clause with its own subject on a noun ("the tariffs Ottawa levied"): the noun fills its object's place. */
    static boolean objectGap(SentenceGraph g, int verb) {
        return g.relation(verb).equals("acl:relcl") && g.firstChild(verb, "nsubj") >= 0 && g.isNoun(g.parent(verb));
    }

    /** "thousands of troops" -> troops; "15 suspected militants" (misread as "15 who suspected militants") -> militants. */
    static int unquantified(SentenceGraph g, int o) {
        // "$50 million in aid", "2 billion euros in loans": an amount's "in" phrase is what is given
        if (g.pos(o).equals("$") || g.pos(o).equals("CD") || "MONEY".equals(g.token(o).ner())) {
            for (int c : g.children(o, "nmod")) if (g.prep(c).equals("in") && g.isNoun(c)) return c;
        }
        if (QUANTITY.contains(g.lemma(o)) || g.pos(o).equals("CD")) {
            for (int c : g.children(o, "nmod")) if (g.prep(c).equals("of")) return c;
            for (int c : g.children(o, "acl")) if (misreadQualifier(g, c)) {
                int noun = g.firstChild(c, "obj");
                if (noun >= 0) return noun;
            }
        }
        return o;
    }

    /**
     * A participle right after a number that the parser made a clause of: "arrested 15 suspected militants"
     * parsed as "15 (who) suspected militants". It qualifies the noun after it.
     */
    static boolean misreadQualifier(SentenceGraph g, int i) {
        int head = g.parent(i);
        return head == i - 1 && head >= 0 && g.pos(head).equals("CD") && g.pos(i).equals("VBN") && g.relation(i).equals("acl");
    }

    /** -1: no requirement (or none found); the object token when it matches; -2 when it fails. */
    private static int matchObject(SentenceGraph g, int i, VerbRule r) {
        if (r.objects().isEmpty()) return r.noun() ? -1 : object(g, i);
        if (r.noun()) {
            // "the suspension of air links": a noun's object is its "of" complement
            for (int c : g.children(i, "nmod")) {
                if (!g.prep(c).equals("of")) continue;
                int o = unquantified(g, c);
                List<Integer> heads = new ArrayList<>(List.of(o));
                heads.addAll(g.children(o, "conj"));
                for (int h : heads) if (matchesPhrase(g, h, r.objects())) return o;
            }
            return -2;
        }
        // the noun a participle modifies is its object only in Dyad's own rules ("a deal struck
        // between ..."); PETRARCH's block-wide patterns would read "peacekeepers based" as basing them
        int o = r.has(VerbRule.Flag.FALLBACK) && g.relation(i).startsWith("acl") ? -1 : object(g, i);
        if (o < 0) return -2;
        List<Integer> heads = new ArrayList<>(List.of(o));
        heads.addAll(g.children(o, "conj"));
        for (int h : heads) if (matchesPhrase(g, h, r.objects())) return o;
        return -2;
    }

    /** The number of words of the longest alternative matching the object or one of its conjuncts. */
    private static int matchedLength(SentenceGraph g, int obj, List<List<String>> alternatives) {
        int best = 1;
        List<Integer> heads = new ArrayList<>(List.of(obj));
        heads.addAll(g.children(obj, "conj"));
        for (List<String> alt : alternatives) {
            for (int h : heads) if (alt.size() > best && matchesPhrase(g, h, List.of(alt))) best = alt.size();
        }
        return best;
    }

    static boolean matchesPhrase(SentenceGraph g, int head, List<List<String>> alternatives) {
        String lemma = g.lemma(head), word = g.token(head).word().toLowerCase(Locale.ROOT);
        for (List<String> alt : alternatives) {
            String h = alt.get(alt.size() - 1);
            if (!sameWord(h, lemma, word)) continue;
            boolean ok = true;
            for (String m : alt.subList(0, alt.size() - 1)) {
                boolean found = false;
                for (int c : g.children(head, "compound", "amod", "nmod", "nmod:poss")) {
                    if (sameWord(m, g.lemma(c), g.token(c).word().toLowerCase(Locale.ROOT))) found = true;
                }
                ok &= found;
            }
            if (ok) return true;
        }
        // "relief items", "food parcels": a container noun's kind is its compound modifier
        if (CONTAINERS.contains(lemma)) {
            for (int c : g.children(head, "compound"))
                if (c < head && matchesPhrase(g, c, alternatives)) return true;
        }
        return false;
    }

    /** container-nouns.txt: nouns that only package what they hold ("relief items") */
    private static final java.util.Set<String> CONTAINERS = java.util.Set.copyOf(org.dyad.knowledge.KnowledgeFiles.entries("container-nouns.txt"));

    /** A dictionary word against a token's lemma or word, tolerating plurals the lemmatiser kept ("troops"). */
    static boolean sameWord(String want, String lemma, String word) {
        // "-es" only after a hissing sound ("taxes", "marches"): "aides" is no plural of "aid"
        return want.equals(lemma) || want.equals(word) || word.equals(want + "s")
                || word.equals(want + "es") && want.matches(".*(s|x|z|ch|sh)")
                || want.endsWith("y") && word.equals(want.substring(0, want.length() - 1) + "ies");
    }

    private static boolean matchParticle(SentenceGraph g, int i, VerbRule r) {
        if (r.particle() == null) return true;
        for (int c : g.children(i, "compound:prt")) if (g.lemma(c).equals(r.particle())) return true;
        return false;
    }

    private static boolean matchPrep(SentenceGraph g, int i, VerbRule r) {
        if (r.prep() == null) return true;
        List<Integer> cands = new ArrayList<>(g.children(i, "obl", "nmod", "advcl", "xcomp", "ccomp", "acl"));
        // "troubled by the step": the parser's passive agent is the adjective's complement
        if (r.has(VerbRule.Flag.ADJECTIVE)) cands.addAll(g.children(i, "obl:agent"));
        int o = object(g, i);
        if (o >= 0 && !r.noun()) cands.addAll(g.children(o, "nmod", "acl", "xcomp"));
        for (int c : cands) {
            if (!g.prep(c).equals(r.prep())) continue;
            // "called his counterpart on Monday": a time is no complement ("call on X")
            if (TIMES.contains(String.valueOf(g.token(c).ner()))) continue;
            // "welcomed the decision to reopen": an infinitive's "to" names no destination or addressee
            if (r.prep().equals("to") && g.isVerb(c) && r.prepHeads().isEmpty() && !r.has(VerbRule.Flag.COMMIT)) continue;
            if (r.prepHeads().isEmpty() || r.prepHeads().contains(g.lemma(c))) return true;
            for (String h : r.prepHeads()) if (sameWord(h, g.lemma(c), g.token(c).word().toLowerCase(Locale.ROOT))) return true;
            if (r.prepHeads().contains(g.lemma(unquantified(g, c)))) return true;
            // "listed as a terrorist entity": the listed word may modify a general head
            if (g.isNoun(c) && GENERAL_HEADS.contains(g.lemma(c)))
                for (int m : g.children(c, "amod", "compound"))
                    if (r.prepHeads().contains(g.lemma(m).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
