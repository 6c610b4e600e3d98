package org.dyad.events.pattern;

import java.util.ArrayList;
import java.util.List;
import org.dyad.article.ParseNode;

/**
 * Reads a Penn Treebank bracketed tree ({@code (ROOT (S (NP (NNP Arnor)) ...))}, any
 * whitespace) into {@link ParseNode}s whose leaves carry their 0-based token index. An
 * unlabelled outer bracket ({@code ( (S ...))}) becomes {@code ROOT}.
 */
public final class TreebankReader {

    /** Thrown for unbalanced or otherwise unreadable bracketing. */
    public static final class MalformedTreeException extends Exception {
        public MalformedTreeException(String message) {
            super(message);
        }
    }

    private final String s;
    private int pos;
    private int tokens;

    private TreebankReader(String s) {
        this.s = s;
    }

    public static ParseNode read(String bracketed) throws MalformedTreeException {
        if (bracketed == null) throw new MalformedTreeException("no tree");
        int depth = 0;
        for (int i = 0; i < bracketed.length(); i++) {
            char c = bracketed.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) throw new MalformedTreeException("unbalanced: extra ')' at " + i);
        }
        if (depth != 0) throw new MalformedTreeException("unbalanced: " + depth + " unclosed '('");
        TreebankReader r = new TreebankReader(bracketed);
        r.skipSpace();
        if (r.pos >= r.s.length() || r.s.charAt(r.pos) != '(') throw new MalformedTreeException("tree must start with '('");
        ParseNode root = r.node();
        r.skipSpace();
        if (r.pos < r.s.length()) throw new MalformedTreeException("text after the tree at " + r.pos);
        if (root.label().isEmpty()) root = ParseNode.node("ROOT", root.children());
        return root;
    }

    private ParseNode node() throws MalformedTreeException {
        pos++; // '('
        skipSpace();
        String label = pos < s.length() && s.charAt(pos) != '(' ? atom() : "";
        List<ParseNode> children = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= s.length()) throw new MalformedTreeException("unexpected end of tree");
            char c = s.charAt(pos);
            if (c == ')') {
                pos++;
                break;
            }
            if (c == '(') children.add(node());
            else children.add(ParseNode.leaf(atom(), tokens++));
        }
        if (children.isEmpty()) throw new MalformedTreeException("empty node " + label);
        return ParseNode.node(label, children);
    }

    private String atom() {
        int start = pos;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '(' || c == ')' || Character.isWhitespace(c)) break;
            pos++;
        }
        return s.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
    }
}
