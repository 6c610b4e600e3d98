package org.dyad.annotate;

import edu.stanford.nlp.ie.NumberNormalizer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;
import org.dyad.knowledge.KnowledgeFiles;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * SUTime only on sentences that can hold a time expression.
 *
 * <p>Why: SUTime (run inside CoreNLP's NER) tries each of its few hundred TokensRegex rules at
 * every token of every sentence, allocating match states as it goes; a profile (issue 16) put it
 * at about 70% of NER time and a quarter of Dyad's annotation, and most of the allocation that
 * keeps two threads from scaling. Yet about two sentences in three of news hold no time
 * expression at all. Every SUTime expression needs an anchor: a token with a digit, a number
 * (POS tag CD), or a word of {@code time-anchors.txt} (months, weekdays, units, "today", "ago",
 * seasons, holidays, number words; drawn from SUTime's own rule files). A sentence without one
 * gets what SUTime gives it when it finds nothing (its numbers normalised, no expression), without
 * running the rules, so NER's output is unchanged.
 *
 * <p>CoreNLP has no option for this: the gate wraps SUTime's extractor inside the loaded NER
 * annotator (three private fields, set once by reflection). If CoreNLP's internals differ, the
 * gate is not installed and SUTime runs on every sentence, as before, with one warning.
 */
final class TimeGate implements TimeExpressionExtractor {
    private static final Logger LOG = Logger.getLogger(TimeGate.class.getName());
    static final String ANCHORS_FILE = "time-anchors.txt";
    static final String COUNTS_FILE = "time-counts.txt";

    /** SUTime on the windows around anchors rather than whole sentences ({@code -Ddyad.sutime.windows=off} to compare). */
    static volatile boolean windows = !"off".equals(System.getProperty("dyad.sutime.windows"));

    private final TimeExpressionExtractor sutime;
    private final Set<String> anchors;
    private final Set<String> counts = loadWords(COUNTS_FILE);
    private static final java.util.regex.Pattern COUNT_NUMERAL = java.util.regex.Pattern.compile("\\d{1,2}|\\d{1,3}(,\\d{3})+|\\d+\\.\\d+");

    TimeGate(TimeExpressionExtractor sutime, Set<String> anchors) {
        this.sutime = sutime;
        this.anchors = anchors;
    }

    /** Wraps the SUTime extractor of the NER annotator CoreNLP has loaded (its pool holds one per JVM); returns whether it could. */
    static boolean install() {
        try {
            Annotator ner = StanfordCoreNLP.getExistingAnnotator("ner");
            if (!(ner instanceof NERCombinerAnnotator)) return warn("no NER annotator loaded");
            Object combiner = field(NERCombinerAnnotator.class, "ner").get(ner);
            Object nsc = field(combiner.getClass(), "nsc").get(combiner);
            if (nsc == null) return warn("NER runs no numeric classifiers");
            Field extractor = field(nsc.getClass(), "timexExtractor");
            Object current = extractor.get(nsc);
            if (current instanceof TimeGate) return true;
            if (!(current instanceof TimeExpressionExtractor sutime)) return warn("NER runs without SUTime");
            extractor.set(nsc, new TimeGate(sutime, loadAnchors()));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return warn(e.toString());
        }
    }

    private static boolean warn(String why) {
        LOG.warning("SUTime runs on every sentence (its sentence gate could not be installed: " + why + ")");
        return false;
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }

    static Set<String> loadAnchors() {
        return loadWords(ANCHORS_FILE);
    }

    private static Set<String> loadWords(String file) {
        List<String> words = new ArrayList<>();
        for (String w : KnowledgeFiles.entries(file)) words.add(w.toLowerCase(Locale.ROOT));
        return Set.copyOf(words);
    }

    /** Whether SUTime could find anything in these tokens. */
    boolean mayHoldTime(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) if (isAnchor(t)) return true;
        return false;
    }

    /**
     * An anchor that opens a SUTime window ({@link TimeWindows}): any anchor but a count. A count
     * (a number word of {@code time-counts.txt}, or a numeral of one or two digits, grouped by commas
     * or with a decimal point) is a time only beside another anchor ("two weeks", "at 10 p.m."),
     * which opens the window around both; three or four digits may be a year.
     */
    boolean opensWindow(CoreLabel t) {
        if (!isAnchor(t)) return false;
        String w = t.word() == null ? "" : t.word().toLowerCase(Locale.ROOT);
        return !(counts.contains(w) || COUNT_NUMERAL.matcher(w).matches());
    }

    /** A token a time expression can be built around: a number, a digit, or a word of {@code time-anchors.txt}. */
    boolean isAnchor(CoreLabel t) {
        if ("CD".equals(t.tag())) return true;
        String w = t.word();
        if (w == null) return false;
        for (int i = 0; i < w.length(); i++) if (Character.isDigit(w.charAt(i))) return true;
        String lower = w.toLowerCase(Locale.ROOT);
        if (isAnchorWord(lower)) return true;
        if (lower.indexOf('-') > 0) for (String part : lower.split("-")) if (isAnchorWord(part)) return true;
        return false;
    }

    private boolean isAnchorWord(String word) {
        String w = word;
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        if (w.endsWith("'s") || w.endsWith("’s")) w = w.substring(0, w.length() - 2);
        if (w.isEmpty()) return false;
        return anchors.contains(w) || (w.endsWith("s") && anchors.contains(w.substring(0, w.length() - 1)));
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
        return gated(sentence, s -> sutime.extractTimeExpressionCoreMaps(s, document));
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String docDate) {
        return gated(sentence, s -> sutime.extractTimeExpressionCoreMaps(s, docDate));
    }

    /** SUTime on nothing, on the windows around the sentence's anchors ({@link TimeWindows}), or on it whole. */
    private List<CoreMap> gated(CoreMap sentence, Function<CoreMap, List<CoreMap>> run) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null || tokens.isEmpty()) return run.apply(sentence);
        if (!mayHoldTime(tokens)) return nothingFound(sentence);
        if (!windows) return run.apply(sentence);
        List<CoreMap> numerized = numerized(sentence);
        List<int[]> spans = TimeWindows.spans(numerized, tokens.size());
        if (spans == null) return run.apply(sentence);
        List<int[]> ranges = TimeWindows.ranges(tokens, this::opensWindow, spans);
        if (ranges.size() == 1 && ranges.get(0)[1] - ranges.get(0)[0] == tokens.size()) return run.apply(sentence);
        List<CoreMap> found = TimeWindows.extract(sentence, ranges, numerized, spans, run);
        return found != null ? found : run.apply(sentence);
    }

    /** What SUTime leaves on a sentence where it finds no expression: its numbers normalised. */
    private static List<CoreMap> nothingFound(CoreMap sentence) {
        numerized(sentence);
        return new ArrayList<>();
    }

    /** The sentence's tokens with numbers merged, computed as SUTime computes them before its rules, and kept on it. */
    private static List<CoreMap> numerized(CoreMap sentence) {
        if (!sentence.containsKey(CoreAnnotations.NumerizedTokensAnnotation.class)) {
            try {
                sentence.set(CoreAnnotations.NumerizedTokensAnnotation.class, NumberNormalizer.findAndMergeNumbers(sentence));
            } catch (NumberFormatException e) {
                sentence.set(CoreAnnotations.NumerizedTokensAnnotation.class, new ArrayList<>());
            }
        }
        return sentence.get(CoreAnnotations.NumerizedTokensAnnotation.class);
    }

    @Override
    public void init(String name, Properties props) {
        sutime.init(name, props);
    }

    @Override
    public void init(Options options) {
        sutime.init(options);
    }

    @Override
    public void finalize(CoreMap document) {
        sutime.finalize(document);
    }
}
