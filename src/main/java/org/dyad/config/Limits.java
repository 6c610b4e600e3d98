package org.dyad.config;

import java.time.Duration;

/**
 * What one input may cost, so that no input can exhaust the heap or hold a batch: every limit has a
 * command-line option ({@code dyad code --help}) and is documented in README "Limits".
 *
 * @param maxInputBytes   bytes read from one file or one JSON Lines line; the rest is not read
 *                        (the article is coded from what was read and flagged in its {@code warnings})
 * @param maxArticleChars characters of article text coded; a longer text is coded up to the limit
 *                        (cut at a line or sentence end) and flagged, never silently cut
 * @param maxTokenChars   characters of one token (a run without spaces); a longer run is cut to the
 *                        limit and flagged: CoreNLP's cost on one giant token is unbounded
 * @param timeBudget      wall time for coding one article; past it the article gets an error line
 *                        naming the budget and the batch goes on
 */
public record Limits(long maxInputBytes, int maxArticleChars, int maxTokenChars, Duration timeBudget) {
    /** 16 MiB: a big HTML page is ~2 MB; the cap bounds the heap one queued input can take. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 16L << 20;
    /** 100,000 characters (~17,000 tokens, about a minute of coding on one thread here): a long report. */
    public static final int DEFAULT_MAX_ARTICLE_CHARS = 100_000;
    /** 100 characters: longer than any word or ordinary URL. */
    public static final int DEFAULT_MAX_TOKEN_CHARS = 100;
    /** 5 minutes: several times the cost of an article at the size limit. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofMinutes(5);

    public Limits {
        if (maxInputBytes < 1) throw new IllegalArgumentException("max input bytes must be >= 1");
        if (maxArticleChars < 1) throw new IllegalArgumentException("max article chars must be >= 1");
        if (maxTokenChars < 1) throw new IllegalArgumentException("max token chars must be >= 1");
        if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero())
            throw new IllegalArgumentException("time budget must be positive");
    }

    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_ARTICLE_CHARS, DEFAULT_MAX_TOKEN_CHARS, DEFAULT_TIME_BUDGET);
    }

    public Limits withMaxInputBytes(long v) { return new Limits(v, maxArticleChars, maxTokenChars, timeBudget); }

    public Limits withMaxArticleChars(int v) { return new Limits(maxInputBytes, v, maxTokenChars, timeBudget); }

    public Limits withMaxTokenChars(int v) { return new Limits(maxInputBytes, maxArticleChars, v, timeBudget); }

    public Limits withTimeBudget(Duration v) { return new Limits(maxInputBytes, maxArticleChars, maxTokenChars, v); }
}
