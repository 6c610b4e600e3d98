package org.dyad.events.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds the word sequences around a verb that its patterns are matched against. */
final class Sequences {
    private static final Set<String> NEGATIONS = Set.of("NOT", "N'T", "NEVER", "NO", "NEITHER", "NOR");

    private Sequences() {
    }

    /**
     * Words before {@code from} (inclusive), nearest first, back to the start or a comma.
     * Verb phrases that end before the verb are skipped: in "X condemned Y and promised Z"
     * the words of the first predicate are not candidates for the second one.
     */
    static List<Tok> upper(List<Item> items, int from) {
        List<Tok> out = new ArrayList<>();
        for (int i = from; i >= 1; i--) {
            Item it = items.get(i);
            if (it.kind == Item.Kind.CLOSE && it.label.equals(",")) break;
            if (it.kind == Item.Kind.CLOSE && it.label.equals("VP")) {
                int open = matchingOpen(items, i);
                if (open > 0 && "VP".equals(parentLabel(items, open))) {
                    i = open;
                    continue;
                }
            }
            if (it.kind == Item.Kind.WORD) out.add(new Tok(it.text(), it.phrase, i));
        }
        return out;
    }

    /** Label of the phrase enclosing the phrase that opens at {@code open}. */
    static String parentLabel(List<Item> items, int open) {
        int depth = 0;
        for (int j = open - 1; j >= 0; j--) {
            Item it = items.get(j);
            if (it.closes()) depth++;
            else if (it.opens() && depth-- == 0) return it.label;
        }
        return null;
    }

    static int matchingOpen(List<Item> items, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            Item it = items.get(i);
            if (it.closes()) depth++;
            else if (it.opens() && --depth == 0) return i;
        }
        return -1;
    }

    /**
     * The outermost noun phrase around item {@code index} that ends before the verb at
     * {@code verbIndex}, or -1: the whole subject "A Pakistani woman believed linked to
     * Al-Qaeda ..." rather than the phrase nearest the verb.
     */
    static int outermostNounPhrase(List<Item> items, int index, int verbIndex) {
        int depth = 0;
        int best = -1;
        for (int j = index - 1; j >= 1; j--) {
            Item it = items.get(j);
            if (it.closes()) {
                depth++;
            } else if (it.opens()) {
                if (depth > 0) {
                    depth--;
                } else {
                    if (CommaClauses.matchingClose(items, j) > verbIndex) break;
                    if (it.kind == Item.Kind.OPEN && it.label.equals("NP")) best = j;
                }
            }
        }
        return best;
    }

    /** Words from {@code from} up to (excluding) {@code to}. */
    static List<Tok> lower(List<Item> items, int from, int to) {
        List<Tok> out = new ArrayList<>();
        for (int i = from; i < to && i < items.size(); i++) {
            Item it = items.get(i);
            if (it.kind == Item.Kind.WORD) out.add(new Tok(it.text(), it.phrase, i));
        }
        return out;
    }

    /** The next word item from {@code i} in direction {@code step}, skipping filler words. */
    static int nextWord(List<Item> items, int i, int step) {
        for (int q = i; q >= 0 && q < items.size(); q += step) {
            Item it = items.get(q);
            if (it.kind == Item.Kind.WORD && !VerbMatcher.filler(it.text())) return q;
        }
        return -1;
    }

    /** Whether a negation word stands between the verb and its source phrase. */
    static boolean negated(List<Tok> upper, NounPhrase source) {
        for (Tok t : upper) {
            if (t.phrase() != null && (t.phrase() == source || t.phrase().code != null && !t.phrase().code.equals("---"))) break;
            if (NEGATIONS.contains(t.word())) return true;
        }
        return false;
    }
}
