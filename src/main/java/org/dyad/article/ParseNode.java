package org.dyad.article;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of a Penn Treebank constituency tree. A leaf has a word and the index of its token
 * ({@code tokenIndex >= 0}); an inner node has a label and children.
 */
public record ParseNode(String label, List<ParseNode> children, String word, int tokenIndex) {
    public ParseNode {
        children = List.copyOf(children);
    }

    public static ParseNode leaf(String word, int tokenIndex) {
        return new ParseNode(word, List.of(), word, tokenIndex);
    }

    public static ParseNode node(String label, List<ParseNode> children) {
        return new ParseNode(label, children, null, -1);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** A preterminal is a tag over a single leaf: {@code (NN minister)}. */
    public boolean isPreterminal() {
        return children.size() == 1 && children.get(0).isLeaf();
    }

    public List<ParseNode> leaves() {
        List<ParseNode> out = new ArrayList<>();
        collectLeaves(this, out);
        return out;
    }

    private static void collectLeaves(ParseNode n, List<ParseNode> out) {
        if (n.isLeaf()) out.add(n);
        else for (ParseNode c : n.children) collectLeaves(c, out);
    }

    /** The words under this node, separated by single spaces. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (ParseNode l : leaves()) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(l.word());
        }
        return sb.toString();
    }

    /** The tree in bracketed Penn Treebank form. */
    public String toBracketed() {
        if (isLeaf()) return word;
        StringBuilder sb = new StringBuilder("(").append(label);
        for (ParseNode c : children) sb.append(' ').append(c.toBracketed());
        return sb.append(')').toString();
    }
}
