package org.dyad.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Opens knowledge files: the bundled copy on the class path, then the user's copy of the same name,
 * if any, from the knowledge folder. The folder is chosen once at start-up ({@link #useFolder},
 * called by the CLI for {@code --knowledge}), else {@code $DYAD_KNOWLEDGE}, else the
 * {@code dyad.knowledge} system property; without one, only bundled files are read.
 */
public final class KnowledgeFiles {
    public static final String ENV = "DYAD_KNOWLEDGE";
    private static final String BUNDLED = "/org/dyad/knowledge/";
    private static final String REPLACE = "#replace";

    private static volatile Path folder = defaultFolder();

    private KnowledgeFiles() {
    }

    private static Path defaultFolder() {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) return Path.of(env);
        String prop = System.getProperty("dyad.knowledge");
        return prop != null && !prop.isBlank() ? Path.of(prop) : null;
    }

    /** Sets the user's knowledge folder (null: bundled files only); a missing folder is a set-up error. */
    public static void useFolder(Path dir) {
        if (dir != null && !Files.isDirectory(dir))
            throw new IllegalStateException("knowledge folder " + dir.toAbsolutePath().normalize() + " does not exist");
        folder = dir;
    }

    /** The user's knowledge folder, if one is set. */
    public static Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /**
     * Every line of a knowledge file as the stage will read it: bundled lines, then the user's
     * (or the user's alone after {@code #replace}). Lines are returned raw, comments included, so
     * each format keeps its own comment and header rules.
     */
    public static List<String> rawLines(String name) {
        List<String> out = new ArrayList<>();
        Optional<List<String>> user = userLines(name);
        boolean replace = user.isPresent() && !user.get().isEmpty() && user.get().get(0).strip().equalsIgnoreCase(REPLACE);
        if (!replace) out.addAll(bundledLines(name));
        user.ifPresent(lines -> out.addAll(replace ? lines.subList(1, lines.size()) : lines));
        return out;
    }

    /**
     * Rows of a tab-separated knowledge file, each padded to {@code columns} cells: '#' comment
     * lines and blank lines skipped, the first other line of each file taken as its header.
     */
    public static List<String[]> rows(String name, int columns) {
        List<String[]> out = new ArrayList<>();
        Optional<List<String>> user = userLines(name);
        boolean replace = user.isPresent() && !user.get().isEmpty() && user.get().get(0).strip().equalsIgnoreCase(REPLACE);
        if (!replace) addRows(out, bundledLines(name), BUNDLED + name, columns);
        if (user.isPresent()) addRows(out, user.get(), folder.resolve(name).toString(), columns);
        return out;
    }

    /**
     * Entries of a plain word list: one entry a line, '#' starts a comment anywhere on the line,
     * surrounding blanks trimmed, blank lines skipped.
     */
    public static List<String> entries(String name) {
        List<String> out = new ArrayList<>();
        for (String raw : rawLines(name)) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (!line.isEmpty()) out.add(line);
        }
        return out;
    }

    private static void addRows(List<String[]> out, List<String> lines, String path, int columns) {
        boolean header = true;
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length > columns)
                throw new IllegalStateException(path + " line " + n + ": " + cells.length + " cells, expected " + columns);
            String[] row = new String[columns];
            for (int i = 0; i < columns; i++) row[i] = i < cells.length ? cells[i].trim() : "";
            out.add(row);
        }
    }

    private static List<String> bundledLines(String name) {
        try (InputStream in = KnowledgeFiles.class.getResourceAsStream(BUNDLED + name)) {
            if (in == null) throw new IllegalStateException("missing knowledge file " + BUNDLED + name + " on the class path");
            return lines(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge file " + BUNDLED + name, e);
        }
    }

    private static Optional<List<String>> userLines(String name) {
        Path dir = folder;
        if (dir == null) return Optional.empty();
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            try (InputStream in = Files.newInputStream(file)) {
                return Optional.of(lines(in, name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge file " + file, e);
        }
    }

    /** A large file (the gazetteer) is kept gzip-compressed: a name ending in ".gz" is read through gunzip. */
    private static List<String> lines(InputStream in, String name) throws IOException {
        InputStream body = name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
        return new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)).lines().toList();
    }
}
