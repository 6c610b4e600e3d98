package org.dyad.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.dyad.article.PublishedDate;
import org.junit.jupiter.api.Test;

/** An event of a named year looked forward to bounds the article from above; invented articles. */
class ComingEventsTest {
    private final PublicationDater dater = new PublicationDater(KnownTerms.TERMS, KnownTerms.TODAY);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void anElectionLookedForwardToEndsTheWindowWithItsYear() {
        PublishedDate p = dater.date(TestKit.article(
                "Prime Minister Keir Starmer is confident. The party hopes to pass the harbour bill before the 2025 election."));
        assertThat(p.window().from()).isEqualTo(d("2024-07-05"));
        assertThat(p.window().to()).isEqualTo(d("2025-12-31"));
    }

    @Test
    void aQualifiedElectionToBeWonCountsToo() {
        PublishedDate p = dater.date(TestKit.article(
                "Prime Minister Keir Starmer is confident. The opposition leader is campaigning to win the 2025 general election."));
        assertThat(p.window().to()).isEqualTo(d("2025-12-31"));
    }

    @Test
    void aLookBackBoundsNothing() {
        PublishedDate past = dater.date(TestKit.article(
                "Prime Minister Keir Starmer is confident. The weeks before the 2025 election were tense."));
        assertThat(past.window().to()).isEqualTo(KnownTerms.TODAY);
        PublishedDate since = dater.date(TestKit.article(
                "Prime Minister Keir Starmer is confident. Reporters have faced pressure since the 2025 election."));
        assertThat(since.window().to()).isEqualTo(KnownTerms.TODAY);
    }

    @Test
    void aYearOfNoScheduledEventBoundsNothing() {
        PublishedDate p = dater.date(TestKit.article(
                "Prime Minister Keir Starmer is confident. The party hopes to pass the harbour bill before the 2025 harvest."));
        assertThat(p.window().to()).isEqualTo(KnownTerms.TODAY);
    }
}
