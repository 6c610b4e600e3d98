package org.dyad.store;

import org.dyad.article.ArticleOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.article.Factuality.HAPPENED;
import static org.dyad.article.PloverType.*;
import static org.dyad.store.StoreKit.actor;
import static org.dyad.store.StoreKit.article;
import static org.dyad.store.StoreKit.event;

/** Three outlets report one UK-France summit; a look-alike meeting a week later must stay apart. */
class EventDeduplicationTest {
    @TempDir
    Path dir;
    private EventStore store;

    @BeforeEach
    void open() {
        store = EventStore.open(dir.resolve("dedup.duckdb"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ArticleOutcome.Coded bbc() {
        return article("bbc-summit", "2023-03-10",
                event("bbc-summit-e1", CONSULT, actor("Rishi Sunak", "GBR", "GOV"), actor("Emmanuel Macron", "FRA", "GOV"), "2023-03-10",
                        "Rishi Sunak met Emmanuel Macron in Paris on Friday for the first UK-France summit in five years."),
                event("bbc-summit-e2", AGREE, actor("Britain", "GBR", null), actor("France", "FRA", null), "2023-03-10",
                        "Britain and France agreed a deal to stop small boats crossing the Channel, worth £480m over three years."));
    }

    /** The Guardian tells it from the French side: Macron is the source, Sunak the target. */
    private static ArticleOutcome.Coded guardian() {
        return article("guardian-summit", "2023-03-10",
                event("guardian-summit-e1", CONSULT, actor("Emmanuel Macron", "FRA", "GOV"), actor("Rishi Sunak", "GBR", "GOV"), "2023-03-10",
                        "Emmanuel Macron welcomed Rishi Sunak to the Elysee Palace in Paris on Friday for the first Franco-British summit since 2018."),
                event("guardian-summit-e2", AGREE, actor("Paris", "FRA", "GOV"), actor("London", "GBR", "GOV"), "2023-03-10",
                        "Paris agreed to a new detention centre in northern France as part of a £480m deal with London on small boats."));
    }

    /** Reuters, undated in its own sentence: the dater gave an honest two-day window. */
    private static ArticleOutcome.Coded reuters() {
        return article("reuters-summit", "2023-03-11",
                event("reuters-summit-e1", CONSULT, actor("British Prime Minister Rishi Sunak", "GBR", "GOV"),
                        actor("French President Emmanuel Macron", "FRA", "GOV"), "2023-03-09", "2023-03-10", HAPPENED,
                        "British Prime Minister Rishi Sunak held talks with French President Emmanuel Macron at a summit in Paris.", 0.7));
    }

    /** A week later the two leaders meet again, in Paris again: a different event. */
    private static ArticleOutcome.Coded lookAlike() {
        return article("bbc-again", "2023-03-17",
                event("bbc-again-e1", CONSULT, actor("Rishi Sunak", "GBR", "GOV"), actor("Emmanuel Macron", "FRA", "GOV"), "2023-03-17",
                        "Rishi Sunak met Emmanuel Macron in Paris on Friday for talks on the war in Ukraine."));
    }

    private void saveAll(ArticleOutcome... outcomes) {
        int n = 0;
        for (ArticleOutcome o : outcomes) store.save(o, "hash-" + n++);
    }

    @Test
    void threeOutletsReportingOneSummitMakeOneMeetingWithThreeMentions() {
        saveAll(bbc(), guardian(), reuters(), lookAlike());
        Table meetings = store.select("SELECT id, date_from, date_to, mention_count, article_count FROM events "
                + "WHERE type = 'CONSULT' ORDER BY date_from");
        assertThat(meetings.rows()).hasSize(2);
        assertThat(meetings.value(0, "mention_count")).isEqualTo(3);
        assertThat(meetings.value(0, "article_count")).isEqualTo(3);
        // the windows' intersection: Reuters' 9-10 March narrows to the day the others give
        assertThat(meetings.value(0, "date_from")).isEqualTo(LocalDate.of(2023, 3, 10));
        assertThat(meetings.value(0, "date_to")).isEqualTo(LocalDate.of(2023, 3, 10));
    }

    @Test
    void theLookAlikeMeetingAWeekLaterStaysSeparate() {
        saveAll(bbc(), guardian(), reuters(), lookAlike());
        Table later = store.select("SELECT e.mention_count, m.article_id FROM events e JOIN event_mentions m ON m.event_id = e.id "
                + "WHERE e.date_from = DATE '2023-03-17'");
        assertThat(later.rows()).containsExactly(List.of(1, "bbc-again"));
    }

    @Test
    void theAgreementReportedByTwoOutletsIsOneEventApartFromTheMeeting() {
        saveAll(bbc(), guardian(), reuters(), lookAlike());
        Table agree = store.select("SELECT mention_count FROM events WHERE type = 'AGREE'");
        assertThat(agree.rows()).containsExactly(List.of(2));
        assertThat(store.select("SELECT count(*) AS n FROM events").value(0, "n")).isEqualTo(3L);
        assertThat(store.select("SELECT count(*) AS n FROM event_mentions").value(0, "n")).isEqualTo(6L);
    }

    @Test
    void eachMentionKeepsItsOwnEvidenceSentence() {
        saveAll(bbc(), guardian(), reuters());
        Table m = store.select("SELECT m.article_id, m.sentence, m.source_country FROM event_mentions m JOIN events e ON e.id = m.event_id "
                + "WHERE e.type = 'CONSULT' ORDER BY m.article_id");
        assertThat(m.rows()).extracting(r -> r.get(0)).containsExactly("bbc-summit", "guardian-summit", "reuters-summit");
        assertThat(m.rows()).extracting(r -> (String) r.get(1)).allSatisfy(s -> assertThat(s).contains("Macron"))
                .doesNotHaveDuplicates();
        assertThat(m.rows()).extracting(r -> r.get(2)).containsExactly("GBR", "FRA", "GBR");
    }

    @Test
    void theOrderArticlesArriveInDoesNotChangeTheEvents() {
        saveAll(lookAlike(), reuters(), guardian(), bbc());
        Table t = store.select("SELECT type, date_from, mention_count FROM events ORDER BY type, date_from");
        assertThat(t.rows()).containsExactly(
                List.of("AGREE", LocalDate.of(2023, 3, 10), 2),
                List.of("CONSULT", LocalDate.of(2023, 3, 10), 3),
                List.of("CONSULT", LocalDate.of(2023, 3, 17), 1));
    }

    @Test
    void twoDifferentAgreementsOnTheSameDayStaySeparate() {
        saveAll(bbc(), article("ft-energy", "2023-03-10",
                event("ft-energy-e1", AGREE, actor("Britain", "GBR", null), actor("France", "FRA", null), "2023-03-10",
                        "Britain and France also agreed to build two nuclear reactors together in Normandy.")));
        assertThat(store.select("SELECT mention_count FROM events WHERE type = 'AGREE' ORDER BY id").rows())
                .containsExactly(List.of(1), List.of(1));
    }

    @Test
    void accusationsInOppositeDirectionsAreTwoEventsButAMeetingEitherWayIsOne() {
        saveAll(article("spat-1", "2023-05-02",
                        event("spat-1-e1", ACCUSE, actor("France", "FRA", null), actor("Britain", "GBR", null), "2023-05-02",
                                "France accused Britain of breaking the fishing licence deal off Jersey on Tuesday.")),
                article("spat-2", "2023-05-02",
                        event("spat-2-e1", ACCUSE, actor("Britain", "GBR", null), actor("France", "FRA", null), "2023-05-02",
                                "Britain accused France of threatening Jersey over fishing licences on Tuesday.")));
        assertThat(store.select("SELECT source_country, mention_count FROM events ORDER BY source_country").rows())
                .containsExactly(List.of("FRA", 1), List.of("GBR", 1));
    }

    @Test
    void replacingAnArticleTakesItsMentionOutOfTheSharedEvent() {
        saveAll(bbc(), guardian(), reuters());
        store.save(article("guardian-summit", "2023-03-10"), "hash-corrected");
        Table meeting = store.select("SELECT mention_count, article_count, source_country FROM events WHERE type = 'CONSULT'");
        assertThat(meeting.rows()).containsExactly(List.of(2, 2, "GBR"));
        assertThat(store.select("SELECT mention_count FROM events WHERE type = 'AGREE'").rows()).containsExactly(List.of(1));
    }
}
