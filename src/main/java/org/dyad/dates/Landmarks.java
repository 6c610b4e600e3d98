package org.dyad.dates;

import org.dyad.knowledge.KnowledgeFiles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Dated world events ("landmarks") and the phrases that name them, read from a tab-separated file
 * (Dyad's own is {@code org/dyad/knowledge/landmarks.tsv}; its header explains the format). A landmark named
 * with relative time ("at the G20 in Brazil earlier this week") or in the past tense bounds the day an
 * article was written. Immutable.
 */
public final class Landmarks {
    /** The bundled file, on the class path. */
    public static final String RESOURCE = "landmarks.tsv";

    /**
     * One event.
     *
     * @param from    first day
     * @param to      last day (same as {@code from} for a one-day event)
     * @param named   true when the phrase itself did not exist before the event ("Oreshnik", "COP28 ...
     *                in Dubai" once held, "the October 7 attack"), so any mention means it already happened
     * @param ongoing true for a thing that began then and lasts (COVID-19, King Charles III, AUKUS): a
     *                mention means only that the article is after {@code from}, whatever its tense or the
     *                relative time next to it ("hit by COVID-19 last year" is not about 2020)
     * @param label   short name for evidence
     * @param phrases case-insensitive patterns, matched at word boundaries
     */
    record Landmark(LocalDate from, LocalDate to, boolean named, boolean ongoing, String label, Pattern phrases) {
    }

    private final List<Landmark> entries;

    private Landmarks(List<Landmark> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The landmarks bundled with Dyad. */
    public static Landmarks bundled() {
        try (Reader r = new java.io.StringReader(String.join("\n", KnowledgeFiles.rawLines(RESOURCE)))) {
            return read(r, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No landmarks: content clues only. */
    public static Landmarks none() {
        return new Landmarks(List.of());
    }

    /**
     * Reads a landmark file: lines {@code from<TAB>to<TAB>flags<TAB>label<TAB>phrases}; {@code #} starts a
     * comment line. A malformed line fails with its line number.
     */
    public static Landmarks read(Reader reader, String name) throws IOException {
        List<Landmark> out = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length != 5) throw new IllegalArgumentException(name + ":" + n + ": expected 5 tab-separated fields, got " + f.length);
            try {
                LocalDate from = LocalDate.parse(f[0].trim());
                LocalDate to = f[1].trim().isEmpty() || f[1].trim().equals("-") ? from : LocalDate.parse(f[1].trim());
                if (to.isBefore(from)) throw new IllegalArgumentException(name + ":" + n + ": ends before it starts");
                boolean ongoing = f[2].contains("ongoing"), named = ongoing || f[2].contains("named");
                Pattern p = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + f[4].trim() + ")(?![\\p{L}\\p{N}])");
                out.add(new Landmark(from, to, named, ongoing, f[3].trim(), p));
            } catch (DateTimeParseException | PatternSyntaxException e) {
                throw new IllegalArgumentException(name + ":" + n + ": " + e.getMessage(), e);
            }
        }
        return new Landmarks(out);
    }

    List<Landmark> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    @Override
    public String toString() {
        return "Landmarks[" + entries.size() + "]";
    }

    static Landmarks of(List<Landmark> entries) {
        return new Landmarks(Objects.requireNonNull(entries));
    }
}
