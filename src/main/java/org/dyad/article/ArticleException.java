package org.dyad.article;

/** A bad article: thrown by a stage, turned into an {@code error} line by the pipeline. */
public final class ArticleException extends RuntimeException {
    private final String stage;

    public ArticleException(String stage, String message) {
        super(message);
        this.stage = stage;
    }

    public ArticleException(String stage, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
