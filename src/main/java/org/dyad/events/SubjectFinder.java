package org.dyad.events;

import org.dyad.article.ActorMention;
import org.dyad.clause.ClauseView;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds who does what a verb says: its subject through the dependency tree, with fallbacks for
 * parses that left the verb without one and for an unresolved "we" in a quote. Stateless.
 */
final class SubjectFinder {

    private static final Set<String> FIRST_PERSON = Set.of("we", "i");
    /** Relations a dictionary verb has only when the parse went wrong around it. */
    private static final Set<String> PARSE_FAILURES = Set.of("root", "dep", "parataxis");
    private static final Set<String> AUXILIARY = Set.of("be", "have", "do", "will", "shall");
    private static final Set<String> RAISING = Set.of("expect", "set", "schedule", "plan", "due", "likely", "poise",
            "slate", "go", "able", "ready", "prepared", "willing", "about", "also", "intend", "hope", "want");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");

    private final PhraseActors actors;

    SubjectFinder(PhraseActors actors) {
        this.actors = actors;
    }

    /**
     * The actors doing what verb {@code v} says: its (possibly inherited) subject, else the actors
     * just before an unattached verb, else the speaker of a quoted "we".
     */
    List<ActorMention> of(SentenceGraph g, ActorIndex idx, int v, boolean fallbackRule) {
        return of(g, idx, v, fallbackRule, false);
    }

    /**
     * As {@link #of(SentenceGraph, ActorIndex, int, boolean)}; with {@code state}, a participle read as the
     * adjective it is written as ("Lima was concerned by ..."), whose passive subject is the one it is said of.
     */
    List<ActorMention> of(SentenceGraph g, ActorIndex idx, int v, boolean fallbackRule, boolean state) {
        int pass = state ? g.firstChild(v, "nsubj:pass") : -1;
        int subjectToken = pass >= 0 ? pass : subject(g, v);
        List<ActorMention> subject = actors.members(g, idx, subjectToken, false);
        // a passive's own subject is its patient ("demonstrators were killed"), never the doer before it
        boolean passive = g.firstChild(v, "nsubj:pass") >= 0 && pass < 0;
        if (subjectToken < 0 && !fallbackRule && !passive && PARSE_FAILURES.contains(g.relation(v))) {
            subject = linearSubject(g, idx, v);
        }
        if (subject.isEmpty() && subjectToken >= 0 && FIRST_PERSON.contains(g.lemma(subjectToken))) {
            subject = speaker(g, idx, v);
        }
        // "the insurgents said they had freed the hostages", "the minister said he would visit": an
        // unresolved pronoun subject of a reported clause is the speaker, when they agree in number
        if (subject.isEmpty() && subjectToken >= 0 && THIRD_PERSON.contains(g.lemma(subjectToken).toLowerCase(Locale.ROOT))) {
            int say = reporter(g, v);
            int s = say < 0 ? -1 : g.firstChild(say, "nsubj");
            if (s >= 0 && agrees(g, s, g.lemma(subjectToken).toLowerCase(Locale.ROOT))) subject = actors.members(g, idx, s, false);
        }
        return subject;
    }

    /**
     * The token holding the subject of a verb: its nsubj, the agent of a passive, the controller of
     * an xcomp, the subject of the first conjunct, the noun an acl participle modifies; or -1.
     */
    int subject(SentenceGraph g, int v) {
        int k = v;
        for (int step = 0; step < 6 && k >= 0; step++) {
            int s = g.firstChild(k, "nsubj");
            if (s >= 0) {
                if (RELATIVE.contains(g.lemma(s)) && g.relation(k).equals("acl:relcl")) return g.parent(k);
                return s;
            }
            if (g.firstChild(k, "nsubj:pass") >= 0) {
                // "Britain is expected to sign": a raising verb's passive subject is the signer
                if (k != v) return g.firstChild(k, "nsubj:pass");
                for (int c : g.children(k, "obl", "obl:agent", "nmod:agent")) if (g.prep(c).equals("by")) return c;
                return -1;
            }
            String rel = g.relation(k);
            int parent = g.parent(k);
            if (parent < 0) return -1;
            switch (rel) {
                case "xcomp" -> {
                    // object control: "urged Britain to send troops" - the sender is the object
                    int o = g.firstChild(parent, "obj");
                    if (o < 0) o = g.firstChild(parent, "iobj");
                    if (o >= 0 && o != v) return o;
                    k = parent;
                }
                case "conj", "advcl", "ccomp" -> {
                    if (rel.equals("ccomp") && !g.pos(k).equals("VBG")) return -1;
                    // "accused Kyiv of attacking", "thanked Paris for helping": the object does it
                    String p = g.prep(k);
                    int o = g.firstChild(parent, "obj");
                    if (rel.equals("advcl") && (p.equals("of") || p.equals("for")) && o >= 0) return o;
                    k = parent;
                }
                case "acl", "acl:relcl" -> {
                    // "expressed readiness to host X", "Russia's decision to expel Y": a to-infinitive on a
                    // noun is done by the noun's owner, else by the subject of the verb the noun is the object of
                    // (only for the verb itself: a chain of such nouns soon leaves the one who acts)
                    // so does a law's participle: "passed a law banning protests" bans them by whoever passed it
                    boolean enacted = g.pos(k).equals("VBG") && INSTRUMENTS.contains(g.lemma(parent).toLowerCase(java.util.Locale.ROOT));
                    if (!rel.equals("acl") || k != v || !(infinitive(g, k) || enacted)) return parent;
                    int owner = owner(g, parent);
                    if (owner >= 0) return owner;
                    if (!g.relation(parent).equals("obj") || g.parent(parent) < 0) return parent;
                    int doer = g.firstChild(g.parent(parent), "nsubj");
                    return doer >= 0 ? doer : parent;
                }
                default -> {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** Whose a noun is: its possessor ("Russia's plan"), or a name or nationality before it ("a US offer"); or -1. */
    private static int owner(SentenceGraph g, int noun) {
        for (int c : g.children(noun, "nmod:poss", "compound", "amod")) {
            String ner = g.token(c).ner();
            if (g.relation(c).equals("nmod:poss") || g.pos(c).startsWith("NNP")
                    || "NATIONALITY".equals(ner) || "COUNTRY".equals(ner) || "ORGANIZATION".equals(ner)) return c;
        }
        return -1;
    }

    /** A to-infinitive: "to host", with "to" as its marker. */
    /** legal-instruments.txt: laws, decrees and orders, whose acts are done by whoever enacts them */
    private static final Set<String> INSTRUMENTS = Set.copyOf(org.dyad.knowledge.KnowledgeFiles.entries("legal-instruments.txt"));

    private static boolean infinitive(SentenceGraph g, int v) {
        for (int m : g.children(v, "mark")) if (g.lemma(m).equalsIgnoreCase("to")) return true;
        return false;
    }

    /**
     * When the parser left a dictionary verb without any subject ("Under the accords, Britain
     * and France will order ..." with the states parsed under "part"; "They are expected to sign"
     * with "sign" a bare {@code dep}): the actors written just before it, read leftwards across
     * auxiliaries and raising words only, and joined by "and" or commas.
     */
    private static List<ActorMention> linearSubject(SentenceGraph g, ActorIndex idx, int v) {
        Map<String, ActorMention> found = new LinkedHashMap<>();
        for (int i = v - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
            List<ActorMention> here = idx.at(i);
            String w = g.token(i).word().toLowerCase(Locale.ROOT);
            if (!here.isEmpty()) {
                for (ActorMention m : here) found.putIfAbsent(PhraseActors.key(m), m);
                continue;
            }
            if (!found.isEmpty()) {
                if (w.equals("and") || w.equals(",")) continue;
                break;
            }
            String pos = g.pos(i);
            boolean passable = pos.equals("MD") || pos.equals("TO") || pos.equals("RB") || w.equals("also")
                    || pos.startsWith("VB") && (AUXILIARY.contains(g.lemma(i)) || RAISING.contains(g.lemma(i)))
                    || pos.equals("JJ") && RAISING.contains(g.lemma(i));
            if (!passable) break;
        }
        List<ActorMention> out = new ArrayList<>(found.values());
        Collections.reverse(out);
        return out;
    }

    private static final java.util.Set<String> THIRD_PERSON = java.util.Set.of("they", "he", "she", "it");

    /**
     * A plural speaker for "they", a singular one for "he" and "she"; "it" only for a speaker that is no
     * person ("NATO said it would tighten the blockade"), written as a name or a noun that is no pronoun.
     */
    private static boolean agrees(SentenceGraph g, int speaker, String pronoun) {
        boolean plural = g.pos(speaker).endsWith("S") || g.firstChild(speaker, "conj") >= 0;
        if (pronoun.equals("it")) return !plural && !g.pos(speaker).startsWith("PRP") && !"PERSON".equals(g.token(speaker).ner());
        return pronoun.equals("they") == plural;
    }

    /** The reporting verb whose reported clause verb {@code v} heads (through to-complements), or -1. */
    private static int reporter(SentenceGraph g, int v) {
        int k = v;
        for (int step = 0; step < 3 && k >= 0; step++) {
            int p = g.parent(k);
            if (p < 0) return -1;
            String rel = g.relation(k);
            if (rel.equals("ccomp") && ClauseView.reporting(g.lemma(p))) return p;
            if (!rel.equals("xcomp")) return -1;
            k = p;
        }
        return -1;
    }

    /**
     * The speaker of a quote in the same sentence, for "we"/"I" left unresolved: in "'We will support
     * Ukraine,' Healey said" the supporter is Healey's side.
     */
    private List<ActorMention> speaker(SentenceGraph g, ActorIndex idx, int v) {
        int k = v;
        for (int step = 0; step < 5 && k >= 0; step++) {
            int p = g.parent(k);
            if (p < 0) break;
            String rel = g.relation(k);
            if ((rel.equals("ccomp") || rel.equals("parataxis")) && ClauseView.reporting(g.lemma(p))) {
                int s = g.firstChild(p, "nsubj");
                return s < 0 ? List.of() : actors.members(g, idx, s, false);
            }
            if (!rel.equals("xcomp") && !rel.equals("conj") && !rel.equals("ccomp") && !rel.equals("advcl")) break;
            k = p;
        }
        return List.of();
    }
}
