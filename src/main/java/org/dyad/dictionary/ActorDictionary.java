package org.dyad.dictionary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A PETRARCH/TABARI actor dictionary. File format, one record per actor:
 * <pre>
 * PRIMARY_NAME  [CODE]          # code optional on this line
 * +SYNONYM_NAME                 # shares the primary's codes
 * 	[CODE &lt;DATE]               # indented date-restricted codes, several per line allowed
 * 	[CODE DATE-DATE]
 * 	[CODE &gt;DATE]
 * </pre>
 * Names join words with {@code _} (consecutive) or a blank (other words may intervene).
 * A code such as {@code ELR/GAL} names a compound of several actors. Code resolution follows
 * PETRARCH-1: date-restricted codes first, in file order, bounds inclusive; the unrestricted
 * code only when none applies. Immutable and thread-safe after {@link #read}.
 */
public final class ActorDictionary {

    /** One name of an actor and the code list it shares with its synonyms. */
    private record Entry(PhrasePattern pattern, List<DatedCode> codes, int order) {
    }

    private final Map<String, List<Entry>> byFirstWord;
    private final int size;

    private ActorDictionary(Map<String, List<Entry>> byFirstWord, int size) {
        this.byFirstWord = byFirstWord;
        this.size = size;
    }

    /** Reads and merges actor files, in order. Malformed code lines are skipped. */
    public static ActorDictionary read(Path... files) {
        return read(Arrays.asList(files));
    }

    public static ActorDictionary read(List<Path> files) {
        List<Entry> entries = new ArrayList<>();
        for (Path f : files) parse(DictionaryLines.read(f), entries);
        return build(entries);
    }

    /** Reads actor records from lines already in memory (tests, small fixtures). */
    public static ActorDictionary fromLines(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        parse(DictionaryLines.clean(lines), entries);
        return build(entries);
    }

    private static ActorDictionary build(List<Entry> entries) {
        Map<String, List<Entry>> map = new HashMap<>();
        for (Entry e : entries) {
            // a name of underscores alone ("__") has no word to match: found by fuzzing, skipped
            if (e.pattern.size() == 0) continue;
            map.computeIfAbsent(e.pattern.first(), k -> new ArrayList<>()).add(e);
        }
        // longest phrase first, file order among equals, so the first hit is the longest match
        Comparator<Entry> cmp = Comparator.<Entry>comparingInt(e -> -e.pattern.size()).thenComparingInt(Entry::order);
        for (List<Entry> l : map.values()) l.sort(cmp);
        map.replaceAll((k, v) -> List.copyOf(v));
        return new ActorDictionary(map, entries.size());
    }

    private static void parse(List<String> lines, List<Entry> out) {
        List<DatedCode> current = null;
        for (String line : lines) {
            if (line.contains("---STOP---")) break;
            String t = line.trim();
            if (t.startsWith("[")) {
                if (current != null) addCodes(t, current);
            } else if (t.startsWith("+")) {
                if (current == null) continue;
                String name = namePart(t.substring(1));
                if (!name.isEmpty()) out.add(new Entry(PhrasePattern.parse(name), current, out.size()));
            } else if (t.startsWith("&")) {
                current = null; // PETRARCH-2 synset-like blocks are not actors
            } else {
                current = new ArrayList<>();
                String name = namePart(t);
                int br = t.indexOf('[');
                if (br >= 0) addCodes(t.substring(br), current);
                if (!name.isEmpty()) out.add(new Entry(PhrasePattern.parse(name), current, out.size()));
            }
        }
    }

    private static String namePart(String t) {
        int br = t.indexOf('[');
        String name = br >= 0 ? t.substring(0, br) : t;
        int semi = name.indexOf(';'); // TABARI comment delimiter
        if (semi >= 0) name = name.substring(0, semi);
        return name.trim();
    }

    private static void addCodes(String text, List<DatedCode> codes) {
        for (String g : DictionaryLines.bracketGroups(text)) {
            try {
                codes.add(DatedCode.parse(g));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                // PETRARCH skips a malformed restriction line; so do we
            }
        }
    }

    /** Number of names (primary names and synonyms). */
    public int size() {
        return size;
    }

    /**
     * The longest actor name starting at {@code start} in {@code upperCaseWords}, with its code
     * for {@code date} (null date: the unrestricted code, else the first one).
     */
    public Optional<ActorMatch> match(List<String> upperCaseWords, int start, LocalDate date) {
        if (start < 0 || start >= upperCaseWords.size()) return Optional.empty();
        List<Entry> cands = byFirstWord.get(upperCaseWords.get(start));
        if (cands == null) return Optional.empty();
        for (Entry e : cands) {
            int end = e.pattern.matchAt(upperCaseWords, start);
            if (end > 0) return Optional.of(new ActorMatch(resolve(e.codes, date), start, end, e.pattern.toString()));
        }
        return Optional.empty();
    }

    /**
     * The code an actor last held before {@code date}, when every code it has is date-restricted and all of
     * them ended before that day (a past office holder: "President Richard Nixon" in a 2025 article); else
     * empty. {@link #match} gives no code for such an actor, as PETRARCH-1 does.
     */
    public Optional<ActorMatch> lastHeldBefore(List<String> upperCaseWords, int start, LocalDate date) {
        if (date == null || start < 0 || start >= upperCaseWords.size()) return Optional.empty();
        List<Entry> cands = byFirstWord.get(upperCaseWords.get(start));
        if (cands == null) return Optional.empty();
        for (Entry e : cands) {
            int end = e.pattern.matchAt(upperCaseWords, start);
            if (end <= 0) continue;
            DatedCode last = null;
            for (DatedCode c : e.codes) {
                if (!c.restricted() || c.to() == null || !c.to().isBefore(date)) return Optional.empty();
                if (last == null || c.to().isAfter(last.to())) last = c;
            }
            return last == null ? Optional.empty() : Optional.of(new ActorMatch(last.code(), start, end, e.pattern.toString()));
        }
        return Optional.empty();
    }

    /** The first actor found scanning {@code upperCaseWords} left to right. */
    public Optional<ActorMatch> find(List<String> upperCaseWords, LocalDate date) {
        for (int i = 0; i < upperCaseWords.size(); i++) {
            Optional<ActorMatch> m = match(upperCaseWords, i, date);
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    /** The code of the actor whose name is exactly {@code phrase} (case-insensitive). */
    public Optional<String> codeFor(String phrase, LocalDate date) {
        List<String> words = Arrays.asList(phrase.trim().toUpperCase(Locale.ROOT).split("[\\s_]+"));
        List<Entry> cands = byFirstWord.get(words.get(0));
        if (cands == null) return Optional.empty();
        for (Entry e : cands) {
            if (e.pattern.size() == words.size() && e.pattern.words().equals(words))
                return Optional.of(resolve(e.codes, date));
        }
        return Optional.empty();
    }

    static String resolve(List<DatedCode> codes, LocalDate date) {
        if (date != null) {
            for (DatedCode c : codes) if (c.restricted() && c.appliesOn(date)) return c.code();
        }
        String fallback = null;
        for (DatedCode c : codes) if (!c.restricted()) fallback = c.code(); // PETRARCH-1 keeps the last
        if (fallback == null && date == null && !codes.isEmpty()) fallback = codes.get(0).code();
        return fallback == null ? "---" : fallback;
    }
}
