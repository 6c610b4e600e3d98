package org.dyad.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dictionary phrase such as {@code HAMAS_MILITARY_COMMAND} or {@code HAMAS WING}: words
 * joined by {@code _} must be consecutive in the text, words joined by a blank may have other
 * words between them (PETRARCH semantics). A final {@code _} only closes the phrase.
 */
public record PhrasePattern(List<String> words, List<Boolean> consecutiveAfter) {

    public PhrasePattern {
        words = List.copyOf(words);
        consecutiveAfter = List.copyOf(consecutiveAfter);
    }

    /** Parses dictionary text ({@code PRIME_MINISTER}, {@code HAMAS WING}); upper-cases it. */
    public static PhrasePattern parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        List<Boolean> consecutive = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '_' || Character.isWhitespace(c)) {
                if (cur.length() > 0) {
                    words.add(cur.toString());
                    consecutive.add(c == '_');
                    cur.setLength(0);
                } else if (c == '_' && !consecutive.isEmpty()) {
                    consecutive.set(consecutive.size() - 1, true);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            words.add(cur.toString());
            consecutive.add(false);
        }
        return new PhrasePattern(words, consecutive);
    }

    public String first() {
        return words.get(0);
    }

    public int size() {
        return words.size();
    }

    /**
     * Matches this phrase against {@code text} with its first word at {@code start}; returns the
     * index just past the last matched word, or -1. Gaps are filled with the earliest occurrence.
     */
    public int matchAt(List<String> text, int start) {
        if (start >= text.size() || !text.get(start).equals(words.get(0))) return -1;
        int pos = start + 1;
        for (int k = 1; k < words.size(); k++) {
            String w = words.get(k);
            if (consecutiveAfter.get(k - 1)) {
                if (pos >= text.size() || !text.get(pos).equals(w)) return -1;
                pos++;
            } else {
                int found = -1;
                for (int p = pos; p < text.size(); p++) {
                    if (text.get(p).equals(w)) {
                        found = p;
                        break;
                    }
                }
                if (found < 0) return -1;
                pos = found + 1;
            }
        }
        return pos;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) sb.append(consecutiveAfter.get(i - 1) ? '_' : ' ');
            sb.append(words.get(i));
        }
        return sb.toString();
    }
}
