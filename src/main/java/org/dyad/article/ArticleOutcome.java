package org.dyad.article;

/** The result of processing one article: coded, or failed with the stage and reason. */
public sealed interface ArticleOutcome permits ArticleOutcome.Coded, ArticleOutcome.Failed {
    String id();

    String source();

    record Coded(CodedArticle article) implements ArticleOutcome {
        public String id() { return article.article().id(); }

        public String source() { return article.article().source(); }
    }

    /** @param stage the stage that failed ("clean", "annotate", ..., or "internal") */
    record Failed(String id, String source, String stage, String message) implements ArticleOutcome {
    }
}
