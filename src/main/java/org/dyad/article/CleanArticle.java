package org.dyad.article;

import java.time.LocalDate;
import java.util.List;

/**
 * An article reduced to its body text, with what was removed and the metadata found on the way.
 *
 * @param text       the body the coder reads: kept paragraphs joined by {@code "\n"}
 * @param language   ISO 639-1 code of the body ({@code "en"})
 * @param title      headline (from HTML, input, or a headline line), or null
 * @param byline     author line, or null
 * @param dateline   a dateline or date line seen in the text or page ("Xinhua, February 8, 2017"), or null
 * @param givenDate  publication date given with the input or in HTML meta/time tags, or null
 * @param removed    every dropped line with its reason, in input order
 */
public record CleanArticle(String id, String source, String url, String language, String title,
                           String byline, String dateline, LocalDate givenDate, String text,
                           List<RemovedLine> removed) {
    public CleanArticle {
        removed = List.copyOf(removed);
        if (text == null) text = "";
    }
}
