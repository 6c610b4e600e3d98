package org.dyad.feeds;

import java.time.LocalDate;

/**
 * One entry of a feed.
 *
 * @param link      the article's address as the feed gives it
 * @param title     the entry's title, or null
 * @param published the entry's publication day (published, else updated), UTC, or null when the feed gives none
 */
public record FeedItem(String link, String title, LocalDate published) {
}
