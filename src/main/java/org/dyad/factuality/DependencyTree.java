package org.dyad.factuality;

import org.dyad.article.Dependency;
import org.dyad.article.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parent and child look-up over a sentence's dependencies (basic or enhanced UD). */
final class DependencyTree {

    private final Sentence sentence;
    private final List<List<Dependency>> down;
    private final Dependency[] up;

    DependencyTree(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        down = new ArrayList<>(n);
        for (int i = 0; i < n; i++) down.add(new ArrayList<>());
        up = new Dependency[n];
        for (Dependency d : sentence.dependencies()) {
            int dep = d.dependent(), gov = d.governor();
            if (dep < 0 || dep >= n) continue;
            if (gov >= 0 && gov < n && gov != dep) down.get(gov).add(d);
            String r = d.relation();
            if (r.equals("ref") || r.contains(":xsubj")) continue;
            if (up[dep] == null) up[dep] = d;
        }
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
        return up[i] == null ? -1 : up[i].governor();
    }

    /** Relation to the parent without its preposition suffix ({@code advcl:if -> advcl}). */
    String relation(int i) {
        if (up[i] == null) return "";
        String r = up[i].relation();
        int c = r.indexOf(':');
        if (c > 0 && (r.startsWith("advcl") || r.startsWith("obl") || r.startsWith("conj") || r.startsWith("acl")
                || r.startsWith("nmod")) && !r.equals("acl:relcl") && !r.equals("obl:agent") && !r.equals("nmod:poss")
                && !r.equals("obl:tmod") && !r.equals("obl:npmod")) return r.substring(0, c);
        return r;
    }

    /** The full relation to the parent ({@code advcl:if}), or "". */
    String fullRelation(int i) {
        return up[i] == null ? "" : up[i].relation();
    }

    List<Integer> children(int i, String... rels) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : down.get(i)) {
            String r = d.relation();
            if (r.equals("ref") || r.contains(":xsubj")) continue;
            for (String want : rels) {
                if ((r.equals(want) || r.startsWith(want + ":")) && !out.contains(d.dependent())) out.add(d.dependent());
            }
        }
        out.sort(Integer::compare);
        return out;
    }
}
