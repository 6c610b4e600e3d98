package org.dyad.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.dyad.article.OfficeTerm;
import org.dyad.article.PublishedDate;
import org.junit.jupiter.api.Test;

/** An undated page whose lead reports a dated event, and a person "who was sworn in earlier this month". */
class LeadNewsTest {
    private static final String FILE = """
            2019-04-02\t-\t-\tRuritania closes its border\t(?:closed|shut) (?:the |its )?border with Ruritania
            2016-05-26\t2016-05-27\t-\tG7 summit Ise-Shima\tG7 summit in Ise-Shima
            2017-05-26\t2017-05-27\t-\tG7 summit Taormina\tG7 summit in Taormina
            2018-06-08\t2018-06-09\t-\tG7 summit Charlevoix\tG7 summit in Charlevoix
            2020-02-08\t-\t-\tArrest of the Ruritanian premier\tarrest of (?:\\S+ ){0,3}Kovac
            """;

    private final PublicationDater dater;

    LeadNewsTest() throws IOException {
        List<OfficeTerm> terms = List.of(new OfficeTerm("Emmanuel Macron", List.of(), "President", "FRA", "GOV",
                LocalDate.parse("2017-05-14"), LocalDate.parse("2022-05-13")));
        dater = new PublicationDater(terms, Landmarks.read(new StringReader(FILE), "test"), KnownTerms.TODAY);
    }

    private PublishedDate date(String text) {
        return dater.date(TestKit.article(text));
    }

    @Test
    void aHeadlineReportingTheEventPutsThePageInItsNewsDays() {
        PublishedDate p = date("Two neighbours closed the border with Ruritania\nThe decision surprised the region.\nTrade is affected.");
        assertThat(p.window().from()).isEqualTo(LocalDate.parse("2019-04-02"));
        assertThat(p.window().to()).isBefore(LocalDate.parse("2019-04-17"));
        assertThat(p.date()).isEqualTo(LocalDate.parse("2019-04-02"));
    }

    @Test
    void theSameEventFarDownThePageOrWithAYearOnlyBoundsItFromBelow() {
        PublishedDate later = date("Trade talks resumed.\nPorts reopened.\nShips are sailing.\nPrices fell.\n"
                + "Two neighbours closed the border with Ruritania and reopened it later.");
        assertThat(later.window().from()).isEqualTo(LocalDate.parse("2019-04-02"));
        assertThat(later.window().to()).isEqualTo(KnownTerms.TODAY);
        PublishedDate withYear = date("In 2019 two neighbours closed the border with Ruritania.");
        assertThat(withYear.window().to()).isEqualTo(KnownTerms.TODAY);
    }

    @Test
    void aPastWeekdayNextToTheEventGuessesTheDayAfterIt() {
        PublishedDate p = date("Leaders reacted on Saturday to the arrest of the Ruritanian premier Kovac.");
        assertThat(p.window().from()).isEqualTo(LocalDate.parse("2020-02-08"));
        assertThat(p.window().to()).isBefore(LocalDate.parse("2020-02-17"));
        assertThat(p.date()).isEqualTo(LocalDate.parse("2020-02-09"));
    }

    @Test
    void tookOfficeEarlierThisMonthReachesTheTermsFirstDay() {
        PublishedDate p = date("President Emmanuel Macron, who was sworn in earlier this month, called a meeting.");
        assertThat(p.window().from()).isAfterOrEqualTo(LocalDate.parse("2017-04-25"));
        assertThat(p.window().to()).isBefore(LocalDate.parse("2017-06-20"));
        assertThat(p.evidence()).contains("took office");
    }

    @Test
    void theRecentSummitOfAYearlySeriesIsTheLastOneBeforeTheArticle() {
        PublishedDate p = date("President Emmanuel Macron, who was sworn in earlier this month, praised the outcome of the recent G7.");
        assertThat(p.window().from()).isEqualTo(LocalDate.parse("2017-05-27"));
        assertThat(p.window().to()).isBefore(LocalDate.parse("2017-06-20"));
    }

    @Test
    void aRecentSummitAfterTheSeriesKnownYearsSaysNothing() {
        PublishedDate p = date("Leaders recalled the recent G7 on Tuesday.");
        // the file knows no G7 after 2018: any day from a year after it stays possible
        assertThat(p.window().to()).isEqualTo(KnownTerms.TODAY);
    }

    @Test
    void aYearlessPastDayWrittenWithItsYearElsewhereEndsTheWindowWithThatYear() {
        PublishedDate p = date("The minister resigned on Wednesday.\nThe flooding was reported on March 3.\n"
                + "The relief plan was approved on March 3, 2012.");
        assertThat(p.window().from()).isEqualTo(LocalDate.parse("2012-03-03"));
        assertThat(p.window().to()).isBetween(LocalDate.parse("2012-12-31"), LocalDate.parse("2013-02-15"));
    }
}
