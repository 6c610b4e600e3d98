package org.dyad.article;

/**
 * A line the cleaner dropped, kept so an analyst can see what was not read.
 *
 * @param language ISO 639-1 code when {@code reason} is {@link RemovalReason#LANGUAGE}, else null
 */
public record RemovedLine(String text, RemovalReason reason, String language) {
    public static RemovedLine of(String text, RemovalReason reason) {
        return new RemovedLine(text, reason, null);
    }

    /** The reason as written in the output: {@code boilerplate}, {@code language:uk}, ... */
    public String label() {
        return reason == RemovalReason.LANGUAGE && language != null ? "language:" + language : reason.label();
    }
}
