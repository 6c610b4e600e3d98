package org.dyad.events.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.article.ParseNode;

/**
 * Turns a constituency tree into the flat item list the pattern coder walks, following the
 * PETRARCH-1 conventions the dictionaries were written for:
 * <ul>
 * <li>a noun phrase with no noun phrase inside becomes one NE (actor candidate);</li>
 * <li>{@code X 's Y} noun phrases become one NE without the possessive;</li>
 * <li>{@code (NP (NP ...) (PP IN (NP ...)))} becomes one NE when it has a single level of
 *     prepositional phrase;</li>
 * <li>a noun phrase coordinated with CC over at least three nominal nodes becomes a compound
 *     (NEC) of one NE per conjunct, leading adjectives shared;</li>
 * <li>relative clauses inside noun phrases are flattened to words (not coded);</li>
 * <li>CoreNLP {@code NML} nodes are spliced into their parent noun phrase.</li>
 * </ul>
 */
final class ClauseLinearizer {

    /** The sentence begins with a dateline ({@code CEBU CITY: -- ...}) and is not coded. */
    static final class DatelineException extends Exception {
        DatelineException() {
            super("dateline");
        }
    }

    private static final class Node {
        String label;
        final List<Node> children = new ArrayList<>();
        Node parent;
        Word word;

        boolean leaf() {
            return word != null;
        }

        boolean preterminal() {
            return children.size() == 1 && children.get(0).leaf();
        }
    }

    private int compounds;

    private ClauseLinearizer() {
    }

    /** Returns the items, the first being the ROOT bracket. */
    static List<Item> linearize(ParseNode tree) throws DatelineException {
        Node root = convert(tree, null);
        root.label = "ROOT";
        markCompounds(root);
        flattenRelativeClauses(root, false);
        ClauseLinearizer l = new ClauseLinearizer();
        List<Item> out = new ArrayList<>();
        out.add(Item.open("ROOT"));
        for (Node c : root.children) l.emit(c, out);
        out.add(Item.close("ROOT"));
        if (out.size() > 1 && out.get(1).kind == Item.Kind.NE_OPEN && out.get(1).phrase.hasCompound())
            throw new DatelineException();
        return out;
    }

    private static Node convert(ParseNode p, Node parent) {
        Node n = new Node();
        n.parent = parent;
        if (p.isLeaf()) {
            n.word = new Word(p.word().toUpperCase(Locale.ROOT), p.tokenIndex());
            n.label = n.word.text();
            return n;
        }
        n.label = p.label();
        for (ParseNode c : p.children()) {
            Node k = convert(c, n);
            // CoreNLP 4 wraps nominal modifiers in NML; the dictionaries expect them inline
            if (!k.leaf() && (k.label.equals("NML") || k.label.equals("NX"))) {
                for (Node g : k.children) {
                    g.parent = n;
                    n.children.add(g);
                }
            } else {
                n.children.add(k);
            }
        }
        joinHyphens(n);
        return n;
    }

    /**
     * CoreNLP 4 splits hyphenated words ({@code (NN F) (HYPH -) (NNS 16s)}) while the
     * dictionaries hold them whole ({@code F-16S}, {@code BARAD-DUR}): rejoin such triples.
     */
    private static void joinHyphens(Node n) {
        for (int i = 1; i + 1 < n.children.size(); i++) {
            Node h = n.children.get(i);
            if (h.leaf() || !h.label.equals("HYPH") || !h.preterminal() || !h.children.get(0).word.text().equals("-")) continue;
            Node a = n.children.get(i - 1);
            Node b = n.children.get(i + 1);
            if (a.leaf() || b.leaf() || !a.preterminal() || !b.preterminal()) continue;
            Word wa = a.children.get(0).word;
            Word wb = b.children.get(0).word;
            Node leaf = b.children.get(0);
            leaf.word = new Word(wa.text() + "-" + wb.text(), wa.token(), wb.lastToken());
            leaf.label = leaf.word.text();
            n.children.remove(i);
            n.children.remove(i - 1);
            i--;
        }
    }

    // ---------- compounds ----------

    private static void markCompounds(Node root) {
        List<Node> ccs = new ArrayList<>();
        collect(root, ccs, n -> !n.leaf() && n.label.startsWith("CC") && n.preterminal());
        for (Node cc : ccs) {
            Node p = cc.parent;
            if (p == null) continue;
            if (any(p, n -> !n.leaf() && (n.label.startsWith("VP") || n.label.startsWith("S")))) continue;
            if (count(p, n -> !n.leaf() && n.label.startsWith("CC")) > 1) continue;
            if (p.label.startsWith("NP") && count(p, n -> !n.leaf() && n.label.startsWith("N")) >= 3) p.label = "NEC";
        }
    }

    private static void flattenRelativeClauses(Node n, boolean inNp) {
        if (n.leaf()) return;
        for (int i = 0; i < n.children.size(); i++) {
            Node c = n.children.get(i);
            if (inNp && !c.leaf() && c.label.equals("SBAR")) {
                Node sbr = new Node();
                sbr.label = "SBR";
                sbr.parent = n;
                List<Word> ws = new ArrayList<>();
                words(c, ws);
                for (Word w : ws) {
                    Node leaf = new Node();
                    leaf.word = w;
                    leaf.label = w.text();
                    leaf.parent = sbr;
                    sbr.children.add(leaf);
                }
                n.children.set(i, sbr);
            } else {
                flattenRelativeClauses(c, inNp || n.label.equals("NP"));
            }
        }
    }

    // ---------- emission ----------

    private void emit(Node n, List<Item> out) {
        if (n.leaf()) {
            out.add(Item.word(n.word, null));
            return;
        }
        if (n.label.equals("NP")) {
            NounPhrase ne = null;
            if (anyBelow(n, c -> c.label.equals("POS"))) {
                ne = phrase(n, true);
            } else if (anyBelow(n, c -> c.label.equals("PP"))) {
                ne = prepositional(n);
            } else if (!anyBelow(n, c -> c.label.equals("NP") || c.label.equals("NEC"))) {
                ne = phrase(n, false);
            }
            if (ne != null) {
                emitPhrase(ne, out);
                return;
            }
        }
        if (n.label.equals("NEC")) {
            emitCompound(n, out);
            return;
        }
        out.add(Item.open(n.label));
        for (Node c : n.children) emit(c, out);
        out.add(Item.close(n.label));
    }

    private static void emitPhrase(NounPhrase ne, List<Item> out) {
        out.add(Item.neOpen(ne));
        for (Word w : ne.words) out.add(Item.word(w, ne));
        out.add(Item.neClose(ne));
    }

    /** All words of {@code n} except possessive markers; a nested compound is kept apart. */
    private static NounPhrase phrase(Node n, boolean dropPossessive) {
        NounPhrase ne = new NounPhrase();
        addWords(n, ne, dropPossessive);
        return ne;
    }

    private static void addWords(Node n, NounPhrase ne, boolean dropPossessive) {
        if (n.leaf()) {
            ne.add(n.word);
            return;
        }
        if (dropPossessive && n.label.equals("POS")) return;
        if (n.label.equals("NEC")) {
            List<List<Word>> conjuncts = new ArrayList<>();
            for (Node c : n.children) {
                if (!c.leaf() && c.label.startsWith("N")) {
                    List<Word> ws = new ArrayList<>();
                    words(c, ws);
                    conjuncts.add(ws);
                }
            }
            List<Word> all = new ArrayList<>();
            words(n, all);
            ne.addCoordination(conjuncts, all);
            return;
        }
        for (Node c : n.children) addWords(c, ne, dropPossessive);
    }

    /** PETRARCH's "process_preposition": one NE for {@code (NP (NP x) (PP (IN p) (NP y)))}. */
    private static NounPhrase prepositional(Node np) {
        Node pp = first(np, c -> c != np && c.label.equals("PP"));
        if (pp == null || pp.parent == null) return null;
        Node e = pp.parent;
        if (!e.label.equals("NP") || e.children.isEmpty()) return null;
        Node head = e.children.get(0);
        if (!head.label.equals("NP") && !head.label.equals("NEC")) return null;
        List<Node> after = new ArrayList<>();
        boolean seen = false;
        for (Node c : preorder(e)) {
            if (c == head) seen = true;
            else if (seen && !isWithin(c, head)) after.add(c);
        }
        Node in = null;
        int k = 0;
        for (; k < after.size(); k++) {
            if (after.get(k).label.equals("IN") && after.get(k).preterminal()) {
                in = after.get(k);
                break;
            }
        }
        if (in == null) return null;
        Node obj = null;
        for (int j = k + 1; j < after.size(); j++) {
            Node c = after.get(j);
            if (!c.leaf() && (c.label.equals("NP") || c.label.equals("NEC"))) {
                obj = c;
                break;
            }
        }
        if (obj == null || anyBelow(obj, c -> c.label.equals("PP"))) return null;
        NounPhrase ne = new NounPhrase();
        addWords(head, ne, false);
        ne.add(in.children.get(0).word);
        addWords(obj, ne, false);
        return ne;
    }

    private void emitCompound(Node nec, List<Item> out) {
        int id = compounds++;
        List<Word> adjectives = new ArrayList<>();
        for (Node c : preorder(nec)) {
            if (c == nec || c.leaf()) continue;
            if (c.label.startsWith("NP") || c.label.startsWith("NN")) break;
            if (c.label.startsWith("JJ")) words(c, adjectives);
        }
        out.add(Item.necOpen(id));
        elements(nec, adjectives, out, id);
        out.add(Item.necClose(id));
    }

    private static void elements(Node n, List<Word> adjectives, List<Item> out, int id) {
        for (Node c : n.children) {
            if (c.leaf()) continue;
            if (c.label.startsWith("NN") && c.preterminal()) {
                NounPhrase ne = new NounPhrase();
                for (Word a : adjectives) ne.add(a);
                ne.add(c.children.get(0).word);
                ne.compoundId = id;
                emitPhrase(ne, out);
            } else if (c.label.startsWith("NP") || c.label.startsWith("NN") || c.label.equals("NEC")) {
                NounPhrase ne = phrase(c, true);
                ne.compoundId = id;
                emitPhrase(ne, out);
            } else {
                elements(c, adjectives, out, id);
            }
        }
    }

    // ---------- tree helpers ----------

    private interface Test {
        boolean test(Node n);
    }

    private static void collect(Node n, List<Node> out, Test t) {
        if (t.test(n)) out.add(n);
        for (Node c : n.children) collect(c, out, t);
    }

    private static List<Node> preorder(Node n) {
        List<Node> out = new ArrayList<>();
        collect(n, out, x -> true);
        return out;
    }

    private static boolean any(Node n, Test t) {
        if (t.test(n)) return true;
        for (Node c : n.children) if (any(c, t)) return true;
        return false;
    }

    private static boolean any(List<Node> nodes, Test t) {
        for (Node c : nodes) if (!c.leaf() && t.test(c)) return true;
        return false;
    }

    private static boolean anyBelow(Node n, Test t) {
        for (Node c : n.children) if (!c.leaf() && any(c, x -> !x.leaf() && t.test(x))) return true;
        return false;
    }

    private static Node first(Node n, Test t) {
        for (Node c : preorder(n)) if (!c.leaf() && t.test(c)) return c;
        return null;
    }

    private static int count(Node n, Test t) {
        List<Node> out = new ArrayList<>();
        collect(n, out, t);
        return out.size();
    }

    private static boolean isWithin(Node c, Node ancestor) {
        for (Node x = c; x != null; x = x.parent) if (x == ancestor) return true;
        return false;
    }

    private static void words(Node n, List<Word> out) {
        if (n.leaf()) {
            out.add(n.word);
            return;
        }
        for (Node c : n.children) words(c, out);
    }
}
