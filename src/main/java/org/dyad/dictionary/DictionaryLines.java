package org.dyad.dictionary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The comment conventions shared by the PETRARCH dictionary files: {@code <!-- ... -->}
 * comments (possibly over several lines), lines starting with {@code #} or {@code <!}, and
 * in-line {@code #} comments. Returns the remaining non-blank lines, keeping their leading
 * whitespace because it is significant in actor files (indented date-restriction lines).
 */
final class DictionaryLines {
    private DictionaryLines() {
    }

    static List<String> read(Path file) {
        try {
            return clean(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + file, e);
        }
    }

    static List<String> clean(List<String> raw) {
        List<String> out = new ArrayList<>();
        boolean inComment = false;
        for (String line : raw) {
            if (inComment) {
                int end = line.indexOf("-->");
                if (end < 0) continue;
                line = line.substring(end + 3);
                inComment = false;
            }
            int open;
            while ((open = line.indexOf("<!--")) >= 0) {
                int end = line.indexOf("-->", open + 4);
                if (end < 0) {
                    line = line.substring(0, open);
                    inComment = true;
                    break;
                }
                line = line.substring(0, open) + line.substring(end + 3);
            }
            if (line.startsWith("<!")) continue;
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            if (line.isBlank()) continue;
            out.add(stripTrailing(line));
        }
        return out;
    }

    private static String stripTrailing(String s) {
        int e = s.length();
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) e--;
        return s.substring(0, e);
    }

    /** The contents of every {@code [...]} group in {@code s}, in order. */
    static List<String> bracketGroups(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while ((i = s.indexOf('[', i)) >= 0) {
            int j = s.indexOf(']', i + 1);
            if (j < 0) j = s.length();
            out.add(s.substring(i + 1, j).trim());
            i = j;
        }
        return out;
    }
}
