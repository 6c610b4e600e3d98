package org.dyad.quotes;

import java.util.List;

import org.dyad.article.Sentence;
import org.dyad.article.WrittenTokens;

/**
 * One article's sentences read through its text, with the quotation spans this stage found (see
 * {@link WrittenTokens}). Built per call; never shared between articles.
 */
final class ArticleView extends WrittenTokens {

    ArticleView(String text, List<Sentence> sentences, List<QuoteSpan> quotes) {
        super(text, sentences, b -> quotes.stream().anyMatch(q -> q.contains(b)));
    }

    boolean isMark(int s, int t) {
        String r = raw(s, t);
        return r.length() == 1 && QuoteFinder.isMark(r.charAt(0)) || r.equals("``") || r.equals("''");
    }
}
