package org.dyad.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately simple reader of the PETRARCH-2 verb dictionary ({@code CAMEO.2.0.txt}) that
 * keeps only what a dependency-based coder can use safely: each single-word verb of a verb block with
 * its code (its own {@code [code]}, else the block's), and the block's plain object patterns
 * {@code "- * SANCTIONS [163]"} / {@code "- * {ARMS SHIPMENT} [072]"} as verb+object rules. Synonym
 * sets, prepositional patterns and source/target-position patterns are the pattern engine's job
 * ({@code org.dyad.events.pattern}). Every rule is flagged {@link VerbRule.Flag#FALLBACK}: it ranks
 * below Dyad's own rules and needs a direct-object actor.
 *
 * <p>Format notes: a block starts {@code ---  NAME   [code]  ---} ({@code [---]}: no default code);
 * verb lines are {@code WORD {FORMS} [code] # comment}; lines starting {@code +} are multi-word forms
 * (skipped), {@code -} patterns, {@code &} synonym sets (before the verb section). A code
 * {@code [042:043]} gives the source's code before the colon.
 */
final class CameoVerbLexicon {

    private static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]\\s+---");
    private static final Pattern CODE = Pattern.compile("\\[([0-9:]+|---)\\]");
    private static final Pattern VERB = Pattern.compile("^([A-Z][A-Z-]*)\\b");
    private static final Pattern OBJECT = Pattern.compile("^-\\s+\\*\\s+(\\{([A-Z ]+)\\}|([A-Z]+))\\s+\\[([0-9:]+)\\]");

    private CameoVerbLexicon() {
    }

    static List<VerbRule> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CAMEO verb dictionary " + file, e);
        }
        return parse(lines, file.getFileName().toString());
    }

    static List<VerbRule> parse(List<String> lines, String name) {
        List<VerbRule> out = new ArrayList<>();
        boolean inVerbs = false;
        String blockCode = null;
        List<String> blockVerbs = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("####### VERB PATTERNS")) {
                inVerbs = true;
                continue;
            }
            if (!inVerbs || line.isEmpty() || line.startsWith("#")) continue;
            Matcher b = BLOCK.matcher(line);
            if (b.find()) {
                blockCode = source(b.group(2));
                blockVerbs = new ArrayList<>();
                continue;
            }
            if (line.startsWith("-")) {
                Matcher o = OBJECT.matcher(line);
                String code = o.find() ? source(o.group(4)) : null;
                if (code == null) continue;
                String words = (o.group(2) != null ? o.group(2) : o.group(3)).strip().toLowerCase(Locale.ROOT);
                for (String verb : blockVerbs) {
                    out.add(rule(verb, List.of(List.of(words.split("\\s+"))), code, name));
                }
                continue;
            }
            if (line.startsWith("+") || line.startsWith("&")) continue;
            Matcher v = VERB.matcher(line);
            if (!v.find()) continue;
            String verb = v.group(1).toLowerCase(Locale.ROOT);
            blockVerbs.add(verb);
            Matcher c = CODE.matcher(line);
            String code = c.find() ? source(c.group(1)) : blockCode;
            if (code != null) out.add(rule(verb, List.of(), code, name));
        }
        return out;
    }

    private static VerbRule rule(String verb, List<List<String>> objects, String code, String name) {
        return new VerbRule(false, verb, objects, null, null, Set.of(), code, null,
                EnumSet.of(VerbRule.Flag.FALLBACK), name);
    }

    /** The source-side code of {@code 042:043}; null for {@code ---} or an empty source side. */
    private static String source(String code) {
        if (code == null || code.startsWith("-")) return null;
        String s = code.contains(":") ? code.substring(0, code.indexOf(':')) : code;
        return s.matches("\\d{3,4}") ? s : null;
    }
}
