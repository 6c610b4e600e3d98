package org.dyad.events;

import org.dyad.knowledge.KnowledgeFiles;

import org.dyad.article.PloverType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Dyad's own trigger dictionary, {@code dyad-verbs.tsv} (format in the file's header), optionally
 * extended with fallback rules from the CAMEO.2.0 verb dictionary. Rules are looked up by kind
 * (verb or noun) and lemma; several rules can share a lemma and the most specific matching one wins
 * ({@link VerbRule#specificity()}). Immutable and thread-safe.
 */
final class VerbDictionary {

    static final String RESOURCE = "dyad-verbs.tsv";

    private final Map<String, List<VerbRule>> verbs;
    private final Map<String, List<VerbRule>> nouns;
    private final Map<String, List<VerbRule>> adjectives;

    VerbDictionary(Collection<VerbRule> rules) {
        Map<String, List<VerbRule>> v = new HashMap<>(), n = new HashMap<>(), a = new HashMap<>();
        for (VerbRule r : rules)
            (r.noun() ? n : r.has(VerbRule.Flag.ADJECTIVE) ? a : v).computeIfAbsent(r.lemma(), k -> new ArrayList<>()).add(r);
        // a "none" line blocks the broad fallback rules of its lemma ("call" is rarely a phone call)
        v.replaceAll((k, l) -> l.stream().anyMatch(r -> r.cameo().equals(VerbRule.NONE))
                ? l.stream().filter(r -> !r.has(VerbRule.Flag.FALLBACK) && !r.cameo().equals(VerbRule.NONE)).toList()
                : List.copyOf(l));
        n.replaceAll((k, l) -> l.stream().filter(r -> !r.cameo().equals(VerbRule.NONE)).toList());
        verbs = Map.copyOf(v);
        nouns = Map.copyOf(n);
        a.replaceAll((k, l) -> List.copyOf(l));
        adjectives = Map.copyOf(a);
    }

    /** Dyad's own dictionary from the class path. */
    static List<VerbRule> readBundled() {
        return parse(KnowledgeFiles.rawLines(RESOURCE), RESOURCE);
    }

    /** Parses lines of the TSV format; throws with file and line on a malformed one. */
    static List<VerbRule> parse(List<String> lines, String name) {
        List<VerbRule> out = new ArrayList<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (line.isEmpty()) continue;
            String[] f = line.split("\\s+");
            if (f.length < 5) throw new IllegalArgumentException(name + ":" + n + ": want 5 or 6 columns: " + raw);
            boolean noun = switch (f[0]) {
                case "V", "A" -> false;
                case "N" -> true;
                default -> throw new IllegalArgumentException(name + ":" + n + ": kind must be V, N or A: " + raw);
            };
            boolean adjective = f[0].equals("A");
            String lemma = f[1].toLowerCase(Locale.ROOT);
            List<List<String>> objects = new ArrayList<>();
            if (!f[2].equals("-")) {
                for (String alt : f[2].split("\\|")) objects.add(List.of(alt.toLowerCase(Locale.ROOT).split("_")));
            }
            String particle = null, prep = null;
            Set<String> heads = new HashSet<>();
            if (!f[3].equals("-")) {
                if (f[3].startsWith("prt:")) particle = f[3].substring(4).toLowerCase(Locale.ROOT);
                else {
                    int c = f[3].indexOf(':');
                    prep = (c < 0 ? f[3] : f[3].substring(0, c)).replace('_', ' ').toLowerCase(Locale.ROOT);
                    if (c >= 0) heads.addAll(Arrays.asList(f[3].substring(c + 1).toLowerCase(Locale.ROOT).split("\\|")));
                }
            }
            String cameo = f[4];
            if (cameo.equals("none")) {
                // (an adjective's none line stays an adjective's: "encouraged" as a feeling, not the verb)
                out.add(new VerbRule(noun, lemma, List.of(), null, null, Set.of(), VerbRule.NONE, null,
                        adjective ? EnumSet.of(VerbRule.Flag.LIGHT, VerbRule.Flag.ADJECTIVE) : EnumSet.of(VerbRule.Flag.LIGHT), name + ":" + n));
                continue;
            }
            if (!cameo.matches("\\d{3,4}")) throw new IllegalArgumentException(name + ":" + n + ": bad CAMEO code " + cameo);
            Set<VerbRule.Flag> flags = EnumSet.noneOf(VerbRule.Flag.class);
            if (adjective) flags.add(VerbRule.Flag.ADJECTIVE);
            PloverType type = null;
            if (f.length > 5 && !f[5].equals("-")) {
                for (String flag : f[5].split(",")) {
                    if (flag.startsWith("type=")) type = PloverType.valueOf(flag.substring(5).toUpperCase(Locale.ROOT));
                    else {
                        try {
                            flags.add(VerbRule.Flag.valueOf(flag.toUpperCase(Locale.ROOT)));
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException(name + ":" + n + ": unknown flag " + flag);
                        }
                    }
                }
            }
            out.add(new VerbRule(noun, lemma, objects, particle, prep, heads, cameo, type, flags, name + ":" + n));
        }
        return out;
    }

    /** The rules for a verb lemma; a {@code none} line hides the CAMEO.2.0 fallback rules of its lemma. */
    List<VerbRule> verbRules(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    List<VerbRule> nounRules(String lemma) {
        return nouns.getOrDefault(lemma, List.of());
    }

    /** The rules for a predicative adjective, by the word as written in lower case ("critical"). */
    List<VerbRule> adjectiveRules(String word) {
        return adjectives.getOrDefault(word, List.of());
    }

    int size() {
        return verbs.values().stream().mapToInt(List::size).sum() + nouns.values().stream().mapToInt(List::size).sum()
                + adjectives.values().stream().mapToInt(List::size).sum();
    }
}
