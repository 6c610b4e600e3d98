package org.dyad.events.pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * A simple noun phrase ("NE" in PETRARCH): the only unit that can carry an actor. When it
 * holds a coordination ({@code the French and German ministers}) {@link #compound} lists the
 * conjuncts and {@link #pre}/{@link #post} the shared words, to be expanded into one phrase
 * per conjunct before coding.
 */
final class NounPhrase {
    final List<Word> words = new ArrayList<>();
    /**
     * The phrase as segments: plain word runs (one alternative) and coordinations (one
     * alternative per conjunct); null when the phrase has no coordination inside.
     */
    List<List<List<Word>>> segments;
    String code = "---";
    /** the compound (NEC) this phrase belongs to, or -1 */
    int compoundId = -1;

    boolean hasCompound() {
        return segments != null;
    }

    /** Adds a word outside any coordination. */
    void add(Word w) {
        words.add(w);
        if (segments != null) {
            List<List<Word>> last = segments.get(segments.size() - 1);
            if (last.size() != 1 || coordination(last)) {
                List<List<Word>> plain = new ArrayList<>();
                plain.add(new ArrayList<>());
                segments.add(plain);
                last = plain;
            }
            last.get(0).add(w);
        }
    }

    private final java.util.Set<List<List<Word>>> coordinations =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private boolean coordination(List<List<Word>> seg) {
        return coordinations.contains(seg);
    }

    /** Adds a coordination, one word list per conjunct ({@code all} = every word, in order). */
    void addCoordination(List<List<Word>> conjuncts, List<Word> all) {
        if (segments == null) {
            segments = new ArrayList<>();
            List<List<Word>> plain = new ArrayList<>();
            plain.add(new ArrayList<>(words));
            segments.add(plain);
        }
        List<List<Word>> seg = new ArrayList<>(conjuncts);
        coordinations.add(seg);
        segments.add(seg);
        words.addAll(all);
    }

    /** One word list per combination of conjuncts (the cross product of coordinations). */
    List<List<Word>> expansions() {
        List<List<Word>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (List<List<Word>> seg : segments) {
            List<List<Word>> next = new ArrayList<>();
            for (List<Word> prefix : out) {
                for (List<Word> alt : seg) {
                    List<Word> x = new ArrayList<>(prefix);
                    x.addAll(alt);
                    next.add(x);
                }
            }
            out = next;
        }
        return out;
    }

    List<String> texts() {
        List<String> out = new ArrayList<>(words.size());
        for (Word w : words) out.add(w.text());
        return out;
    }

    List<Integer> tokens() {
        List<Integer> out = new ArrayList<>(words.size());
        for (Word w : words) out.add(w.token());
        return out;
    }

    int begin() {
        int b = Integer.MAX_VALUE;
        for (Word w : words) if (w.token() >= 0) b = Math.min(b, w.token());
        return b == Integer.MAX_VALUE ? -1 : b;
    }

    int end() {
        int e = -1;
        for (Word w : words) e = Math.max(e, w.lastToken());
        return e < 0 ? -1 : e + 1;
    }

    String text() {
        return String.join(" ", texts());
    }
}
