package org.dyad.factuality;

import org.dyad.article.Dependency;
import org.dyad.article.DependencyIndex;
import org.dyad.article.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parent and child look-up over a sentence's dependencies (basic or enhanced UD). */
final class DependencyTree {

    private final Sentence sentence;
    private final DependencyIndex index;

    DependencyTree(Sentence sentence) {
        this.sentence = sentence;
        this.index = new DependencyIndex(sentence);
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return sentence.tokens().size();
    }

    String word(int i) {
        return sentence.tokens().get(i).word().toLowerCase(Locale.ROOT);
    }

    String lemma(int i) {
        String l = sentence.tokens().get(i).lemma();
        return (l == null || l.isEmpty() ? sentence.tokens().get(i).word() : l).toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        String p = sentence.tokens().get(i).pos();
        return p == null ? "" : p;
    }

    int parent(int i) {
        return index.parent(i);
    }

    /** Relation to the parent without its preposition suffix ({@code advcl:if -> advcl}). */
    String relation(int i) {
        Dependency e = index.parentEdge(i);
        if (e == null) return "";
        String r = e.relation();
        int c = r.indexOf(':');
        if (c > 0 && (r.startsWith("advcl") || r.startsWith("obl") || r.startsWith("conj") || r.startsWith("acl")
                || r.startsWith("nmod")) && !r.equals("acl:relcl") && !r.equals("obl:agent") && !r.equals("nmod:poss")
                && !r.equals("obl:tmod") && !r.equals("obl:npmod")) return r.substring(0, c);
        return r;
    }

    /** The full relation to the parent ({@code advcl:if}), or "". */
    String fullRelation(int i) {
        Dependency e = index.parentEdge(i);
        return e == null ? "" : e.relation();
    }

    List<Integer> children(int i, String... rels) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : index.childEdges(i)) {
            String r = d.relation();
            if (DependencyIndex.isExtra(r)) continue;
            for (String want : rels) {
                if ((r.equals(want) || r.startsWith(want + ":")) && !out.contains(d.dependent())) out.add(d.dependent());
            }
        }
        out.sort(Integer::compare);
        return out;
    }
}
