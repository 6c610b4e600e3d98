package org.dyad.article;

import java.time.LocalDate;

/**
 * When an article appeared: a best single guess and an honest window that contains the true date.
 * All fields are null when nothing supports a date.
 *
 * @param evidence short human-readable reason ("dateline 'Xinhua, February 8, 2017'"), or null
 */
public record PublishedDate(LocalDate date, LocalDate from, LocalDate to, DateMethod method, String evidence) {
    public static PublishedDate unknown() {
        return new PublishedDate(null, null, null, null, null);
    }

    public boolean isKnown() {
        return from != null && to != null;
    }

    /** The window as a range, or null when unknown. */
    public DateRange window() {
        return isKnown() ? new DateRange(from, to) : null;
    }
}
