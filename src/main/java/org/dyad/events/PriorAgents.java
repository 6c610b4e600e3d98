package org.dyad.events;

import org.dyad.article.ActorMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The article's memory of who acted, for acts whose other party is given by context: "Tokyo
 * condemned the launch" after a sentence in which another state launched something, "Japan lodged
 * a protest", "the government rejected the allegations" after someone accused it. News names the
 * doer once and then refers to the deed; the party a reaction answers is the latest doer of
 * another camp, and the one a denial answers is the latest accuser of the denier.
 *
 * <p>Only the sentences just before count (and the earlier clauses of the same sentence): the
 * further back, the likelier the deed referred to is another one. Created per article.
 */
final class PriorAgents {

    /** How many sentences back a doer may be taken from. */
    static final int WINDOW = 2;

    /** What a denial denies: an accusation, whose maker is the party denied. */
    private static final Set<String> CLAIM_NOUNS = Set.of("claim", "allegation", "accusation", "charge",
            "assertion", "report", "suggestion", "criticism", "statement", "remark", "comment");

    /** Charges of a court case, brought by a state (its prosecutors and courts). */
    private static final Set<String> LEGAL = Set.of("charge", "indictment", "conviction", "verdict", "sentence", "warrant");

    /** Words that make an object refer back to something already told. */
    private static final Set<String> ANAPHORIC = Set.of("the", "this", "that", "these", "those", "such", "its",
            "their", "his", "her", "both");

    private record Doer(ActorMention mention, int sentence, int token) {
    }

    private record Accusation(ActorMention accuser, String accusedKey, int sentence) {
    }

    private final List<Doer> doers = new ArrayList<>();
    /** The plural main-clause subject of the last sentence remembered ("The ministers ...", "Kenya and Uganda ..."). */
    private List<ActorMention> pluralHere = List.of();
    private int pluralSentence = -1;
    private final List<Accusation> accusations = new ArrayList<>();
    private final List<Accusation> pending = new ArrayList<>();

    /** An accusation coded in the current sentence; it counts from the next sentence on. */
    void accused(ActorMention accuser, ActorMention accused, int sentence) {
        pending.add(new Accusation(accuser, PhraseActors.key(accused), sentence));
    }

    /**
     * Remembers the subjects of a sentence, and the accusations coded in it. The subjects of the
     * {@code reactions} (tokens of acts coded as answering another's deed) are no doers.
     */
    void remember(SentenceGraph g, ActorIndex idx, Set<Integer> reactions) {
        int s = g.sentence().index();
        for (ActorMention m : idx.all()) {
            if (m.country() == null || m.tokenEnd() <= m.tokenBegin()) continue;
            int head = head(g, m);
            if (head < 0) continue;
            String rel = g.relation(head);
            if (reactions.contains(g.parent(head))) continue;
            if (rel.equals("nsubj") || rel.equals("obl:agent") || rel.equals("nmod:agent") || isAgentPrep(g, head))
                doers.add(new Doer(m, s, head));
        }
        accusations.addAll(pending);
        pending.clear();
        // the main clause's subject, when plural, is what a next sentence's opening "They" refers to
        pluralHere = List.of();
        pluralSentence = s;
        int root = -1;
        for (int i = 0; i < g.size(); i++) if (g.parent(i) < 0 && g.relation(i).equals("root")) root = i;
        for (int subj : root < 0 ? List.<Integer>of() : g.children(root, "nsubj")) {
            if (!(g.pos(subj).endsWith("S") || g.firstChild(subj, "conj") >= 0) || idx.at(subj).isEmpty()) continue;
            List<ActorMention> here = new ArrayList<>();
            for (int k : conjoined(g, subj)) here.addAll(idx.at(k));
            pluralHere = List.copyOf(here);
            break;
        }
    }

    private static List<Integer> conjoined(SentenceGraph g, int head) {
        List<Integer> out = new ArrayList<>(List.of(head));
        out.addAll(g.children(head, "conj"));
        return out;
    }

    /** The plural subject of the sentence just before, for a sentence opening with an unresolved "They". */
    List<ActorMention> pluralSubjectBefore(SentenceGraph g) {
        return pluralSentence == g.sentence().index() - 1 ? pluralHere : List.of();
    }

    private static boolean isAgentPrep(SentenceGraph g, int head) {
        String rel = g.relation(head);
        return (rel.equals("obl") || rel.equals("nmod")) && g.prep(head).equals("by");
    }

    /**
     * The party an act without a named target answers, or empty. {@code object} is the act's
     * non-actor object, or -1 when it has none; an indefinite object ("accused a man") names a
     * new party, so it gets none.
     */
    Optional<ActorMention> answered(SentenceGraph g, ActorIndex idx, int trigger, int object, List<ActorMention> sources) {
        int s = g.sentence().index();
        ActorMention source = sources.get(0);
        String own = PhraseActors.key(source);
        Set<String> ours = new java.util.HashSet<>();
        for (ActorMention m : sources) ours.add(PhraseActors.key(m));
        if (object >= 0) {
            // "Pakistan's allegations", "the allegations made by Pakistan": the object names its maker
            Optional<ActorMention> maker = maker(g, idx, object);
            if (maker.isPresent()) return ours.contains(PhraseActors.key(maker.get())) ? Optional.empty() : maker;
            // "the invasion of Ukraine": the object names its own parties
            // "rejected claims that ...": claims, allegations and charges are someone's, even without "the"
            // ("..., a charge Lima denies": a claim whose relative clause is the denial refers back, article or not)
            boolean claim = CLAIM_NOUNS.contains(g.lemma(object)) && (!indefinite(g, object) || g.parent(trigger) == object);
            // "rejects all counts brought against her": the denier named in the object is no other party
            if (!(refersBack(g, object) || claim) || namesActor(g, idx, object, ours)) return Optional.empty();
            if (CLAIM_NOUNS.contains(g.lemma(object).toLowerCase(Locale.ROOT))) {
                // "X accused Y of ..., a charge Y rejects": an accusation earlier in the same sentence
                for (Accusation a : pending)
                    if (a.accusedKey().equals(own) && a.accuser().tokenBegin() < trigger
                            && !PhraseActors.key(a.accuser()).equals(own)) return Optional.of(a.accuser());
                for (int i = accusations.size() - 1; i >= 0; i--) {
                    Accusation a = accusations.get(i);
                    if (s - a.sentence() > 4 * WINDOW) break;
                    if (a.accusedKey().equals(own) && !PhraseActors.key(a.accuser()).equals(own)) return Optional.of(a.accuser());
                }
            }
            // "the blogger disputes the indictment": criminal charges no one is named as bringing are
            // brought by the state of the one charged
            if (LEGAL.contains(g.lemma(object).toLowerCase(Locale.ROOT)) && own.contains("/") && source.country() != null)
                return Optional.of(new ActorMention(source.country(), "", source.country(), "JUD", source.country() + "JUD",
                        s, trigger, trigger, org.dyad.article.ActorKind.ORGANIZATION));
        }
        for (int i = doers.size() - 1; i >= 0; i--) {
            Doer d = doers.get(i);
            if (s - d.sentence() > WINDOW) break;
            if (d.sentence() == s && d.token() >= trigger) continue;
            if (ours.contains(PhraseActors.key(d.mention())) || sources.contains(d.mention())) continue;
            if (!sameCountryState(d.mention(), source)) return Optional.of(d.mention());
        }
        return Optional.empty();
    }

    /** Two mentions of one country's state ("Tokyo" and "Japan") are one party, whatever their words. */
    private static boolean sameCountryState(ActorMention a, ActorMention b) {
        return a.country().equals(b.country()) && !PhraseActors.key(a).contains("/") && !PhraseActors.key(b).contains("/");
    }

    /** The actor a noun is owned by ("Russia's claims") or made by ("claims made by Russia"), if any. */
    private static Optional<ActorMention> maker(SentenceGraph g, ActorIndex idx, int noun) {
        for (int c : g.children(noun, "nmod:poss")) {
            List<ActorMention> at = idx.at(c);
            if (!at.isEmpty()) return Optional.of(at.get(0));
        }
        for (int acl : g.children(noun, "acl")) {
            for (int c : g.children(acl, "obl", "obl:agent")) {
                if (!g.prep(c).equals("by")) continue;
                List<ActorMention> at = idx.at(c);
                if (!at.isEmpty()) return Optional.of(at.get(0));
            }
        }
        return Optional.empty();
    }

    /** An actor inside the object's own phrase ("the invasion of Ukraine"), not in a clause it governs ("claims that X ..."). */
    private static boolean namesActor(SentenceGraph g, ActorIndex idx, int object, Set<String> ours) {
        for (ActorMention m : idx.all()) {
            if (ours.contains(PhraseActors.key(m))) continue;
            int h = head(g, m);
            if (h < 0 || h == object || !g.dominates(object, h)) continue;
            boolean clausal = false;
            for (int k = h; k != object && k >= 0; k = g.parent(k)) {
                String rel = g.relation(k);
                if (rel.startsWith("acl") || rel.equals("ccomp") || rel.equals("advcl") || rel.equals("dep")) clausal = true;
            }
            if (!clausal) return true;
        }
        return false;
    }

    private static boolean indefinite(SentenceGraph g, int noun) {
        for (int c : g.children(noun, "det")) {
            String w = g.token(c).word().toLowerCase(Locale.ROOT);
            if (w.equals("a") || w.equals("an") || w.equals("some") || w.equals("any") || w.equals("new")) return true;
        }
        return false;
    }

    private static boolean refersBack(SentenceGraph g, int object) {
        if (!g.isNoun(object)) return false;
        for (int c : g.children(object, "det", "nmod:poss")) {
            if (ANAPHORIC.contains(g.token(c).word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** The token of a mention whose governor lies outside it. */
    static int head(SentenceGraph g, ActorMention m) {
        int end = Math.min(m.tokenEnd(), g.size());
        for (int i = m.tokenBegin(); i < end; i++) {
            int p = g.parent(i);
            if (p < m.tokenBegin() || p >= end) return i;
        }
        return -1;
    }
}
