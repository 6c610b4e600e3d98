package org.dyad.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.dyad.article.PublishedDate;
import org.junit.jupiter.api.Test;

/** Yearless months told as past move a best day that sits just after a term's start; invented articles. */
class RecentMonthsTest {
    private final PublicationDater dater = new PublicationDater(KnownTerms.TERMS, KnownTerms.TODAY);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void aMonthToldAsPastJustAfterTheTermsStartMovesTheGuessPastIt() {
        PublishedDate p = dater.date(TestKit.article(
                "Prime Minister Keir Starmer met the harbour workers. The union held a vote in August and the strike began in September."));
        // window still from the term's first day: the months move the best day only
        assertThat(p.window().from()).isEqualTo(d("2024-07-05"));
        assertThat(p.date()).isAfter(d("2024-09-30"));
        assertThat(p.date()).isBefore(d("2024-10-15"));
    }

    @Test
    void withoutMonthsTheGuessStaysByTheTermsStart() {
        PublishedDate p = dater.date(TestKit.article("Prime Minister Keir Starmer met the harbour workers. The union held a vote."));
        assertThat(p.date()).isBefore(d("2024-07-15"));
    }

    @Test
    void monthsMostlyBeforeTheTermDoNotMoveIt() {
        // March, April and May lie before a July start: the article recalls that past, and its lone
        // "August" may as well be still to come
        PublishedDate p = dater.date(TestKit.article(
                "Prime Minister Keir Starmer met the harbour workers. The union held a vote in March, the talks failed in April "
                        + "and a strike began in May. The workers said a new deal was discussed in August."));
        assertThat(p.date()).isBefore(d("2024-07-15"));
    }

    @Test
    void aMonthToBeReachedIsNoPastEvidence() {
        PublishedDate p = dater.date(TestKit.article(
                "Prime Minister Keir Starmer met the harbour workers. The union said the strike would last until September."));
        assertThat(p.date()).isBefore(d("2024-07-15"));
    }
}
