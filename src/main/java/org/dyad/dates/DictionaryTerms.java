package org.dyad.dates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dyad.article.DateRange;
import org.dyad.dictionary.DatedCode;

/**
 * When people were in government, as the Phoenix/CAMEO actor dictionary records it: a person's record
 * with date-restricted government codes ({@code [JPNGOV 060926-070926]}, {@code [USAGOVMIL >20150217]})
 * gives the stretches in which a title before the name ("Foreign Minister NAME") can be current. This is
 * a broad, third-party source of terms for thousands of ministers and heads of state worldwide, reaching
 * back decades before Dyad's own office files (which cover terms since 2015); it does not say which
 * office, only that one was held, so its clues are weaker than the office files' ({@link DictionaryClues}).
 * Immutable.
 */
public final class DictionaryTerms {
    /** The actor file with dated government codes of people (the other Phoenix files have almost none). */
    public static final String FILE = "Phoenix.Countries.actors.txt";

    /**
     * One person.
     *
     * @param name  the record's primary name, as the dictionary writes it ("SHINZO_ABE_")
     * @param names every spelling: folded words ("SHINZO", "ABE"), primary name and synonyms of two words or more
     * @param terms stretches in government, open ends closed at {@link ClueCombiner#FLOOR} or far in the future
     */
    record Holder(String name, List<List<String>> names, List<DateRange> terms) {
    }

    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    private final Map<String, List<Holder>> byFirstWord;
    private final int size;

    private DictionaryTerms(List<Holder> holders) {
        Map<String, List<Holder>> map = new HashMap<>();
        for (Holder h : holders)
            for (List<String> n : h.names()) {
                List<Holder> l = map.computeIfAbsent(n.get(0), k -> new ArrayList<>());
                if (!l.contains(h)) l.add(h);
            }
        this.byFirstWord = map;
        this.size = holders.size();
    }

    /** No dictionary: only Dyad's own office files date people. */
    public static DictionaryTerms none() {
        return new DictionaryTerms(List.of());
    }

    /** Reads {@link #FILE} from the folder of the Phoenix dictionaries; a missing file gives {@link #none()}. */
    public static DictionaryTerms load(Path phoenixDir) {
        Path f = phoenixDir.resolve(FILE);
        if (!Files.isReadable(f)) return none();
        try {
            return fromLines(Files.readAllLines(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses actor records: a name line, {@code +} synonym lines and indented {@code [CODE range]} lines;
     * {@code #} starts a comment. Malformed codes are skipped, as PETRARCH skips them.
     */
    public static DictionaryTerms fromLines(List<String> lines) {
        List<Holder> out = new ArrayList<>();
        String name = null;
        List<List<String>> names = new ArrayList<>();
        List<DateRange> terms = new ArrayList<>();
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = hash >= 0 ? raw.substring(0, hash) : raw;
            String t = line.trim();
            if (t.isEmpty()) continue;
            if (t.contains("---STOP---")) break;
            boolean codeLine = t.startsWith("[");
            if (!codeLine && !t.startsWith("+")) {
                if (name != null && !terms.isEmpty() && !names.isEmpty())
                    out.add(new Holder(name, List.copyOf(names), List.copyOf(terms)));
                name = beforeBracket(t);
                names = new ArrayList<>();
                terms = new ArrayList<>();
                addName(name, names);
            } else if (!codeLine) {
                if (name != null) addName(beforeBracket(t.substring(1)), names);
            }
            int br = t.indexOf('[');
            if (br < 0 || name == null) continue;
            for (String g : t.substring(br).split("\\]")) {
                int open = g.indexOf('[');
                if (open < 0) continue;
                DatedCode c;
                try {
                    c = DatedCode.parse(g.substring(open + 1));
                } catch (RuntimeException e) {
                    continue;
                }
                if (!c.restricted()) continue;
                if (c.code().length() < 6 || !c.code().startsWith("GOV", 3)) continue;
                terms.add(new DateRange(c.from() == null ? ClueCombiner.FLOOR : c.from(), c.to() == null ? OPEN_END : c.to()));
            }
        }
        if (name != null && !terms.isEmpty() && !names.isEmpty()) out.add(new Holder(name, List.copyOf(names), List.copyOf(terms)));
        return new DictionaryTerms(withoutCommonNames(out));
    }

    /** A name word this many of the dictionary's people share is common ("ALI", "FERNANDEZ", "SMITH"). */
    static final int COMMON_WORD = 15;

    /**
     * The people without the names made only of common words ("Jorge Rodriguez", "Abdul Ali"): in an article
     * such a name is as likely another person of it, whom the dictionary does not know, as the one it dates.
     */
    private static List<Holder> withoutCommonNames(List<Holder> holders) {
        Map<String, Integer> people = new HashMap<>();
        for (Holder h : holders) {
            java.util.Set<String> words = new java.util.HashSet<>();
            for (List<String> n : h.names()) words.addAll(n);
            for (String w : words) people.merge(w, 1, Integer::sum);
        }
        List<Holder> out = new ArrayList<>();
        for (Holder h : holders) {
            List<List<String>> kept = new ArrayList<>();
            for (List<String> n : h.names())
                if (n.stream().anyMatch(w -> people.get(w) < COMMON_WORD)) kept.add(n);
            if (!kept.isEmpty()) out.add(new Holder(h.name(), List.copyOf(kept), h.terms()));
        }
        return out;
    }

    private static String beforeBracket(String t) {
        int br = t.indexOf('[');
        return (br >= 0 ? t.substring(0, br) : t).trim();
    }

    /** A person's name of two words or more ("SHINZO_ABE_"); a single word may be a place or a common noun. */
    private static void addName(String name, List<List<String>> names) {
        List<String> words = new ArrayList<>();
        for (String w : name.split("[_\\s]+")) if (!w.isEmpty()) words.add(fold(w));
        if (words.size() >= 2 && !names.contains(words)) names.add(List.copyOf(words));
    }

    /** A word as the dictionary and the text are compared: upper case, no accents, no doubled letters. */
    static String fold(String w) {
        return NameSpellings.folded(w).toUpperCase(Locale.ROOT);
    }

    /** The people whose spellings start with this folded word. */
    List<Holder> startingWith(String foldedWord) {
        return byFirstWord.getOrDefault(foldedWord, List.of());
    }

    public int size() {
        return size;
    }

    @Override
    public String toString() {
        return "DictionaryTerms[" + size + " people]";
    }
}
