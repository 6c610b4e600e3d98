package org.dyad.ingest;

import org.dyad.article.RawArticle;

import java.util.List;

/** One input item: an article, or an input that could not be read (with why). */
public sealed interface SourceItem permits SourceItem.Article, SourceItem.Unreadable {
    String id();

    String source();

    /**
     * @param warnings what reading did to the input that the user should know (bytes decoded from
     *                 another charset, bad bytes replaced, input cut at the size limit), or empty
     */
    record Article(RawArticle raw, List<String> warnings) implements SourceItem {
        public Article {
            warnings = List.copyOf(warnings);
        }

        public Article(RawArticle raw) {
            this(raw, List.of());
        }

        public String id() { return raw.id(); }

        public String source() { return raw.source(); }
    }

    record Unreadable(String id, String source, String message) implements SourceItem {
    }
}
