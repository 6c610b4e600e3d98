package org.dyad.pipeline;

import org.dyad.article.CleanArticle;
import org.dyad.article.RawArticle;
import org.dyad.config.Limits;

import java.util.List;

/**
 * Holds one article to the size {@link Limits}: its text is coded up to the maximum size and every
 * run without spaces up to the maximum token length. Each cut is said in a warning (written to the
 * article's output line), never done silently.
 *
 * <p>Why before annotation: CoreNLP's time and memory grow with text length, and a single token of
 * 200 KB exhausted a 6 GB heap; why a cut and not an error: the first 100,000 characters of a long
 * report are still worth coding.
 */
final class ArticleLimits {
    private final Limits limits;

    ArticleLimits(Limits limits) {
        this.limits = limits;
    }

    /**
     * The raw input before cleaning: plain text is cut at the text limit (cleaning only removes).
     * HTML is not cut here: a cut inside a 5 MB attribute or a long menu would lose the body that
     * follows it; the page is bounded by --max-input-bytes and its text cut after cleaning.
     */
    RawArticle raw(RawArticle raw, List<String> warnings) {
        String c = raw.content();
        if (raw.html() || c.length() <= limits.maxArticleChars()) return raw;
        int cut = cutPoint(c, limits.maxArticleChars());
        warnings.add("article text is " + c.length() + " characters; coded the first " + cut
                + " (limit: --max-article-chars " + limits.maxArticleChars() + ")");
        return new RawArticle(raw.id(), raw.source(), c.substring(0, cut), false, raw.published(), raw.url(), raw.title());
    }

    /** The cleaned text: at the text limit, and no token longer than the token limit. */
    CleanArticle clean(CleanArticle clean, List<String> warnings) {
        String text = clean.text();
        if (text.length() > limits.maxArticleChars()) {
            int cut = cutPoint(text, limits.maxArticleChars());
            warnings.add("article text is " + text.length() + " characters after cleaning; coded the first " + cut
                    + " (limit: --max-article-chars " + limits.maxArticleChars() + ")");
            text = text.substring(0, cut);
        }
        text = cutLongTokens(text, limits.maxTokenChars(), warnings);
        if (text.equals(clean.text())) return clean;
        return new CleanArticle(clean.id(), clean.source(), clean.url(), clean.language(), clean.title(), clean.byline(),
                clean.dateline(), clean.givenDate(), text, clean.removed());
    }

    /** Where to cut {@code s} at most {@code max} long: a line end, else a sentence end, in the last fifth; never inside a surrogate pair. */
    static int cutPoint(String s, int max) {
        if (s.length() <= max) return s.length();
        int floor = max - max / 5;
        int nl = s.lastIndexOf('\n', max);
        if (nl >= floor && nl > 0) return nl;
        for (int i = max - 1; i >= floor && i > 0; i--) {
            char c = s.charAt(i);
            if ((c == ' ') && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == '!' || s.charAt(i - 1) == '?')) return i;
        }
        int cut = max;
        if (cut > 0 && Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
        return cut;
    }

    /** Cuts every run of non-space characters longer than {@code max} to its first {@code max}. */
    static String cutLongTokens(String text, int max, List<String> warnings) {
        int runStart = -1, cuts = 0, longest = 0;
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (!space) {
                if (runStart < 0) runStart = i;
                continue;
            }
            if (runStart >= 0 && i - runStart > max) {
                if (out == null) out = new StringBuilder(text.length());
                int keep = runStart + max;
                if (Character.isHighSurrogate(text.charAt(keep - 1))) keep--;
                out.append(text, copied, keep);
                copied = i;
                cuts++;
                longest = Math.max(longest, i - runStart);
            }
            runStart = -1;
        }
        if (out == null) return text;
        out.append(text, copied, text.length());
        warnings.add(cuts + " token" + (cuts == 1 ? "" : "s") + " longer than " + max + " characters cut to " + max
                + " (longest: " + longest + "; limit: --max-token-chars " + max + ")");
        return out.toString();
    }
}
