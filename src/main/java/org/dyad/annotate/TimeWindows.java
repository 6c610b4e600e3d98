package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * SUTime over the stretches of a sentence around its time anchors instead of the whole sentence.
 *
 * <p>Why: SUTime's cost is its few hundred TokensRegex rules tried at every token (issue 16's
 * profile: after {@link TimeGate} it was still 28% of Dyad's time per article, most of it match
 * states allocated per rule and start token). A time expression holds an anchor
 * ({@link TimeGate}) and reaches only a few words from it ("the end of last year", "two and a
 * half years ago"), so tokens more than {@link #REACH} tokens from every anchor can take no part
 * in one. Windows that touch are merged, and a window never cuts a number CoreNLP merged
 * ("two hundred thousand"), so SUTime sees each candidate stretch whole. A count ("two", "12",
 * "1,500") opens no window of its own ({@link TimeGate#opensWindow}): it is a time only beside
 * another anchor, whose window holds it. Measured on 109 texts (development and VOA stories, the
 * plover sentences), NER was identical to SUTime on whole sentences but for two number ranges
 * SUTime had read as clock times ("about three to four" as 03:57), which are numbers now.
 *
 * <p>Each window is a view of the sentence: the same token objects, the sentence's text and
 * offsets cut to the window, its token offset shifted so SUTime's expressions come back with the
 * sentence's own token indices, and the part of its numerized tokens that lies inside it.
 */
final class TimeWindows {
    /** Tokens kept on each side of an anchor: the longest expressions seen reach about five words from one. */
    static final int REACH = 6;

    private TimeWindows() {
    }

    /**
     * The [begin, end) token ranges around anchors, merged, widened to whole numbers; empty when
     * there is no anchor. {@code numbers} are the token ranges of the sentence's merged numbers ({@link #spans}).
     */
    static List<int[]> ranges(List<CoreLabel> tokens, Predicate<CoreLabel> anchor, List<int[]> numbers) {
        int n = tokens.size();
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!anchor.test(tokens.get(i))) continue;
            int b = Math.max(0, i - REACH), e = Math.min(n, i + REACH + 1);
            for (int[] num : numbers) {
                if (num[0] < b && num[1] > b) b = num[0];
                if (num[0] < e && num[1] > e) e = num[1];
            }
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && b <= last[1]) last[1] = Math.max(last[1], e);
            else out.add(new int[]{b, e});
        }
        return out;
    }

    /**
     * The sentence-relative token range of each element of CoreNLP's numerized tokens (the
     * sentence's tokens with each number merged into one element), or null if they do not add up.
     */
    static List<int[]> spans(List<CoreMap> numerized, int tokenCount) {
        List<int[]> out = new ArrayList<>(numerized.size());
        int at = 0;
        for (CoreMap m : numerized) {
            List<CoreLabel> inner = m instanceof CoreLabel ? null : m.get(CoreAnnotations.TokensAnnotation.class);
            int len = inner == null ? 1 : inner.size();
            out.add(new int[]{at, at + len});
            at += len;
        }
        return at == tokenCount ? out : null;
    }

    /**
     * Runs {@code sutime} on each window of {@code sentence} and returns their expressions in order,
     * or null when the sentence lacks what a window needs (then the caller runs SUTime on it whole).
     */
    static List<CoreMap> extract(CoreMap sentence, List<int[]> ranges, List<CoreMap> numerized, List<int[]> spans,
                                 Function<CoreMap, List<CoreMap>> sutime) {
        String text = sentence.get(CoreAnnotations.TextAnnotation.class);
        Integer charBegin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (text == null || charBegin == null) return null;
        int tokenBegin = tokenBegin(sentence);
        List<CoreMap> out = new ArrayList<>();
        for (int[] r : ranges) {
            List<CoreLabel> part = tokens.subList(r[0], r[1]);
            int cb = part.get(0).beginPosition(), ce = part.get(part.size() - 1).endPosition();
            if (cb < charBegin || ce - charBegin > text.length()) return null;
            Annotation window = new Annotation(text.substring(cb - charBegin, ce - charBegin));
            window.set(CoreAnnotations.TokensAnnotation.class, part);
            window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, cb);
            window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, ce);
            window.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + r[0]);
            window.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + r[1]);
            List<CoreMap> inside = new ArrayList<>();
            for (int k = 0; k < spans.size(); k++)
                if (spans.get(k)[0] >= r[0] && spans.get(k)[1] <= r[1]) inside.add(numerized.get(k));
            window.set(CoreAnnotations.NumerizedTokensAnnotation.class, inside);
            for (Class<?> key : DOC_KEYS) copy(sentence, window, key);
            List<CoreMap> found = sutime.apply(window);
            if (found != null) out.addAll(found);
        }
        return out;
    }

    /** Sentence-level keys SUTime reads besides tokens and offsets. */
    private static final List<Class<?>> DOC_KEYS = List.of(CoreAnnotations.SectionDateAnnotation.class,
            CoreAnnotations.DocDateAnnotation.class);

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void copy(CoreMap from, CoreMap to, Class key) {
        Object v = from.get(key);
        if (v != null) to.set(key, v);
    }

    static int tokenBegin(CoreMap sentence) {
        Integer b = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        return b == null ? 0 : b;
    }
}
