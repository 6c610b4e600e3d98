package org.dyad.events;

import org.dyad.article.PloverType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO to PLOVER conversion table ({@code CAMEO2PLOVER-2021.txt}, PLOVER draft 0.8).
 *
 * <p>File format: {@code #} comment lines; two-digit section headers {@code "04: CONSULT"} giving the
 * type of a CAMEO root; entries {@code "042: CONSULT, visit,   # Make a visit"}, i.e. code, PLOVER type,
 * mode (may be blank, may carry trailing spaces), contexts separated by {@code ;} (may be blank), then a
 * free comment after {@code #}. A line of {@code ~} ends the table. Some roots have two headers
 * ({@code 08} is split into CONCEDE and RETREAT) and some codes appear twice ({@code 175}); the first
 * entry wins, as the file lists the general case first.
 *
 * <p>Lookup of a code not in the table falls back to its nearest listed prefix ({@code 0231 -> 023 ->
 * 02}), then to the section header of its root. CAMEO roots 01 (public statements) and 02 (appeals)
 * are not in the table: 02 is coded REQUEST, as PLOVER folds appeals into REQUEST; 01 has no PLOVER
 * type because a statement is not an event. Immutable and thread-safe.
 */
public final class CameoPloverMap {

    /** One row of the table. {@code mode} is null when blank; {@code contexts} may be empty. */
    public record Entry(String cameo, PloverType type, String mode, List<String> contexts) {
        public Entry {
            contexts = List.copyOf(contexts);
        }
    }

    private final Map<String, Entry> entries;
    private final Map<String, PloverType> roots;

    private CameoPloverMap(Map<String, Entry> entries, Map<String, PloverType> roots) {
        this.entries = Map.copyOf(entries);
        this.roots = Map.copyOf(roots);
    }

    /** Reads the table; fails with the file and line on a malformed entry. */
    public static CameoPloverMap load(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CAMEO->PLOVER table " + file, e);
        }
    }

    static CameoPloverMap parse(List<String> lines, String name) {
        Map<String, Entry> entries = new HashMap<>();
        Map<String, PloverType> roots = new HashMap<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.startsWith("~")) break;
            if (line.isEmpty() || line.startsWith("#")) continue;
            int hash = line.indexOf('#');
            String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
            int colon = body.indexOf(':');
            if (colon <= 0) throw new IllegalArgumentException(name + ":" + n + ": no 'code:' in " + raw);
            String code = body.substring(0, colon).strip();
            String[] parts = body.substring(colon + 1).split(",", -1);
            PloverType type = type(parts[0], name, n);
            if (code.length() == 2 && parts.length == 1) {
                roots.putIfAbsent(code, type);
                continue;
            }
            String mode = parts.length > 1 ? parts[1].strip() : "";
            List<String> contexts = new ArrayList<>();
            if (parts.length > 2) {
                String ctx = String.join(",", Arrays.asList(parts).subList(2, parts.length));
                for (String c : ctx.split(";")) if (!c.isBlank()) contexts.add(c.strip());
            }
            entries.putIfAbsent(code, new Entry(code, type, mode.isEmpty() ? null : mode, contexts));
        }
        // Appeals (CAMEO 02) are REQUEST in PLOVER, though the table leaves the root out.
        roots.putIfAbsent("02", PloverType.REQUEST);
        return new CameoPloverMap(entries, roots);
    }

    private static PloverType type(String s, String name, int n) {
        try {
            return PloverType.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ":" + n + ": unknown PLOVER type '" + s.strip() + "'");
        }
    }

    /** The row for a CAMEO code, or for its nearest listed prefix, or its root's type; empty for 01x. */
    public Optional<Entry> lookup(String cameo) {
        if (cameo == null || cameo.length() < 2) return Optional.empty();
        for (String c = cameo; c.length() >= 3; c = c.substring(0, c.length() - 1)) {
            Entry e = entries.get(c);
            if (e != null) return Optional.of(e);
        }
        PloverType root = roots.get(cameo.substring(0, 2));
        return root == null ? Optional.empty() : Optional.of(new Entry(cameo, root, null, List.of()));
    }

    /** The PLOVER type of a CAMEO code, or null when it has none (public statements). */
    public PloverType type(String cameo) {
        return lookup(cameo).map(Entry::type).orElse(null);
    }

    /** Number of coded rows (not counting root headers). */
    public int size() {
        return entries.size();
    }
}
