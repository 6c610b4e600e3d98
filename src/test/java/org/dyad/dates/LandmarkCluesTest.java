package org.dyad.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.dyad.article.DateMethod;
import org.dyad.article.PublishedDate;
import org.junit.jupiter.api.Test;

class LandmarkCluesTest {
    /** A few real events, written in the bundled file's format. */
    private static final String FILE = """
            # from\tto\tflags\tlabel\tphrases
            2024-11-18\t2024-11-19\t-\tG20 summit Rio\tG20 (?:summit )?in (?:Rio|Brazil)
            2023-10-07\t-\tnamed\tHamas attack on Israel\t(?:7|7th) October (?:\\S+ ){0,3}(?:attack|incursion)
            2024-12-08\t-\t-\tFall of Assad\tfall of (?:Bashar al-)?Assad
            2025-06-24\t2025-06-25\t-\tNATO summit The Hague\tNATO summit in The Hague
            2022-06-28\t2022-06-30\t-\tNATO summit Madrid\tNATO summit in Madrid
            2020-02-11\t-\tongoing\tCOVID-19 named\tCOVID(?:-19)?
            2024-11-21\t-\t-\tDnipro missile strike\tstrike on Dnipro
            """;

    private final PublicationDater dater;

    LandmarkCluesTest() throws IOException {
        dater = new PublicationDater(List.of(), Landmarks.read(new StringReader(FILE), "test"), KnownTerms.TODAY);
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private PublishedDate date(String text) {
        return dater.date(TestKit.article(text));
    }

    @Test
    void earlierThisWeekPutsTheArticleInTheSummitsWeek() {
        PublishedDate p = date("Three ministers unveiled the fund earlier this week at the G20 summit in Rio.");
        assertThat(p.method()).isEqualTo(DateMethod.INFERRED);
        assertThat(p.window().from()).isEqualTo(d("2024-11-18"));
        assertThat(p.window().to()).isBetween(d("2024-11-24"), d("2024-11-27"));
        assertThat(p.evidence()).contains("G20 summit Rio");
    }

    @Test
    void lastYearNextToAnEventGivesTheYearAfterIt() {
        PublishedDate p = date("Both envoys recalled the 7 October attack on Israel last year.");
        // the year 2024, with two weeks' slack for loose usage around New Year
        assertThat(p.window().from()).isBetween(d("2023-12-18"), d("2024-01-01"));
        assertThat(p.window().to()).isBetween(d("2024-12-31"), d("2025-01-14"));
    }

    @Test
    void nextMonthBeforeASummitGivesTheMonthBefore() {
        PublishedDate p = date("The prime minister will attend the NATO summit in The Hague next month.");
        // "next month" is said all through May, and a few days either side
        assertThat(p.window().from()).isBetween(d("2025-04-19"), d("2025-05-01"));
        assertThat(p.window().to()).isBetween(d("2025-05-31"), d("2025-06-12"));
    }

    @Test
    void aMonthWithoutYearToldInThePastIsTheLatestSuchMonth() {
        PublishedDate p = date("Leaders attended the NATO summit in Madrid in June.");
        assertThat(p.window().from()).isEqualTo(d("2022-06-28"));
        assertThat(p.window().to()).isBetween(d("2023-05-31"), d("2023-06-14"));
    }

    @Test
    void pastTenseMentionIsALowerBound() {
        PublishedDate p = date("Refugees returned home after the fall of Assad.");
        assertThat(p.window().from()).isEqualTo(d("2024-12-08"));
        assertThat(p.window().to()).isEqualTo(KnownTerms.TODAY);
    }

    @Test
    void pastTenseAloneDoesNotSayAScheduledEventTookPlace() {
        assertThat(date("Officials said the NATO summit in The Hague was moved.")).satisfies(TestKit::noClue);
    }

    @Test
    void anUnscheduledEventToldInThePastTookPlace() {
        PublishedDate p = date("Analysts discussed how the fall of Assad changed Syria.");
        assertThat(p.window().from()).isEqualTo(d("2024-12-08"));
    }

    @Test
    void relativeTimeOfThePreparationsIsNotTheEvents() {
        assertThat(date("Officials met last week to prepare for the NATO summit in The Hague.")).satisfies(TestKit::noClue);
    }

    @Test
    void futureVerbAboutAnEventsConsequencesIsNoUpperBound() {
        PublishedDate p = date("The fall of Assad will reshape the region.");
        assertThat(p).satisfies(TestKit::noClue);
    }

    @Test
    void futureTenseMentionIsAnUpperBound() {
        PublishedDate p = date("The prime minister will attend the NATO summit in The Hague.");
        assertThat(p.window().to()).isEqualTo(d("2025-06-25"));
    }

    @Test
    void weeksAfterAnEventToldInThePastCountFromIt() {
        PublishedDate p = date("The deal was signed three weeks after the fall of Assad.");
        assertThat(p.window().from()).isBetween(d("2024-12-26"), d("2024-12-29"));
    }

    @Test
    void aWeekdayOnWhichTheEventFellPutsTheArticleInTheWeekAfter() {
        PublishedDate p = date("Russia carried out the strike on Dnipro on Thursday.");
        assertThat(p.window().from()).isEqualTo(d("2024-11-21"));
        assertThat(p.window().to()).isBetween(d("2024-11-27"), d("2024-11-29"));
    }

    @Test
    void aWeekdayTheEventDidNotFallOnIsNotReadAsItsDay() {
        PublishedDate p = date("Russia carried out the strike on Dnipro on Monday.");
        assertThat(p.window().from()).isEqualTo(d("2024-11-21"));
        assertThat(p.window().to()).isEqualTo(KnownTerms.TODAY);
    }

    @Test
    void namedEventNeedsNoTense() {
        PublishedDate p = date("Ministers discuss the 7 October attack.");
        assertThat(p.window().from()).isEqualTo(d("2023-10-07"));
    }

    @Test
    void ongoingThingIgnoresTheRelativeTimeNextToIt() {
        PublishedDate p = date("Hospitals were hit hard by COVID-19 last year.");
        assertThat(p.window().from()).isEqualTo(d("2020-02-11"));
        assertThat(p.window().to()).isEqualTo(KnownTerms.TODAY);
    }

    @Test
    void sinceAnEventLastYearGivesTheYearAfterIt() {
        PublishedDate p = date("Deaths have risen since the 7 October attack last year.");
        // the year 2024, with two weeks' slack for loose usage around New Year
        assertThat(p.window().from()).isBetween(d("2023-12-18"), d("2024-01-01"));
        assertThat(p.window().to()).isBetween(d("2024-12-31"), d("2025-01-14"));
    }

    @Test
    void oneEventNamedTwiceIsOneClue() throws IOException {
        Landmarks l = Landmarks.read(new StringReader(FILE), "test");
        List<DateClue> clues = LandmarkClues.clues(TestKit.article("COVID closed schools.\nCOVID-19 closed shops."), l, KnownTerms.TODAY);
        assertThat(clues).hasSize(1);
    }

    @Test
    void sentenceNamingAnotherYearMeansAnOlderEventOfThatName() {
        PublishedDate p = date("Leaders signed the enlargement plan at the NATO summit in Madrid in 1997.");
        assertThat(p.window().from()).isEqualTo(d("1997-01-01"));
    }

    @Test
    void presentTenseMentionOfAnUnnamedEventGivesNothing() {
        assertThat(date("Diplomats prepare for the NATO summit in The Hague.")).satisfies(TestKit::noClue);
    }

    @Test
    void bundledFileLoadsWithHundredsOfEvents() {
        Landmarks bundled = Landmarks.bundled();
        assertThat(bundled.size()).isGreaterThan(250);
        assertThat(bundled.entries()).allSatisfy(l -> assertThat(l.to()).isAfterOrEqualTo(l.from()));
    }

    @Test
    void malformedLineFailsWithItsLineNumber() {
        assertThatThrownBy(() -> Landmarks.read(new StringReader("# header\n2024-13-01\t-\t-\tbad\tx\n"), "f.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("f.tsv:2");
    }
}
