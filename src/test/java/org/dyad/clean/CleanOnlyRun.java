package org.dyad.clean;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.article.CleanArticle;
import org.dyad.ingest.ArticleSources;
import org.dyad.ingest.SourceItem;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Developer path, not a test: cleans inputs without any model and writes one JSON line per article
 * ({@code doc_id}, {@code source}, {@code text}, {@code published.date} from page metadata, removed
 * lines), in the shape the scorers read, so cleaning changes can be measured in seconds.
 * Usage: {@code java -cp ... org.dyad.clean.CleanOnlyRun OUT INPUT...}
 */
public final class CleanOnlyRun {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ArticleCleaner cleaner = new ArticleCleaner();
        cleaner.awaitReady();
        List<SourceItem> items = new ArticleSources().read(List.of(args).subList(1, args.length), System.in);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
            for (SourceItem item : items) {
                if (!(item instanceof SourceItem.Article a)) continue;
                ObjectNode o = json.createObjectNode();
                o.put("doc_id", a.raw().id());
                o.put("source", a.raw().source());
                try {
                    CleanArticle c = cleaner.clean(a.raw());
                    o.put("text", c.text());
                    o.put("title", c.title());
                    o.put("dateline", c.dateline());
                    ObjectNode p = o.putObject("published");
                    p.put("date", c.givenDate() == null ? null : c.givenDate().toString());
                    var removed = o.putArray("removed");
                    c.removed().forEach(r -> removed.add(r.reason() + "\t" + r.text()));
                } catch (RuntimeException e) {
                    o.put("error", String.valueOf(e.getMessage()));
                }
                out.println(json.writeValueAsString(o));
            }
        }
    }
}
