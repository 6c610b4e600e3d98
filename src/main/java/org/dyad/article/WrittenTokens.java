package org.dyad.article;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * One article's sentences read through its text: raw token words (the tokenizer may rewrite quote
 * marks and apostrophes, the text does not) and which tokens lie inside a quotation. The quotes stage
 * reads it to find quotations and cues, the actors stage to name their speakers. Built per call; never
 * shared between articles.
 */
public class WrittenTokens {
    public final String text;
    public final List<Sentence> sentences;
    private final boolean[][] quoted;

    /** @param quotedAt whether a character offset of the text lies inside a quotation */
    protected WrittenTokens(String text, List<Sentence> sentences, IntPredicate quotedAt) {
        this.text = text;
        this.sentences = sentences;
        this.quoted = new boolean[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> toks = sentences.get(s).tokens();
            quoted[s] = new boolean[toks.size()];
            for (int t = 0; t < toks.size(); t++) quoted[s][t] = quotedAt.test(toks.get(t).begin());
        }
    }

    public int size(int s) {
        return sentences.get(s).tokens().size();
    }

    public Token token(int s, int t) {
        return sentences.get(s).tokens().get(t);
    }

    /**
     * The token as written in the text (falls back to the token word when offsets do not fit);
     * never empty, so callers may read its first character.
     */
    public String raw(int s, int t) {
        Token k = token(s, t);
        if (k.begin() >= 0 && k.end() <= text.length() && k.begin() < k.end()) {
            return text.substring(k.begin(), k.end());
        }
        return k.word() == null || k.word().isEmpty() ? "_" : k.word();
    }

    public String lower(int s, int t) {
        return raw(s, t).toLowerCase(Locale.ROOT);
    }

    /** Inside a quotation, marks included. */
    public boolean quoted(int s, int t) {
        return quoted[s][t];
    }

    /** Text of tokens [b, e) of sentence s, as written. */
    public String span(int s, int b, int e) {
        int from = token(s, b).begin();
        int to = token(s, e - 1).end();
        if (from < 0 || to > text.length() || from >= to) return raw(s, b);
        return text.substring(from, to);
    }

    /** Position in the list of the sentence with this index (they normally coincide). */
    public int positionOf(int sentenceIndex) {
        if (sentenceIndex >= 0 && sentenceIndex < sentences.size() && sentences.get(sentenceIndex).index() == sentenceIndex) {
            return sentenceIndex;
        }
        for (int s = 0; s < sentences.size(); s++) if (sentences.get(s).index() == sentenceIndex) return s;
        return -1;
    }

    /** Position of the sentence holding the offset, or of the first sentence after it. */
    public int sentenceAt(int offset) {
        for (int s = 0; s < sentences.size(); s++) {
            if (offset < sentences.get(s).end()) return s;
        }
        return sentences.size() - 1;
    }

    /** First token of sentence s starting at or after the offset, or size(s). */
    public int firstTokenFrom(int s, int offset) {
        List<Token> toks = sentences.get(s).tokens();
        for (int t = 0; t < toks.size(); t++) {
            if (toks.get(t).begin() >= offset) return t;
        }
        return toks.size();
    }
}
