package org.dyad.output;

import org.dyad.article.ArticleOutcome;
import org.dyad.article.CodedArticle;
import org.dyad.article.CodedEvent;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A short human-readable summary of a batch: articles, actors, and events by dyad and type. */
public final class BatchSummary {
    private final List<ArticleOutcome> outcomes = new ArrayList<>();

    public synchronized void add(ArticleOutcome o) {
        outcomes.add(o);
    }

    public void print(PrintStream out) {
        out.println("Articles");
        out.printf("  %-28s %-11s %-9s %6s %6s %6s%n", "article", "published", "method", "actors", "quotes", "events");
        Map<String, int[]> byDyadType = new TreeMap<>();
        for (ArticleOutcome o : outcomes) {
            if (o instanceof ArticleOutcome.Failed f) {
                out.printf("  %-28s ERROR %s: %s%n", clip(f.id(), 28), f.stage(), f.message());
                continue;
            }
            CodedArticle a = ((ArticleOutcome.Coded) o).article();
            var p = a.published();
            out.printf("  %-28s %-11s %-9s %6d %6d %6d%n", clip(a.article().id(), 28),
                    p.date() == null ? "?" : p.date(), p.method() == null ? "-" : p.method().label(),
                    ArticleJson.distinctActors(a.actors()).size(), a.quotes().size(), a.events().size());
            for (CodedEvent e : a.events()) {
                String dyad = code(e.source()) + " -> " + code(e.target());
                int[] c = byDyadType.computeIfAbsent(dyad + "\t" + e.type(), k -> new int[4]);
                c[e.factuality() == null ? 0 : e.factuality().ordinal()]++;
            }
        }
        out.println();
        out.println("Events by dyad and type (happened / planned / possible / denied)");
        if (byDyadType.isEmpty()) out.println("  (none)");
        byDyadType.forEach((k, c) -> {
            String[] parts = k.split("\t");
            out.printf("  %-16s %-10s %3d  (%d / %d / %d / %d)%n", parts[0], parts[1], c[0] + c[1] + c[2] + c[3], c[0], c[1], c[2], c[3]);
        });
    }

    private static String code(org.dyad.article.EventActor a) {
        if (a == null || a.country() == null) return "---";
        return a.sector() == null ? a.country() : a.country() + a.sector();
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
