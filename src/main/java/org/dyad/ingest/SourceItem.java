package org.dyad.ingest;

import org.dyad.article.RawArticle;

/** One input item: an article, or an input that could not be read (with why). */
public sealed interface SourceItem permits SourceItem.Article, SourceItem.Unreadable {
    String id();

    String source();

    record Article(RawArticle raw) implements SourceItem {
        public String id() { return raw.id(); }

        public String source() { return raw.source(); }
    }

    record Unreadable(String id, String source, String message) implements SourceItem {
    }
}
