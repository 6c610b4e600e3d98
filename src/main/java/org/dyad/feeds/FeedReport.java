package org.dyad.feeds;

import org.dyad.store.FeedLedger.ItemStatus;

/**
 * What one poll of one feed did.
 *
 * @param status       ok, not-modified, robots, unreachable (transient), failed (4xx, bad address), malformed, error,
 *                     or resting (not asked this cycle: it failed too many polls in a row)
 * @param listed       items the feed listed (0 when it was not read)
 * @param seen         items settled on an earlier poll (skipped without a request)
 * @param coded        new articles coded and stored
 * @param codingFailed new articles stored with a coding error (no article text, a stage failure)
 * @param duplicates   items that were an article already stored (same canonical address or same text)
 * @param skipped      items not read: robots.txt, not an article, gone (4xx, redirect loop, too large)
 * @param retrying     items that failed for now and are retried next cycle
 * @param givenUp      items that failed on their last allowed attempt
 */
public record FeedReport(FeedSource feed, String status, Integer http, String error, int listed, int seen, int coded,
                         int codingFailed, int events, int duplicates, int skipped, int retrying, int givenUp) {

    public boolean pollFailed() {
        return !status.equals("ok") && !status.equals("not-modified") && !status.equals("resting");
    }

    /** Items that failed to come in this poll. */
    public int failedItems() {
        return codingFailed + retrying + givenUp;
    }

    static final class Builder {
        private final FeedSource feed;
        String status = "error", error;
        Integer http;
        int listed, seen, coded, codingFailed, events, duplicates, skipped, retrying, givenUp;

        Builder(FeedSource feed) {
            this.feed = feed;
        }

        void status(String status, Integer http, String error) {
            this.status = status;
            this.http = http;
            this.error = error;
        }

        void listed(int n) {
            listed = n;
        }

        void count(ItemStatus s) {
            switch (s) {
                case DUPLICATE -> duplicates++;
                case ROBOTS, NOT_ARTICLE, GONE -> skipped++;
                case RETRY -> retrying++;
                case GIVEN_UP -> givenUp++;
                case CODED -> { }  // counted by the caller, which knows whether coding failed
            }
        }

        FeedReport build() {
            return new FeedReport(feed, status, http, error, listed, seen, coded, codingFailed, events, duplicates, skipped,
                    retrying, givenUp);
        }
    }
}
