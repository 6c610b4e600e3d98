package org.dyad.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A PETRARCH discard list: phrases that stop coding of a sentence, or of the whole story when
 * prefixed with {@code +}. Matching is case-insensitive on whole words.
 */
public final class DiscardList {

    /** A discard phrase found in a text. */
    public record Hit(String phrase, boolean story) {
    }

    private record Entry(List<String> words, boolean story) {
    }

    private final List<Entry> entries;
    private final java.util.Map<String, List<Entry>> byFirstWord = new java.util.HashMap<>();

    private DiscardList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : this.entries) byFirstWord.computeIfAbsent(e.words.get(0), k -> new ArrayList<>()).add(e);
    }

    public static DiscardList read(Path file) {
        return parse(DictionaryLines.read(file));
    }

    public static DiscardList fromLines(List<String> lines) {
        return parse(DictionaryLines.clean(lines));
    }

    public static DiscardList empty() {
        return new DiscardList(List.of());
    }

    private static DiscardList parse(List<String> lines) {
        List<Entry> out = new ArrayList<>();
        for (String l : lines) {
            String t = l.trim().toUpperCase(Locale.ROOT);
            boolean story = t.startsWith("+");
            if (story) t = t.substring(1).trim();
            if (!t.isEmpty()) out.add(new Entry(List.of(t.split("[\\s_]+")), story));
        }
        return new DiscardList(out);
    }

    /** The first discard phrase in {@code text}, story-level ones first. */
    public Optional<Hit> find(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toUpperCase(Locale.ROOT).split("[^\\p{L}\\p{N}'&-]+")) if (!w.isEmpty()) words.add(w);
        Hit sentence = null;
        for (int i = 0; i < words.size(); i++) {
            List<Entry> cands = byFirstWord.get(words.get(i));
            if (cands == null) continue;
            for (Entry e : cands) {
                if (!startsAt(words, i, e.words)) continue;
                if (e.story) return Optional.of(new Hit(String.join(" ", e.words), true));
                if (sentence == null) sentence = new Hit(String.join(" ", e.words), false);
            }
        }
        return Optional.ofNullable(sentence);
    }

    private static boolean startsAt(List<String> words, int i, List<String> phrase) {
        if (i + phrase.size() > words.size()) return false;
        for (int k = 0; k < phrase.size(); k++) if (!words.get(i + k).equals(phrase.get(k))) return false;
        return true;
    }
}
