package org.dyad.events;

import org.dyad.article.Dependency;
import org.dyad.article.DependencyIndex;
import org.dyad.article.Sentence;
import org.dyad.article.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dependency tree of one sentence, indexed for walking up and down. Works on basic and enhanced
 * UD alike: {@code obl:with} and {@code obl} + {@code case with} give the same {@link #prep}, and the
 * extra edges of enhanced graphs ({@code ref}, {@code :xsubj}) are not taken as a token's parent.
 */
final class SentenceGraph {

    private final Sentence sentence;
    private final DependencyIndex index;

    SentenceGraph(Sentence sentence) {
        this.sentence = sentence;
        this.index = new DependencyIndex(sentence);
    }

    private static boolean isExtra(String rel) {
        return DependencyIndex.isExtra(rel);
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return sentence.tokens().size();
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String lemma(int i) {
        Token t = token(i);
        String l = t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma();
        return l.toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        return token(i).pos() == null ? "" : token(i).pos();
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    /** The governor of a token, or -1 at the root. */
    int parent(int i) {
        return index.parent(i);
    }

    /** The base relation of a token to its parent ({@code obl}, {@code conj}, {@code nsubj:pass}), or "". */
    String relation(int i) {
        Dependency d = index.parentEdge(i);
        return d == null ? "" : base(d.relation());
    }

    /**
     * The relation without a preposition suffix: {@code obl:with -> obl}, {@code conj:and -> conj};
     * kept are subtypes that change the meaning ({@code nsubj:pass}, {@code nmod:poss}, {@code compound:prt}).
     */
    static String base(String rel) {
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

    /** Dependents of a token, in sentence order. */
    List<Integer> children(int i) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : index.childEdges(i)) if (!isExtra(d.relation()) && !out.contains(d.dependent())) out.add(d.dependent());
        out.sort(Integer::compare);
        return out;
    }

    /** Dependents whose base relation is one of {@code rels}. */
    List<Integer> children(int i, String... rels) {
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

    int firstChild(int i, String... rels) {
        List<Integer> c = children(i, rels);
        return c.isEmpty() ? -1 : c.get(0);
    }

    /** The relation from {@code gov} to {@code dep} as written (with suffix), or null. */
    String edge(int gov, int dep) {
        for (Dependency d : index.childEdges(gov)) if (d.dependent() == dep) return d.relation();
        return null;
    }

    /**
     * The preposition introducing an {@code obl}/{@code nmod}/{@code advcl} dependent: the relation's
     * suffix when the graph is enhanced, else the lemma of its {@code case}/{@code mark} child
     * ("by" for {@code obl:agent}); "" when there is none.
     */
    String prep(int dep) {
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
        return "";
    }

    /** True when {@code anc} is {@code i} or one of its ancestors. */
    boolean dominates(int anc, int i) {
        for (int k = i, guard = 0; k >= 0 && guard < 64; k = parent(k), guard++) if (k == anc) return true;
        return false;
    }

    /** True when the token is negated by a child: not, n't, never, no. */
    boolean negated(int i) {
        return negator(i) >= 0;
    }

    /** The negating child of a token ("not", "n't", "never", determiner "no"), or -1. */
    int negator(int i) {
        for (int c : children(i, "advmod", "neg", "det", "aux")) {
            String w = token(c).word().toLowerCase(Locale.ROOT);
            if (w.equals("not") && c + 1 < size() && token(c + 1).word().equalsIgnoreCase("only")) continue;
            if (w.equals("not") || w.equals("n't") || w.equals("never") || (w.equals("no") && !relation(c).equals("aux")))
                return c;
        }
        return -1;
    }
}
