package org.dyad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases over folded words, matched longest first. Values are kept in insertion order so a
 * phrase listed twice (a name held by two people) keeps both.
 */
final class PhraseTable<T> {
    /** A phrase found at a position: the words it covers and every value listed for it. */
    record Match<T>(int start, int end, List<T> values) {
    }

    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();
    private int size;

    private record Entry<T>(List<String> words, List<T> values) {
    }

    void add(String phrase, T value) {
        add(Words.foldedWords(phrase), value);
    }

    void add(List<String> words, T value) {
        if (words.isEmpty()) return;
        List<Entry<T>> list = byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>());
        for (Entry<T> e : list) {
            if (e.words.equals(words)) {
                if (!e.values.contains(value)) e.values.add(value);
                return;
            }
        }
        List<T> values = new ArrayList<>();
        values.add(value);
        list.add(new Entry<>(List.copyOf(words), values));
        list.sort((a, b) -> b.words.size() - a.words.size());
        size++;
    }

    int size() {
        return size;
    }

    /** The longest phrase starting at {@code start} in the folded words, or null. */
    Match<T> longestAt(List<String> words, int start) {
        List<Entry<T>> list = byFirstWord.get(words.get(start));
        if (list == null) return null;
        for (Entry<T> e : list) {
            int n = e.words.size();
            if (start + n <= words.size() && words.subList(start, start + n).equals(e.words))
                return new Match<>(start, start + n, List.copyOf(e.values));
        }
        return null;
    }

    /** Every phrase starting at {@code start} in the folded words, longest first. */
    List<Match<T>> allAt(List<String> words, int start) {
        List<Entry<T>> list = byFirstWord.get(words.get(start));
        if (list == null) return List.of();
        List<Match<T>> out = new ArrayList<>();
        for (Entry<T> e : list) {
            int n = e.words.size();
            if (start + n <= words.size() && words.subList(start, start + n).equals(e.words))
                out.add(new Match<>(start, start + n, List.copyOf(e.values)));
        }
        return out;
    }

    /** Every value of exactly this phrase. */
    List<T> get(String phrase) {
        List<String> words = Words.foldedWords(phrase);
        if (words.isEmpty()) return List.of();
        Match<T> m = longestAt(words, 0);
        return m != null && m.end() == words.size() ? m.values() : List.of();
    }
}
