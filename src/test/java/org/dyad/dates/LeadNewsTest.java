package org.dyad.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.dyad.article.OfficeTerm;
import org.dyad.article.PublishedDate;
import org.junit.jupiter.api.Test;

/** An undated page whose lead reports a dated event, and a person "who took office earlier this month". */
class LeadNewsTest {
    private static final String FILE = """
            2017-06-05\t-\t-\tGulf states cut ties with Qatar\t(?:cut|severed) (?:all )?(?:diplomatic )?ties with Qatar
            2016-05-26\t2016-05-27\t-\tG7 summit Ise-Shima\tG7 summit in Ise-Shima
            2017-05-26\t2017-05-27\t-\tG7 summit Taormina\tG7 summit in Taormina
            2018-06-08\t2018-06-09\t-\tG7 summit Charlevoix\tG7 summit in Charlevoix
            2026-01-03\t-\t-\tCapture of the Venezuelan president\tcapture of (?:\\S+ ){0,3}Maduro
            """;

    private final PublicationDater dater;

    LeadNewsTest() throws IOException {
        List<OfficeTerm> terms = List.of(new OfficeTerm("Moon Jae-in", List.of(), "President", "KOR", "GOV",
                LocalDate.parse("2017-05-10"), LocalDate.parse("2022-05-10")));
        dater = new PublicationDater(terms, Landmarks.read(new StringReader(FILE), "test"), KnownTerms.TODAY);
    }

    private PublishedDate date(String text) {
        return dater.date(TestKit.article(text));
    }

    @Test
    void aHeadlineReportingTheEventPutsThePageInItsNewsDays() {
        PublishedDate p = date("Four states cut ties with Qatar\nThe decision surprised the region.\nTrade is affected.");
        assertThat(p.window().from()).isEqualTo(LocalDate.parse("2017-06-05"));
        assertThat(p.window().to()).isBefore(LocalDate.parse("2017-06-20"));
        assertThat(p.date()).isEqualTo(LocalDate.parse("2017-06-05"));
    }

    @Test
    void theSameEventFarDownThePageOrWithAYearOnlyBoundsItFromBelow() {
        PublishedDate later = date("Trade talks resumed.\nPorts reopened.\nShips are sailing.\nPrices fell.\n"
                + "Four states cut ties with Qatar and reopened them later.");
        assertThat(later.window().from()).isEqualTo(LocalDate.parse("2017-06-05"));
        assertThat(later.window().to()).isEqualTo(KnownTerms.TODAY);
        PublishedDate withYear = date("In 2017 four states cut ties with Qatar.");
        assertThat(withYear.window().to()).isEqualTo(KnownTerms.TODAY);
    }

    @Test
    void aPastWeekdayNextToTheEventGuessesTheDayAfterIt() {
        PublishedDate p = date("Leaders reacted on Saturday to the capture of the Venezuelan leader Maduro.");
        assertThat(p.window().from()).isEqualTo(LocalDate.parse("2026-01-03"));
        assertThat(p.window().to()).isBefore(LocalDate.parse("2026-01-12"));
        assertThat(p.date()).isEqualTo(LocalDate.parse("2026-01-04"));
    }

    @Test
    void tookOfficeEarlierThisMonthReachesTheTermsFirstDay() {
        PublishedDate p = date("President Moon Jae-in, who took office earlier this month, called a meeting.");
        assertThat(p.window().from()).isAfterOrEqualTo(LocalDate.parse("2017-04-25"));
        assertThat(p.window().to()).isBefore(LocalDate.parse("2017-06-20"));
        assertThat(p.evidence()).contains("took office");
    }

    @Test
    void theRecentSummitOfAYearlySeriesIsTheLastOneBeforeTheArticle() {
        PublishedDate p = date("President Moon Jae-in, who took office earlier this month, recalled what was agreed at the recent G7.");
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
        PublishedDate p = date("The envoy was summoned on Wednesday.\nThe shelling was reported on August 16.\n"
                + "The protest note was signed on August 16, 2015.");
        assertThat(p.window().from()).isEqualTo(LocalDate.parse("2015-08-16"));
        assertThat(p.window().to()).isBetween(LocalDate.parse("2015-12-31"), LocalDate.parse("2016-02-15"));
    }
}
