package org.dyad.article;

import java.time.LocalDate;

/**
 * An article as it arrived, before any cleaning.
 *
 * @param id        stable id: the input's {@code id} when it has one, else the file name stem
 * @param source    file name, URL or feed item id, as given
 * @param content   the raw text or HTML
 * @param html      true when {@code content} is HTML
 * @param published publication date given with the input (JSONL field), or null
 * @param url       the article's URL when known, or null
 * @param title     the title given with the input, or null
 */
public record RawArticle(String id, String source, String content, boolean html,
                         LocalDate published, String url, String title) {
    public RawArticle {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("article id is required");
        if (content == null) content = "";
    }
}
