package org.dyad.query;

import org.dyad.article.ArticleOutcome;
import org.dyad.article.Quote;
import org.dyad.store.EventStore;

import java.nio.file.Path;
import java.util.List;

import static org.dyad.article.Factuality.*;
import static org.dyad.article.PloverType.*;
import static org.dyad.store.StoreKit.actor;
import static org.dyad.store.StoreKit.article;
import static org.dyad.store.StoreKit.event;

/**
 * A small store: a UK-France summit in March 2023 told by two outlets, a meeting a week later,
 * a fishing spat in May (accusation, a planned threat, a denied seizure), nothing in April, and a
 * Russia-Ukraine event that no GBR-FRA query may count.
 */
public final class QueryFixture {
    private QueryFixture() {
    }

    public static EventStore build(Path db) {
        EventStore store = EventStore.open(db);
        List<ArticleOutcome> articles = List.of(
                article("bbc-summit", "bbc.co.uk/news/1", "2023-03-10", List.of(
                        event("bbc-summit-e1", CONSULT, actor("Rishi Sunak", "GBR", "GOV"), actor("Emmanuel Macron", "FRA", "GOV"), "2023-03-10",
                                "Rishi Sunak met Emmanuel Macron in Paris on Friday for the first UK-France summit in five years."),
                        event("bbc-summit-e2", AGREE, actor("Britain", "GBR", null), actor("France", "FRA", null), "2023-03-10",
                                "Britain and France agreed a deal to stop small boats crossing the Channel, worth £480m.")),
                        List.of(new Quote("Our deep history, our closeness, our shared values mean we must work together", "Rishi Sunak", "GBR", "GOV", 0, 5))),
                article("guardian-summit", "theguardian.com/world/2", "2023-03-10", List.of(
                        event("guardian-summit-e1", CONSULT, actor("Emmanuel Macron", "FRA", "GOV"), actor("Rishi Sunak", "GBR", "GOV"), "2023-03-10",
                                "Emmanuel Macron welcomed Rishi Sunak to the Elysee Palace in Paris on Friday for the first Franco-British summit since 2018.")),
                        List.of(new Quote("It is a moment of reunion, of reconnection", "Emmanuel Macron", "FRA", "GOV", 0, 7))),
                article("bbc-again", "2023-03-17",
                        event("bbc-again-e1", CONSULT, actor("Rishi Sunak", "GBR", "GOV"), actor("Emmanuel Macron", "FRA", "GOV"), "2023-03-17",
                                "Rishi Sunak met Emmanuel Macron in Paris on Friday for talks on the war in Ukraine.")),
                article("spat", "2023-05-03",
                        event("spat-e1", ACCUSE, actor("France", "FRA", null), actor("Britain", "GBR", null), "2023-05-02",
                                "France accused Britain of breaking the post-Brexit fishing deal on Tuesday."),
                        event("spat-e2", THREATEN, actor("France", "FRA", "GOV"), actor("Britain", "GBR", "GOV"), "2023-05-04", "2023-05-04", PLANNED,
                                "France will cut electricity to Jersey on Thursday unless licences are granted.", 0.6),
                        event("spat-e3", COERCE, actor("Britain", "GBR", "MIL"), actor("France", "FRA", null), "2023-05-02", "2023-05-02", DENIED,
                                "Britain denied that its navy had blockaded French boats.", 0.5)),
                article("kyiv", "2023-05-10",
                        event("kyiv-e1", ASSAULT, actor("Russia", "RUS", "MIL"), actor("Ukraine", "UKR", null), "2023-05-09",
                                "Russia fired missiles at Kyiv overnight.")));
        int n = 0;
        for (ArticleOutcome a : articles) store.save(a, "h" + n++);
        return store;
    }
}
