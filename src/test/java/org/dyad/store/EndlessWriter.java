package org.dyad.store;

import java.nio.file.Path;

import static org.dyad.article.PloverType.ACCUSE;
import static org.dyad.article.PloverType.CONSULT;
import static org.dyad.store.StoreKit.actor;
import static org.dyad.store.StoreKit.article;
import static org.dyad.store.StoreKit.event;

/** Test helper run in its own JVM: saves articles forever, printing each id once committed, until killed. */
public final class EndlessWriter {
    private EndlessWriter() {
    }

    public static void main(String[] args) {
        try (EventStore store = EventStore.open(Path.of(args[0]))) {
            for (int n = 0; ; n++) {
                store.save(articleNumber(n), "hash-" + n);
                System.out.println("saved " + n);
                System.out.flush();
            }
        }
    }

    /** Article n: two events, on day n, so every article has exactly two mentions. */
    static org.dyad.article.ArticleOutcome articleNumber(int n) {
        String day = java.time.LocalDate.of(2020, 1, 1).plusDays(n).toString();
        return article("art-" + n, day,
                event("art-" + n + "-e1", CONSULT, actor("Britain", "GBR", null), actor("France", "FRA", null), day,
                        "Britain and France held talks number " + n + " in Paris."),
                event("art-" + n + "-e2", ACCUSE, actor("Russia", "RUS", null), actor("Ukraine", "UKR", null), day,
                        "Russia accused Ukraine of shelling number " + n + " near Donetsk."));
    }
}
