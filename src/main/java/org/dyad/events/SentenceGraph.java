package org.dyad.events;

import org.dyad.article.Sentence;
import org.dyad.article.Token;
import org.dyad.clause.ClauseGraph;
import org.dyad.clause.ClauseView;

import java.util.List;

/**
 * The events stage's handle on a sentence's dependency graph: the shared clause view's graph
 * ({@link ClauseGraph}, the one factuality and event dating walk too) under the names the coder
 * uses. Nothing is decided here.
 */
final class SentenceGraph {

    private final ClauseGraph g;

    SentenceGraph(Sentence sentence) {
        this.g = ClauseView.of(sentence).graph();
    }

    Sentence sentence() {
        return g.sentence();
    }

    int size() {
        return g.size();
    }

    Token token(int i) {
        return g.token(i);
    }

    String lemma(int i) {
        return g.lemma(i);
    }

    String pos(int i) {
        return g.pos(i);
    }

    boolean isVerb(int i) {
        return g.isVerb(i);
    }

    boolean isNoun(int i) {
        return g.isNoun(i);
    }

    /** The governor of a token, or -1 at the root. */
    int parent(int i) {
        return g.parent(i);
    }

    /** The base relation of a token to its parent ({@code obl}, {@code conj}, {@code nsubj:pass}), or "". */
    String relation(int i) {
        return g.relation(i);
    }

    /** Dependents of a token, in sentence order. */
    List<Integer> children(int i) {
        return g.children(i);
    }

    /** Dependents whose base relation is one of {@code rels}. */
    List<Integer> children(int i, String... rels) {
        return g.children(i, rels);
    }

    int firstChild(int i, String... rels) {
        return g.firstChild(i, rels);
    }

    /** The relation from {@code gov} to {@code dep} as written (with suffix), or null. */
    String edge(int gov, int dep) {
        return g.edge(gov, dep);
    }

    /** See {@link ClauseGraph#prep}. */
    String prep(int dep) {
        return g.prep(dep);
    }

    /** True when {@code anc} is {@code i} or one of its ancestors. */
    boolean dominates(int anc, int i) {
        return g.dominates(anc, i);
    }

    /** True when the token is negated by a child: not, n't, never, no. */
    boolean negated(int i) {
        return g.negated(i);
    }

    /** The negating child of a token ("not", "n't", "never", determiner "no"), or -1. */
    int negator(int i) {
        return g.negator(i);
    }
}
