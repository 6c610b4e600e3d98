package org.dyad.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A PETRARCH agents dictionary. Format:
 * <pre>
 * !PERSON! = MAN, MEN, WOMAN, WOMEN      # substitution set
 * FOREIGN_MINISTER [~GOVFRM]             # regular plural generated (FOREIGN_MINISTERS)
 * ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   # irregular plural
 * POLICE {} [~COP]                       # no plural
 * CONGRESS!PERSON! [~LEG]                # one entry per substitution, no plural
 * HUMAN_RIGHTS_BODY [NGO~]               # code placed before the actor code
 * </pre>
 * Regular plurals follow PETRARCH: final Y becomes IES, final S takes ES, else S.
 * Immutable and thread-safe after {@link #read}.
 */
public final class AgentDictionary {

    private record Entry(PhrasePattern pattern, String code, boolean prefix, int order) {
    }

    private final Map<String, List<Entry>> byFirstWord;
    private final int size;

    private AgentDictionary(Map<String, List<Entry>> byFirstWord, int size) {
        this.byFirstWord = byFirstWord;
        this.size = size;
    }

    public static AgentDictionary read(Path... files) {
        List<Entry> entries = new ArrayList<>();
        for (Path f : files) parse(DictionaryLines.read(f), entries);
        return build(entries);
    }

    public static AgentDictionary fromLines(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        parse(DictionaryLines.clean(lines), entries);
        return build(entries);
    }

    private static AgentDictionary build(List<Entry> entries) {
        Map<String, List<Entry>> map = new HashMap<>();
        for (Entry e : entries) map.computeIfAbsent(e.pattern.first(), k -> new ArrayList<>()).add(e);
        Comparator<Entry> cmp = Comparator.<Entry>comparingInt(e -> -e.pattern.size()).thenComparingInt(Entry::order);
        for (List<Entry> l : map.values()) l.sort(cmp);
        map.replaceAll((k, v) -> List.copyOf(v));
        return new AgentDictionary(map, entries.size());
    }

    private static void parse(List<String> lines, List<Entry> out) {
        Map<String, List<String>> markers = new HashMap<>();
        for (String raw : lines) {
            String line = raw.trim();
            if (line.startsWith("!") && line.contains("=")) {
                int b = line.indexOf('!', 1);
                if (b < 0) continue;
                String marker = line.substring(1, b);
                List<String> subs = new ArrayList<>();
                for (String s : line.substring(line.indexOf('=') + 1).split(",")) {
                    if (!s.isBlank()) subs.add(s.trim().toUpperCase(Locale.ROOT));
                }
                markers.put(marker.toUpperCase(Locale.ROOT), subs);
                continue;
            }
            int br = line.indexOf('[');
            if (br < 0) continue; // PETRARCH: codes are required for agents
            String inside = line.substring(br + 1, line.indexOf(']', br) < 0 ? line.length() : line.indexOf(']', br)).trim();
            if (inside.isEmpty()) continue;
            boolean prefix = !inside.startsWith("~") && inside.endsWith("~");
            String code = inside.replace("~", "").trim().toUpperCase(Locale.ROOT);
            String head = line.substring(0, br).trim().toUpperCase(Locale.ROOT);
            if (head.isEmpty()) continue;
            int bang = head.indexOf('!');
            if (bang >= 0) {
                int bang2 = head.indexOf('!', bang + 1);
                if (bang2 < 0) continue;
                List<String> subs = markers.get(head.substring(bang + 1, bang2));
                if (subs == null) continue;
                for (String s : subs) add(out, head.substring(0, bang) + s + head.substring(bang2 + 1), code, prefix);
                continue;
            }
            String plural;
            int brace = head.indexOf('{');
            if (brace >= 0) {
                int close = head.indexOf('}', brace);
                if (close < 0) continue;
                plural = head.substring(brace + 1, close).trim();
                head = head.substring(0, brace).trim();
            } else {
                plural = regularPlural(head);
            }
            add(out, head, code, prefix);
            if (!plural.isEmpty()) add(out, plural, code, prefix);
        }
    }

    private static void add(List<Entry> out, String phrase, String code, boolean prefix) {
        PhrasePattern p = PhrasePattern.parse(phrase);
        if (p.size() > 0) out.add(new Entry(p, code, prefix, out.size()));
    }

    static String regularPlural(String phrase) {
        String p = phrase.endsWith("_") ? phrase.substring(0, phrase.length() - 1) : phrase;
        if (p.endsWith("Y")) return p.substring(0, p.length() - 1) + "IES";
        if (p.endsWith("S")) return p + "ES";
        return p + "S";
    }

    public int size() {
        return size;
    }

    /** The longest agent phrase starting at {@code start} in {@code upperCaseWords}. */
    public Optional<AgentMatch> match(List<String> upperCaseWords, int start) {
        if (start < 0 || start >= upperCaseWords.size()) return Optional.empty();
        List<Entry> cands = byFirstWord.get(upperCaseWords.get(start));
        if (cands == null) return Optional.empty();
        for (Entry e : cands) {
            int end = e.pattern.matchAt(upperCaseWords, start);
            if (end > 0) return Optional.of(new AgentMatch(e.code, e.prefix, start, end, e.pattern.toString()));
        }
        return Optional.empty();
    }

    /** The agent code of exactly {@code phrase} ({@code "ministers"} gives {@code GOV}). */
    public Optional<AgentMatch> codeFor(String phrase) {
        List<String> words = Arrays.asList(phrase.trim().toUpperCase(Locale.ROOT).split("[\\s_]+"));
        return match(words, 0).filter(m -> m.end() == words.size());
    }
}
