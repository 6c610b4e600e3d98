package org.dyad.article;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence's dependency edges indexed by token, for walking up (one parent per token) and down
 * (all edges). Works on basic and enhanced UD: the extra edges of enhanced graphs ({@code ref},
 * {@code nsubj:xsubj}, {@code :relsubj}, {@code :relobj}) are kept among the children but never
 * taken as a token's parent, so walking up always follows the tree.
 */
public final class DependencyIndex {
    private final List<List<Dependency>> down;
    private final Dependency[] up;

    public DependencyIndex(Sentence sentence) {
        int n = sentence.tokens().size();
        down = new ArrayList<>(n);
        for (int i = 0; i < n; i++) down.add(new ArrayList<>());
        up = new Dependency[n];
        for (Dependency d : sentence.dependencies()) {
            int dep = d.dependent(), gov = d.governor();
            if (dep < 0 || dep >= n) continue;
            if (gov >= 0 && gov < n && gov != dep) down.get(gov).add(d);
            if (isExtra(d.relation())) continue;
            if (up[dep] == null) up[dep] = d;
        }
    }

    /** An enhanced-graph edge that duplicates a tree path rather than being part of the tree. */
    public static boolean isExtra(String relation) {
        return relation.equals("ref") || relation.endsWith(":xsubj") || relation.endsWith(":relsubj")
                || relation.endsWith(":relobj");
    }

    /** The edge from a token's governor, or null at the root (and for a token out of range). */
    public Dependency parentEdge(int i) {
        return i < 0 || i >= up.length ? null : up[i];
    }

    /** The governor of a token, or -1 at the root. */
    public int parent(int i) {
        Dependency d = parentEdge(i);
        return d == null ? -1 : d.governor();
    }

    /** Every edge from a token to its dependents, extra edges included, in input order. */
    public List<Dependency> childEdges(int i) {
        return i < 0 || i >= down.size() ? List.of() : down.get(i);
    }
}
