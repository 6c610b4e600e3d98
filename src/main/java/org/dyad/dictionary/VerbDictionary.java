package org.dyad.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A verb-pattern dictionary in PETRARCH-1 syntax ({@code PETR.Validate.verbs.txt}) or
 * PETRARCH-2 syntax ({@code CAMEO.2.0.txt}). Layout:
 * <pre>
 * &amp;CURRENCY                 # synonym set; members may be multi-word or other sets
 * +DOLLARS
 * --- GRANT [070] ---         # block header: default code for the verbs below
 * GRANT
 * GIVE {GAVE GIVEN GIVING}    # irregular forms (regular S/ED/ING forms otherwise)
 * +CORDON_OFF [1721]          # multi-word verb, '+' marks the word the parser tags as verb
 * - * &amp;CURRENCY [903]         # pattern: '*' is the verb, $ source, + target,
 * - + WAS_ * TO_ ^ FROM $ [174]   # % compound, ^ skip a noun phrase, '_' = adjacent
 * </pre>
 * PETRARCH-2 groupings {@code {noun phrase}} and {@code (PREP phrase)} are read as plain word
 * sequences; TABARI disjunctions ({@code {A | B}}) and transformation lines ({@code ~ ...})
 * are skipped. Immutable after reading.
 */
public final class VerbDictionary {

    private final Map<String, List<VerbForm>> forms;
    private final Map<String, List<VerbPattern>> patterns;
    private final Map<String, List<List<String>>> synsets;
    private final Map<String, List<List<String>>> reversedSynsets;

    private VerbDictionary(Map<String, List<VerbForm>> forms, Map<String, List<VerbPattern>> patterns,
                           Map<String, List<List<String>>> synsets) {
        this.forms = forms;
        this.patterns = patterns;
        this.synsets = synsets;
        this.reversedSynsets = new HashMap<>();
        synsets.forEach((k, v) -> {
            List<List<String>> r = new ArrayList<>();
            for (List<String> m : v) {
                List<String> x = new ArrayList<>(m);
                java.util.Collections.reverse(x);
                r.add(List.copyOf(x));
            }
            reversedSynsets.put(k, List.copyOf(r));
        });
    }

    public static VerbDictionary read(Path file) {
        return parse(DictionaryLines.read(file));
    }

    public static VerbDictionary fromLines(List<String> lines) {
        return parse(DictionaryLines.clean(lines));
    }

    /** The dictionary forms whose head word is {@code upperWord}. */
    public List<VerbForm> forms(String upperWord) {
        return forms.getOrDefault(upperWord, List.of());
    }

    /** The patterns of a block, in dictionary order. */
    public List<VerbPattern> patterns(String block) {
        return patterns.getOrDefault(block, List.of());
    }

    /** Members of synonym set {@code name} (with its {@code &}); each member is a word list. */
    public List<List<String>> synset(String name) {
        return synsets.getOrDefault(name, List.of());
    }

    /** Members of a synonym set, each read right to left when {@code reversed}. */
    public List<List<String>> synset(String name, boolean reversed) {
        return (reversed ? reversedSynsets : synsets).getOrDefault(name, List.of());
    }

    public int verbCount() {
        return forms.size();
    }

    private static VerbDictionary parse(List<String> lines) {
        Map<String, List<VerbForm>> forms = new HashMap<>();
        Map<String, List<VerbPattern>> patterns = new HashMap<>();
        Map<String, List<List<String>>> synsets = new HashMap<>();
        String blockCode = "---";
        String block = null;
        boolean newBlock = false;
        int order = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("~")) continue;
            String upper = line.toUpperCase(Locale.ROOT);
            if (upper.startsWith("---")) {
                List<String> codes = DictionaryLines.bracketGroups(upper);
                blockCode = codes.isEmpty() || codes.get(0).isEmpty() ? "---" : codes.get(0);
                newBlock = true;
            } else if (upper.startsWith("-")) {
                if (block == null) continue;
                VerbPattern p = PatternParser.parse(upper, order++);
                if (p != null) patterns.computeIfAbsent(block, k -> new ArrayList<>()).add(p);
            } else if (upper.startsWith("&")) {
                String name = upper.split("\\s+")[0];
                boolean noPlural = name.endsWith("_");
                if (noPlural) name = name.substring(0, name.length() - 1);
                List<List<String>> members = synsets.computeIfAbsent(name, k -> new ArrayList<>());
                while (i + 1 < lines.size() && lines.get(i + 1).trim().startsWith("+")) {
                    String m = lines.get(++i).trim().substring(1).trim().toUpperCase(Locale.ROOT);
                    boolean np = noPlural || m.endsWith("_") || m.startsWith("&");
                    List<String> words = List.of(m.replace('_', ' ').trim().split("\\s+"));
                    members.add(words);
                    if (!np) members.add(List.of(plural(m.replace('_', ' ').trim()).split("\\s+")));
                }
            } else {
                String verbPart = upper.contains("[") ? upper.substring(0, upper.indexOf('[')).trim() : upper;
                List<String> codes = DictionaryLines.bracketGroups(upper);
                String code = codes.isEmpty() || codes.get(0).isEmpty() ? blockCode : codes.get(0);
                if (newBlock) {
                    block = (verbPart.contains("{") ? verbPart.substring(0, verbPart.indexOf('{')) : verbPart).trim();
                    newBlock = false;
                }
                addVerb(verbPart, code, block, forms);
            }
        }
        forms.replaceAll((k, v) -> List.copyOf(v));
        patterns.replaceAll((k, v) -> List.copyOf(v));
        synsets.replaceAll((k, v) -> List.copyOf(v));
        return new VerbDictionary(forms, patterns, synsets);
    }

    private static void addVerb(String verbPart, String code, String block, Map<String, List<VerbForm>> forms) {
        String base = verbPart.contains("{") ? verbPart.substring(0, verbPart.indexOf('{')).trim() : verbPart.trim();
        List<String> irregular = new ArrayList<>();
        if (verbPart.contains("{")) {
            int open = verbPart.indexOf('{');
            int close = verbPart.indexOf('}', open); // a '}' before the '{' closes nothing (found by fuzzing)
            String inside = verbPart.substring(open + 1, close < 0 ? verbPart.length() : close);
            for (String f : inside.trim().split("\\s+")) if (!f.isEmpty()) irregular.add(f);
        }
        if (base.contains("_")) {
            List<String> all = new ArrayList<>();
            all.add(base);
            if (!irregular.isEmpty()) all.addAll(irregular);
            else all.addAll(regularMultiWordForms(base));
            for (String f : all) addMultiWord(f, code, block, forms);
            return;
        }
        String head = base.split("\\s+")[0];
        add(forms, new VerbForm(head, List.of(), List.of(), code, block));
        List<String> others = irregular.isEmpty() ? regularForms(head) : irregular;
        for (String f : others) add(forms, new VerbForm(f, List.of(), List.of(), code, block));
    }

    private static void addMultiWord(String phrase, String code, String block, Map<String, List<VerbForm>> forms) {
        String[] words = phrase.split("_");
        int head = -1;
        for (int k = 0; k < words.length; k++) if (words[k].startsWith("+")) head = k;
        if (head < 0) return; // PETRARCH skips multi-word verbs without a '+' head
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (int k = 0; k < words.length; k++) {
            if (words[k].isEmpty() || k == head) continue;
            (k < head ? before : after).add(words[k]);
        }
        add(forms, new VerbForm(words[head].substring(1), before, after, code, block));
    }

    private static List<String> regularMultiWordForms(String phrase) {
        int plus = phrase.indexOf('+');
        if (plus < 0) return List.of();
        int end = phrase.indexOf('_', plus);
        String root = phrase.substring(plus + 1, end < 0 ? phrase.length() : end);
        List<String> out = new ArrayList<>();
        for (String f : regularForms(root)) {
            out.add(phrase.substring(0, plus + 1) + f + (end < 0 ? "" : phrase.substring(end)));
        }
        return out;
    }

    /** PETRARCH's regular forms: S (ES after S, X, Z), ED (D after E), ING (dropping E). */
    static List<String> regularForms(String root) {
        List<String> out = new ArrayList<>();
        if (root.isEmpty()) return out; // a verb line with no word ("---" alone): found by fuzzing
        char last = root.charAt(root.length() - 1);
        out.add(last == 'S' || last == 'X' || last == 'Z' ? root + "ES" : root + "S");
        if (last == 'E') {
            out.add(root + "D");
            out.add(root.substring(0, root.length() - 1) + "ING");
        } else {
            out.add(root + "ED");
            out.add(root + "ING");
        }
        return out;
    }

    /** PETRARCH's plural of a synonym-set member. */
    static String plural(String s) {
        if (s.endsWith("Y")) return s.substring(0, s.length() - 1) + "IES";
        if (s.endsWith("S")) return s.substring(0, s.length() - 1) + "ES";
        return s + "S";
    }

    private static void add(Map<String, List<VerbForm>> forms, VerbForm f) {
        if (f.word().isEmpty()) return;
        forms.computeIfAbsent(f.word(), k -> new ArrayList<>()).add(f);
    }
}
