package org.dyad.actors;

import java.util.List;
import java.util.Locale;

import org.dyad.article.ActorMention;
import org.dyad.article.FoundQuote;
import org.dyad.article.Sentence;
import org.dyad.article.Token;

/**
 * One article's sentences read through its text, for naming speakers: raw token words (the tokenizer
 * may rewrite quote marks and apostrophes, the text does not) and which tokens lie inside a quotation
 * the quotes stage found. Built per call; never shared between articles.
 */
final class SpeakerView {
    final String text;
    final List<Sentence> sentences;
    private final boolean[][] quoted;

    /** every person the actors stage's resolution named or referred to, political or not */
    final List<ActorMention> people;

    SpeakerView(String text, List<Sentence> sentences, List<FoundQuote> quotes, List<ActorMention> people) {
        this.text = text;
        this.sentences = sentences;
        this.people = people;
        this.quoted = new boolean[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> toks = sentences.get(s).tokens();
            quoted[s] = new boolean[toks.size()];
            for (int t = 0; t < toks.size(); t++) {
                int b = toks.get(t).begin();
                for (FoundQuote q : quotes) {
                    // a transcript turn is a speaker's words, but not within quote marks
                    if (q.kind() != FoundQuote.Kind.TRANSCRIPT && b >= q.markBegin() && b < q.markEnd()) {
                        quoted[s][t] = true;
                        break;
                    }
                }
            }
        }
    }

    int size(int s) {
        return sentences.get(s).tokens().size();
    }

    Token token(int s, int t) {
        return sentences.get(s).tokens().get(t);
    }

    /**
     * The token as written in the text (falls back to the token word when offsets do not fit);
     * never empty, so callers may read its first character.
     */
    String raw(int s, int t) {
        Token k = token(s, t);
        if (k.begin() >= 0 && k.end() <= text.length() && k.begin() < k.end()) {
            return text.substring(k.begin(), k.end());
        }
        return k.word() == null || k.word().isEmpty() ? "_" : k.word();
    }

    String lower(int s, int t) {
        return raw(s, t).toLowerCase(Locale.ROOT);
    }

    /** Inside a quotation, marks included. */
    boolean quoted(int s, int t) {
        return quoted[s][t];
    }

    /** Text of tokens [b, e) of sentence s, as written. */
    String span(int s, int b, int e) {
        int from = token(s, b).begin();
        int to = token(s, e - 1).end();
        if (from < 0 || to > text.length() || from >= to) return raw(s, b);
        return text.substring(from, to);
    }

    /** Position in the list of the sentence with this index (they normally coincide). */
    int positionOf(int sentenceIndex) {
        if (sentenceIndex >= 0 && sentenceIndex < sentences.size() && sentences.get(sentenceIndex).index() == sentenceIndex) {
            return sentenceIndex;
        }
        for (int s = 0; s < sentences.size(); s++) if (sentences.get(s).index() == sentenceIndex) return s;
        return -1;
    }

    /** The person the resolution found at token t of the sentence at position s (a name or a pronoun's antecedent), or null. */
    ActorMention personAt(int s, int t) {
        int index = sentences.get(s).index();
        for (ActorMention m : people) if (m.sentence() == index && m.tokenBegin() <= t && t < m.tokenEnd()) return m;
        return null;
    }

    /** Position of the sentence holding the offset, or of the first sentence after it. */
    int sentenceAt(int offset) {
        for (int s = 0; s < sentences.size(); s++) {
            if (offset < sentences.get(s).end()) return s;
        }
        return sentences.size() - 1;
    }

    /** First token of sentence s starting at or after the offset, or size(s). */
    int firstTokenFrom(int s, int offset) {
        List<Token> toks = sentences.get(s).tokens();
        for (int t = 0; t < toks.size(); t++) {
            if (toks.get(t).begin() >= offset) return t;
        }
        return toks.size();
    }
}
