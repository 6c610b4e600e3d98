package org.dyad.store;

/**
 * What saving one article did.
 *
 * @param status    stored for the first time, replaced an older version (same id, new content), or unchanged
 * @param mentions  event mentions stored for this article (0 for a failed article or when unchanged)
 * @param newEvents mentions that started a new de-duplicated event
 * @param merged    mentions that joined an event another mention (usually another article) already reported
 */
public record StoreResult(String articleId, Status status, int mentions, int newEvents, int merged) {
    public enum Status { STORED, REPLACED, UNCHANGED }

    public static StoreResult unchanged(String articleId) {
        return new StoreResult(articleId, Status.UNCHANGED, 0, 0, 0);
    }
}
