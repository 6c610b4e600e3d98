package org.dyad.clause;

import org.dyad.article.Dependency;
import org.dyad.article.DependencyIndex;
import org.dyad.article.Sentence;
import org.dyad.article.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dependency graph of one sentence, indexed for walking up and down: the one walker every stage
 * uses (events, factuality, event dates). Works on basic and enhanced UD alike: {@code obl:with} and
 * {@code obl} + {@code case with} give the same {@link #prep}, and the extra edges of enhanced graphs
 * ({@code ref}, {@code :xsubj}) are never taken as a token's parent, so walking up follows the tree.
 * Immutable and safe to share between threads.
 */
public final class ClauseGraph {

    private final Sentence sentence;
    private final DependencyIndex index;

    public ClauseGraph(Sentence sentence) {
        this.sentence = sentence;
        this.index = new DependencyIndex(sentence);
    }

    public Sentence sentence() {
        return sentence;
    }

    public int size() {
        return sentence.tokens().size();
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    /** The token as written, in lower case. */
    public String word(int i) {
        return token(i).word().toLowerCase(Locale.ROOT);
    }

    /** The lemma in lower case; the word itself when the annotator gave none. */
    public String lemma(int i) {
        Token t = token(i);
        String l = t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma();
        return l.toLowerCase(Locale.ROOT);
    }

    public String pos(int i) {
        return token(i).pos() == null ? "" : token(i).pos();
    }

    public boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    public boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    /** True when the sentence came with a dependency parse. */
    public boolean parsed() {
        return !sentence.dependencies().isEmpty();
    }

    /** The governor of a token, or -1 at the root. */
    public int parent(int i) {
        return index.parent(i);
    }

    /** The base relation of a token to its parent ({@code obl}, {@code conj}, {@code nsubj:pass}), or "". */
    public String relation(int i) {
        Dependency d = index.parentEdge(i);
        return d == null ? "" : base(d.relation());
    }

    /** The relation to the parent as written ({@code advcl:if}), or "". */
    public String fullRelation(int i) {
        Dependency d = index.parentEdge(i);
        return d == null ? "" : d.relation();
    }

    /**
     * The relation without a preposition suffix: {@code obl:with -> obl}, {@code conj:and -> conj};
     * kept are subtypes that change the meaning ({@code nsubj:pass}, {@code nmod:poss}, {@code compound:prt}).
     */
    public static String base(String rel) {
        int c = rel.indexOf(':');
        if (c < 0) return rel;
        String head = rel.substring(0, c), sub = rel.substring(c + 1);
        return switch (head) {
            case "obl", "nmod" -> switch (sub) {
                case "poss", "tmod", "npmod", "agent" -> rel;
                default -> head;
            };
            case "conj", "advcl", "acl" -> sub.equals("relcl") ? rel : head;
            default -> rel;
        };
    }

    /** Dependents of a token over tree edges, in sentence order. */
    public List<Integer> children(int i) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : index.childEdges(i)) if (!DependencyIndex.isExtra(d.relation()) && !out.contains(d.dependent())) out.add(d.dependent());
        out.sort(Integer::compare);
        return out;
    }

    /** Dependents whose base relation is one of {@code rels} (an extra edge only when asked for by name). */
    public List<Integer> children(int i, String... rels) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : index.childEdges(i)) {
            String b = base(d.relation());
            for (String r : rels) {
                if (b.equals(r) && !out.contains(d.dependent())) out.add(d.dependent());
            }
        }
        out.sort(Integer::compare);
        return out;
    }

    /** The first dependent with one of the relations, or -1. */
    public int firstChild(int i, String... rels) {
        List<Integer> c = children(i, rels);
        return c.isEmpty() ? -1 : c.get(0);
    }

    /** The relation from {@code gov} to {@code dep} as written (with suffix), or null. */
    public String edge(int gov, int dep) {
        for (Dependency d : index.childEdges(gov)) if (d.dependent() == dep) return d.relation();
        return null;
    }

    /**
     * The preposition introducing an {@code obl}/{@code nmod}/{@code advcl} dependent: the relation's
     * suffix when the graph is enhanced, else the lemma of its {@code case}/{@code mark} child
     * ("by" for {@code obl:agent}); "" when there is none.
     */
    public String prep(int dep) {
        int gov = parent(dep);
        if (gov >= 0) {
            String rel = edge(gov, dep);
            if (rel != null) {
                if (rel.equals("obl:agent") || rel.equals("nmod:agent")) return "by";
                int c = rel.indexOf(':');
                if (c > 0 && (rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("advcl"))) {
                    String sub = rel.substring(c + 1);
                    if (!sub.equals("poss") && !sub.equals("tmod") && !sub.equals("npmod") && !sub.equals("relcl"))
                        return sub.replace('_', ' ').toLowerCase(Locale.ROOT);
                }
            }
        }
        for (int c : children(dep, "case", "mark")) {
            String l = lemma(c);
            if (!l.equals("'s") && !l.equals("'")) return l;
        }
        // "called on Ethiopia to ...": the parser may take the preposition for a particle left hanging on the
        // noun right after it
        for (int c : children(dep, "dep")) {
            if (c == dep - 1 && "RP".equals(token(c).pos())) return lemma(c);
        }
        return "";
    }

    /**
     * The word introducing a clause: the suffix of an enhanced {@code advcl:if}, else its first
     * {@code mark} child ("if", "to", "that"); "" when there is none.
     */
    public String mark(int k) {
        String full = fullRelation(k);
        if (full.startsWith("advcl:")) return full.substring(6);
        for (int m : children(k, "mark")) return word(m);
        return "";
    }

    /** True when {@code anc} is {@code i} or one of its ancestors. */
    public boolean dominates(int anc, int i) {
        for (int k = i, guard = 0; k >= 0 && guard < 64; k = parent(k), guard++) if (k == anc) return true;
        return false;
    }

    /** True when the token is negated by a child (a word of {@code negators.txt}). */
    public boolean negated(int i) {
        return negator(i) >= 0;
    }

    /** The negating child of a token ("not", "n't", "never", determiner "no"), or -1. */
    public int negator(int i) {
        return negator(i, -1);
    }

    /** The negating child of a token other than {@code except}, or -1. */
    int negator(int i, int except) {
        ClauseCues cues = ClauseCues.get();
        for (int c : children(i, "advmod", "neg", "det", "aux")) {
            if (c == except) continue;
            String w = word(c);
            // "not only ... but also" is no negation; a "no" taken for an auxiliary is a parse error
            if (w.equals("not") && c + 1 < size() && word(c + 1).equals("only")) continue;
            if (cues.negator(w) && !(w.equals("no") && relation(c).equals("aux"))) return c;
        }
        return -1;
    }

    /**
     * The open-complement chain above a token: the token, then each verb whose {@code xcomp} it is
     * ("is scheduled to travel": travel, scheduled), at most {@code 5} steps.
     */
    public List<Integer> complementChain(int i) {
        List<Integer> out = new ArrayList<>();
        for (int k = i, step = 0; k >= 0 && step < 5; step++) {
            out.add(k);
            if (!relation(k).equals("xcomp")) break;
            k = parent(k);
        }
        return List.copyOf(out);
    }
}
