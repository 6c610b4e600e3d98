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
    List<Word> pre;
    List<List<Word>> compound;
    List<Word> post;
    String code = "---";
    /** the compound (NEC) this phrase belongs to, or -1 */
    int compoundId = -1;

    boolean hasCompound() {
        return compound != null;
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
        for (Word w : words) e = Math.max(e, w.token());
        return e < 0 ? -1 : e + 1;
    }

    String text() {
        return String.join(" ", texts());
    }
}
