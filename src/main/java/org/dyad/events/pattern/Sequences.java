package org.dyad.events.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds the word sequences around a verb that its patterns are matched against. */
final class Sequences {
    private static final Set<String> NEGATIONS = Set.of("NOT", "N'T", "NEVER", "NO", "NEITHER", "NOR");

    private Sequences() {
    }

    /** Words before {@code from} (inclusive), nearest first, back to the start or a comma. */
    static List<Tok> upper(List<Item> items, int from) {
        List<Tok> out = new ArrayList<>();
        for (int i = from; i >= 1; i--) {
            Item it = items.get(i);
            if (it.kind == Item.Kind.CLOSE && it.label.equals(",")) break;
            if (it.kind == Item.Kind.WORD) out.add(new Tok(it.text(), it.phrase));
        }
        return out;
    }

    /** Words from {@code from} up to (excluding) {@code to}. */
    static List<Tok> lower(List<Item> items, int from, int to) {
        List<Tok> out = new ArrayList<>();
        for (int i = from; i < to && i < items.size(); i++) {
            Item it = items.get(i);
            if (it.kind == Item.Kind.WORD) out.add(new Tok(it.text(), it.phrase));
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
