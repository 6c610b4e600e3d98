package org.dyad.clean;

import org.dyad.article.ArticleException;
import org.dyad.article.CleanArticle;
import org.dyad.article.RawArticle;
import org.dyad.article.RemovalReason;
import org.dyad.article.RemovedLine;

import java.util.ArrayList;
import java.util.List;

/** Placeholder cleaner: drops blank lines and "READ MORE" links (replaced by the cleaning issue). */
public final class ArticleCleaner {
    public CleanArticle clean(RawArticle raw) {
        List<String> kept = new ArrayList<>();
        List<RemovedLine> removed = new ArrayList<>();
        for (String line : raw.content().split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            if (l.startsWith("READ MORE")) removed.add(RemovedLine.of(l, RemovalReason.BOILERPLATE));
            else kept.add(l);
        }
        if (kept.isEmpty()) throw new ArticleException("clean", "no article text");
        return new CleanArticle(raw.id(), raw.source(), raw.url(), "en", raw.title(), null, null, raw.published(),
                String.join("\n", kept), removed);
    }
}
