package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.util.CoreMap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CoreNLP's fine-grained NER gazetteer (its TokensRegexNER pass over the KBP lists) done with hash
 * lookups, for gazetteers whose patterns are plain words ({@link RegexFreeGazetteer}'s copies).
 *
 * <p>Why: CoreNLP compiles each of the ~585,000 lines into a TokensRegex sequence pattern; that
 * took about half the CPU of loading every CoreNLP model (10.8 of 21.6 s, most of it in GC of the
 * pattern objects) and a large share of the heap. Here a line is a few strings and the lookups are
 * keyed as CoreNLP's own trigger keys them (issue 16).
 *
 * <p>The output is CoreNLP's: the same entries kept from the same lines (duplicates dropped unless
 * of higher priority), a word matched as CoreNLP matches it (case folded by
 * {@code equalsIgnoreCase} in a caseless file, a word with a '.' as a regular expression), the same
 * choice among overlapping matches (priority, then length, then the order CoreNLP's trigger met
 * the patterns, then offset), the same POS and existing-NER checks before a label is written.
 * Where CoreNLP's own order is not fixed (two patterns of one trigger word, equal priority and
 * length, overlapping: CoreNLP keeps them in an identity-hashed set) the earlier line wins.
 * {@code FineGazetteerTest} compares the two on the same mapping.
 *
 * <p>It takes the place of the annotator inside CoreNLP's NER ({@link #install}), so it runs where
 * CoreNLP's ran: after the statistical NER and SUTime, before entity mentions are built.
 */
final class FineGazetteer extends TokensRegexNERAnnotator {
    static final String NAME = "ner.fine.regexner";
    private static final String FIELD = "fineGrainedNERAnnotator";
    /** Characters that make a pattern word a regular expression to CoreNLP (ComplexNodePattern's literal test). */
    private static final String REGEX_CHARS = "[]?.\\^$()*+{}|";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> BACKGROUND = Set.of("O", "MISC");
    /** CoreNLP's default: entries of these types overwrite only the types they name. */
    private static final Set<String> NO_DEFAULT_OVERWRITE = Set.of("CITY");

    /** One kept line; {@code regex} is null when every word is plain, else holds a pattern for each word that is not. */
    private record Entry(int index, String[] words, Pattern[] regex, boolean ignoreCase, String type,
                         Set<String> overwritable, double priority) {
        boolean matchesAt(List<CoreLabel> tokens, int start) {
            if (start + words.length > tokens.size()) return false;
            for (int k = 0; k < words.length; k++) {
                String w = tokens.get(start + k).word();
                if (w == null) return false;
                if (regex != null && regex[k] != null) {
                    if (!regex[k].matcher(w).matches()) return false;
                } else if (ignoreCase ? !words[k].equalsIgnoreCase(w) : !words[k].equals(w)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A match, with what CoreNLP sorts matches by. */
    private record Match(Entry entry, int start, int end, long order) {
    }

    private static final Comparator<Match> PREFERRED = Comparator
            .comparingDouble((Match m) -> -m.entry().priority())
            .thenComparingInt(m -> -(m.end() - m.start()))
            .thenComparingLong(Match::order)
            .thenComparingInt(Match::start)
            .thenComparingInt(Match::end);

    private final List<Entry> always = new ArrayList<>();
    private final Map<String, List<Entry>> cased = new HashMap<>();
    private final Map<String, List<Entry>> caseless = new HashMap<>();
    private final Set<String> myLabels = new HashSet<>();
    private final List<Pattern> validPos = new ArrayList<>();

    /**
     * Reads a {@code ner.fine.regexner.mapping} value: files separated by ';', each with optional
     * {@code ignorecase=} and {@code validpospattern=} options before it, separated by ','.
     */
    FineGazetteer(String mapping, Path emptyMapping) {
        super(NAME, emptyProperties(emptyMapping));
        List<Entry> entries = new ArrayList<>();
        Map<List<String>, Entry> seen = new HashMap<>();
        for (String file : files(mapping)) {
            String[] options = file.trim().split("\\s*,\\s*");
            boolean ignoreCase = false;
            Pattern pos = null;
            for (int i = 0; i < options.length - 1; i++) {
                String[] kv = options[i].trim().split("\\s*=\\s*");
                if (kv.length != 2) throw new IllegalArgumentException("bad gazetteer options: " + file);
                if (kv[0].trim().equalsIgnoreCase("ignorecase")) ignoreCase = Boolean.parseBoolean(kv[1].trim());
                if (kv[0].trim().equalsIgnoreCase("validpospattern") && !kv[1].trim().isEmpty()) pos = Pattern.compile(kv[1].trim());
            }
            validPos.add(pos);
            read(Path.of(options[options.length - 1]), ignoreCase, entries, seen);
        }
        myLabels.addAll(BACKGROUND);
        myLabels.add(null);
        for (Entry e : entries) {
            myLabels.add(e.type());
            index(e);
        }
    }

    private static Properties emptyProperties(Path emptyMapping) {
        Properties p = new Properties();
        p.setProperty(NAME + ".mapping", emptyMapping.toString());
        return p;
    }

    private static String[] files(String mapping) {
        if (mapping.contains(";") && mapping.contains(",")) return mapping.split("\\s*;\\s*");
        if (mapping.contains(",")) return mapping.split("\\s*,\\s*");
        return mapping.split("\\s*;\\s*");
    }

    private static void read(Path file, boolean ignoreCase, List<Entry> entries, Map<List<String>, Entry> seen) {
        Map<String, Set<String>> sets = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                String[] split = line.split("\t");
                if (split.length < 2 || split.length > 5) throw new IllegalArgumentException(file + ":" + n + ": wrong number of columns");
                String pattern = split[0].trim();
                if (pattern.startsWith("( ") && pattern.endsWith(" )"))
                    throw new IllegalArgumentException(file + ":" + n + ": TokensRegex lines are not supported");
                String[] words = SPACES.split(pattern);
                String[] key = words.clone();
                if (ignoreCase) for (int i = 0; i < key.length; i++) key[i] = key[i].toLowerCase();
                String type = split[1].trim();
                int comma = type.indexOf(',');
                if (comma > 0) type = type.substring(0, comma).trim();
                Set<String> overwritable = split.length > 2
                        ? sets.computeIfAbsent(split[2].trim(), s -> Set.of(new HashSet<>(Arrays.asList(s.split("\\s*,\\s*"))).toArray(String[]::new)))
                        : Set.of();
                double priority = split.length > 3 ? Double.parseDouble(split[3].trim()) : 0.0;
                if (split.length > 4 && Integer.parseInt(split[4].trim()) != 0)
                    throw new IllegalArgumentException(file + ":" + n + ": plain patterns have no match group " + split[4]);
                Entry old = seen.get(Arrays.asList(key));
                if (old != null && !(priority > old.priority())) continue;
                Pattern[] regex = null;
                for (int i = 0; i < words.length; i++) {
                    if (isPlain(words[i])) continue;
                    if (regex == null) regex = new Pattern[words.length];
                    regex[i] = Pattern.compile(words[i], ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
                }
                Entry e = new Entry(entries.size(), words, regex, ignoreCase, type.intern(), overwritable, priority);
                entries.add(e);
                seen.put(Arrays.asList(key), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + file, e);
        }
    }

    private static boolean isPlain(String word) {
        for (int i = 0; i < word.length(); i++) if (REGEX_CHARS.indexOf(word.charAt(i)) >= 0) return false;
        return true;
    }

    /** CoreNLP's trigger: the first of the longest plain words ("-LRB-"/"-RRB-" count 1), or every sentence. */
    private void index(Entry e) {
        int best = -1, bestLength = -1;
        for (int i = 0; i < e.words().length; i++) {
            if (e.regex() != null && e.regex()[i] != null) continue;
            String w = e.words()[i];
            int length = "-LRB-".equals(w) || "-RRB-".equals(w) ? 1 : w.length();
            if (length > bestLength) {
                best = i;
                bestLength = length;
            }
        }
        if (best < 0) always.add(e);
        else if (e.ignoreCase()) caseless.computeIfAbsent(e.words()[best].toLowerCase(), k -> new ArrayList<>(1)).add(e);
        else cased.computeIfAbsent(e.words()[best], k -> new ArrayList<>(1)).add(e);
    }

    /** Whether this CoreNLP's NER has the field {@link #install} sets (checked before the models load). */
    static boolean installable() {
        try {
            return TokensRegexNERAnnotator.class.isAssignableFrom(
                    edu.stanford.nlp.pipeline.NERCombinerAnnotator.class.getDeclaredField(FIELD).getType());
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** Puts this gazetteer in the place of the (empty) one inside the NER annotator CoreNLP has loaded. */
    void install() {
        swap(this);
    }

    /** Sets the fine-grained gazetteer of the loaded NER annotator; returns the one it replaced. */
    static TokensRegexNERAnnotator swap(TokensRegexNERAnnotator gazetteer) {
        try {
            var ner = edu.stanford.nlp.pipeline.StanfordCoreNLP.getExistingAnnotator("ner");
            if (!(ner instanceof edu.stanford.nlp.pipeline.NERCombinerAnnotator))
                throw new IllegalStateException("no NER annotator loaded");
            java.lang.reflect.Field f = edu.stanford.nlp.pipeline.NERCombinerAnnotator.class.getDeclaredField(FIELD);
            f.setAccessible(true);
            TokensRegexNERAnnotator old = (TokensRegexNERAnnotator) f.get(ner);
            f.set(ner, gazetteer);
            return old;
        } catch (ReflectiveOperationException | RuntimeException e) {
            // NER without its gazetteer would code differently: fail rather than go on
            throw new IllegalStateException("cannot install the fine-grained gazetteer: " + e, e);
        }
    }

    /** An empty mapping file, for the gazetteer CoreNLP loads in the NER annotator before {@link #install}. */
    static Path emptyMapping(Path dir) {
        Path out = dir.resolve("regexner_empty.tab");
        try {
            if (Files.isRegularFile(out) && Files.size(out) == 0) return out.toAbsolutePath();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "regexner_empty", ".part");
            Files.move(tmp, out, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return out.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write gazetteer cache in " + dir, e);
        }
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences != null) {
            for (CoreMap s : sentences) annotateMatched(s.get(CoreAnnotations.TokensAnnotation.class));
        } else {
            List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens == null) throw new RuntimeException("Unable to find sentences or tokens in " + annotation);
            annotateMatched(tokens);
        }
    }

    void annotateMatched(List<CoreLabel> tokens) {
        for (Match m : nonOverlapping(tokens)) {
            if (checkPosTags(tokens, m.start(), m.end()) && checkOrigNerTags(m.entry(), tokens, m.start(), m.end())) {
                for (int i = m.start(); i < m.end(); i++) tokens.get(i).setNER(m.entry().type());
            }
        }
    }

    /** CoreNLP's MultiPatternMatcher.findNonOverlapping over the triggered entries. */
    private List<Match> nonOverlapping(List<CoreLabel> tokens) {
        // the order CoreNLP's trigger adds patterns in: token by token; per token the always-triggered, cased, then caseless ones
        Map<Entry, Long> triggered = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            long at = (long) i * 3;
            if (i == 0) for (Entry e : always) triggered.putIfAbsent(e, at);
            String w = tokens.get(i).word();
            if (w == null) continue;
            List<Entry> c = cased.get(w);
            if (c != null) for (Entry e : c) triggered.putIfAbsent(e, at + 1);
            List<Entry> l = caseless.get(w.toLowerCase());
            if (l != null) for (Entry e : l) triggered.putIfAbsent(e, at + 2);
        }
        if (triggered.isEmpty()) return List.of();
        List<Match> all = new ArrayList<>();
        for (Map.Entry<Entry, Long> t : triggered.entrySet()) {
            Entry e = t.getKey();
            long order = t.getValue() * Integer.MAX_VALUE + e.index();
            int len = e.words().length;
            // a SequenceMatcher's find(): left to right, each search after the previous match
            for (int s = 0; s + len <= tokens.size(); ) {
                if (e.matchesAt(tokens, s)) {
                    all.add(new Match(e, s, s + len, order));
                    s += len;
                } else {
                    s++;
                }
            }
        }
        all.sort(PREFERRED);
        List<Match> kept = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()];
        for (Match m : all) {
            boolean free = true;
            for (int i = m.start(); i < m.end() && free; i++) free = !taken[i];
            if (!free) continue;
            for (int i = m.start(); i < m.end(); i++) taken[i] = true;
            kept.add(m);
        }
        kept.sort(Comparator.comparingInt(Match::start).thenComparingInt(Match::end));
        return kept;
    }

    /** At least one token of the match has a POS any file allows (CoreNLP checks every file's pattern). */
    private boolean checkPosTags(List<CoreLabel> tokens, int start, int end) {
        boolean any = false;
        for (Pattern p : validPos) any |= p != null;
        if (!any) return true;
        for (int i = start; i < end; i++) {
            String pos = tokens.get(i).get(CoreAnnotations.PartOfSpeechAnnotation.class);
            if (pos == null) continue;
            for (Pattern p : validPos) if (p != null && p.matcher(pos).matches()) return true;
        }
        return false;
    }

    /** CoreNLP's rule for overwriting the statistical NER's labels, as it is. */
    private boolean checkOrigNerTags(Entry entry, List<CoreLabel> tokens, int start, int end) {
        boolean allPlaces = true;
        for (int i = start; i < end && allPlaces; i++) {
            String ner = tokens.get(i).ner();
            allPlaces = "LOCATION".equals(ner) || "GPE".equals(ner);
        }
        if (allPlaces) return true;
        int prev = start - 1, next = end;
        String startNer = tokens.get(start).ner();
        String endNer = tokens.get(end - 1).ner();
        if (startNer != null && !myLabels.contains(startNer)) {
            while (prev >= 0) {
                String ner = tokens.get(prev).ner();
                if (ner == null || !ner.equals(startNer)) break;
                prev--;
            }
        }
        if (endNer != null && !myLabels.contains(endNer)) {
            while (next < tokens.size()) {
                String ner = tokens.get(next).ner();
                if (ner == null || !ner.equals(endNer)) break;
                next++;
            }
        }
        if (prev != start - 1 || next != end) return false;   // cuts across a recognised name
        if (startNer == null) return true;
        for (int i = start + 1; i < end; i++) if (!startNer.equals(tokens.get(i).ner())) return true;
        if (entry.overwritable().contains(startNer)) return true;
        if (!NO_DEFAULT_OVERWRITE.contains(entry.type())) return myLabels.contains(startNer);
        return false;
    }
}
