package org.dyad.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.dyad.article.DateMethod;
import org.dyad.article.PublishedDate;
import org.dyad.article.RemovalReason;
import org.dyad.article.RemovedLine;
import org.junit.jupiter.api.Test;

class PublicationDaterTest {
    private final PublicationDater dater = new PublicationDater(KnownTerms.TERMS, KnownTerms.TODAY);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void prefersTheGivenDateToADatelineInTheText() {
        PublishedDate p = dater.date(TestKit.article("Xinhua, February 8, 2017\nTalks were held.", d("2017-02-09"), null, List.of()));
        assertThat(p).isEqualTo(new PublishedDate(d("2017-02-09"), d("2017-02-09"), d("2017-02-09"), DateMethod.GIVEN, p.evidence()));
    }

    @Test
    void readsTheCleanersDateline() {
        PublishedDate p = dater.date(TestKit.article("Talks were held in Kyiv.", null, "KYIV, March 3, 2023 (AP)", List.of()));
        assertThat(p.method()).isEqualTo(DateMethod.EXPLICIT);
        assertThat(p.window().from()).isEqualTo(d("2023-03-03"));
    }

    @Test
    void readsAPublishedLineTheCleanerDropped() {
        PublishedDate p = dater.date(TestKit.article("Talks were held in Kyiv.", null, null,
                List.of(RemovedLine.of("Share this article", RemovalReason.BOILERPLATE),
                        RemovedLine.of("Published: 14 June 2022 | 3 min read", RemovalReason.BOILERPLATE))));
        assertThat(p.date()).isEqualTo(d("2022-06-14"));
        assertThat(p.method()).isEqualTo(DateMethod.EXPLICIT);
    }

    @Test
    void datesUndatedArticleBySunakAndWallaceTerms() {
        PublishedDate p = dater.date(TestKit.article(
                "Prime Minister Rishi Sunak is due to meet Emmanuel Macron in Paris on Friday.\n"
                        + "Defence Secretary Ben Wallace will also attend."));
        assertThat(p.method()).isEqualTo(DateMethod.INFERRED);
        assertThat(p.window().from()).isEqualTo(d("2022-10-25"));
        assertThat(p.window().to()).isEqualTo(d("2023-08-31"));
        assertThat(p.evidence()).contains("Rishi Sunak").contains("Ben Wallace");
    }

    @Test
    void explicitDatelineWithoutYearTakesYearFromContent() {
        PublishedDate p = dater.date(TestKit.article(
                "LONDON, Nov 22 (Reuters) - Foreign Secretary David Lammy met Jean-Noël Barrot, France's foreign minister."));
        assertThat(p.method()).isEqualTo(DateMethod.EXPLICIT);
        assertThat(p.date()).isEqualTo(d("2024-11-22"));
        assertThat(p.evidence()).contains("year from");
    }

    @Test
    void givesNullWhenNothingSupportsADate() {
        assertThat(dater.date(TestKit.article("Rishi Sunak spoke to reporters about the economy.\nHe said growth was slow.")))
                .satisfies(TestKit::noClue);
    }

    @Test
    void datesAFormerOfficeHolderAfterTheEndOfTheTerm() {
        PublishedDate p = dater.date(TestKit.article("Former Prime Minister Boris Johnson criticised the plan."));
        assertThat(p.window().from()).isEqualTo(d("2022-09-06"));
        assertThat(p.window().to()).isEqualTo(KnownTerms.TODAY);
        // nothing later reported: just after the departure, where news about it is densest
        assertThat(p.date()).isEqualTo(d("2022-09-08"));
    }

    @Test
    void datesAfterTheFallOrDeathOfAnOfficeHolder() {
        for (String text : List.of("Exiles returned after the fall of President Nicolas Sarkozy.",
                "Crowds mourned the late Prime Minister David Cameron.",
                "Supporters of ousted Prime Minister David Cameron marched in the capital.")) {
            PublishedDate p = dater.date(TestKit.article(text));
            assertThat(p.window().from()).as(text).isIn(d("2012-05-15"), d("2016-07-13"));
        }
    }

    @Test
    void aTitleNearWordsOfAnEndWrittenDuringTheTermSaysNothing() {
        for (String text : List.of("Rivals called for the impeachment of President Nicolas Sarkozy.",
                "At the funeral, Prime Minister David Cameron spoke of loss.",
                "The then Prime Minister David Cameron said little.")) {
            assertThat(dater.date(TestKit.article(text))).as(text).satisfies(TestKit::noClue);
        }
    }

    @Test
    void aFormerTitleOfAnotherOfficeSaysNothing() {
        PublishedDate p = dater.date(TestKit.article("Former Defence Secretary Boris Johnson criticised the plan."));
        assertThat(p).satisfies(TestKit::noClue);
    }

    @Test
    void aCurrentTitleOutvotesAFormerOne() {
        // the knowledge file may miss a term: a title held now outweighs the end of a term it records
        PublishedDate p = dater.date(TestKit.article(
                "Prime Minister Boris Johnson will sign the order.\nFormer Prime Minister Rishi Sunak was at the ceremony."));
        assertThat(p.window().from()).isEqualTo(d("2019-07-24"));
        assertThat(p.window().to()).isEqualTo(d("2022-09-06"));
        assertThat(p.evidence()).contains("ignored as contradicted").contains("former Rishi Sunak");
    }

    @Test
    void findsATransliteratedNameWrittenWithOneLetterLessOrMore() {
        for (String name : List.of("Mohamed Shia al-Sudani", "Mohammed Shia al-Sudani", "Mohammed Shiaa al-Sudanni")) {
            PublishedDate p = dater.date(TestKit.article("Iraqi Prime Minister " + name + " will visit Ankara."));
            assertThat(p.window().from()).as(name).isEqualTo(d("2022-10-27"));
        }
        // another letter is another name
        assertThat(dater.date(TestKit.article("Iraqi Prime Minister Mahmud Shia al-Sudani will visit Ankara.")))
                .satisfies(TestKit::noClue);
    }

    @Test
    void aGuessNearAReportedEventMovesToTheDayAfterTheLeadsWeekday() {
        // the clash (a Sunday) is the latest dated event; the lead's news came on the Wednesday after it
        PublishedDate p = dater.date(TestKit.article(
                "The envoy was summoned on Wednesday after border guards were killed on 16 August 2015."));
        assertThat(p.window().from()).isEqualTo(d("2015-08-16"));
        assertThat(p.date()).isEqualTo(d("2015-08-20"));
    }

    @Test
    void aWeekdayAheadOrOfAnotherWeekLeavesTheGuess() {
        for (String lead : List.of("Ministers will meet on Wednesday after border guards were killed on 16 August 2015.",
                "The envoy was summoned last Wednesday after border guards were killed on 16 August 2015.")) {
            PublishedDate p = dater.date(TestKit.article(lead));
            assertThat(p.date()).as(lead).isEqualTo(d("2015-08-18"));
        }
    }

    @Test
    void findsANameWrittenWithoutItsAccents() {
        for (String name : List.of("Jean-Noël Barrot", "Jean-Noel Barrot")) {
            PublishedDate p = dater.date(TestKit.article("French Foreign Minister " + name + " will visit Cairo."));
            assertThat(p.window().from()).as(name).isEqualTo(d("2024-09-21"));
        }
    }

    @Test
    void boundsBelowByTheDayOfANewsPhotoCaption() {
        PublishedDate p = dater.date(TestKit.article("Rescue teams searched the valley.\nOfficials said more rain was expected.",
                null, null, List.of(RemovedLine.of("Firefighters work at the scene of a landslide on August 14, 2025.", RemovalReason.CAPTION))));
        assertThat(p.window().from()).isEqualTo(d("2025-08-14"));
        assertThat(p.window().to()).isEqualTo(KnownTerms.TODAY);
        assertThat(p.date()).isEqualTo(d("2025-08-16"));
    }

    @Test
    void anArchivePhotoBoundsBelowButDoesNotPointAtTheDay() {
        PublishedDate p = dater.date(TestKit.article("Rescue teams searched the valley.", null, null,
                List.of(RemovedLine.of("In this file photo taken on March 2, 2023, a ferry leaves the harbour.", RemovalReason.CAPTION))));
        assertThat(p.window().from()).isEqualTo(d("2023-03-02"));
        assertThat(p.date()).isAfter(d("2024-01-01"));
    }

    @Test
    void aDateInARelatedHeadlineIsNotACaption() {
        PublishedDate p = dater.date(TestKit.article("Rescue teams searched the valley.", null, null,
                List.of(RemovedLine.of("Photos of the week: August 14, 2025", RemovalReason.RELATED_HEADLINES))));
        assertThat(p).satisfies(TestKit::noClue);
    }

    @Test
    void ignoresTitlesInASentenceWithItsOwnOldDate() {
        PublishedDate p = dater.date(TestKit.article(
                "Defence Secretary John Healey met his counterparts in Paris.\n"
                        + "Prime Minister David Cameron and President Nicolas Sarkozy signed the Lancaster House treaty on November 2, 2010."));
        assertThat(p.window().from()).isEqualTo(d("2024-07-05"));
    }

    @Test
    void outvotesAContradictedOfficeTitle() {
        // a stray "Prime Minister Boris Johnson" against three clues that agree on 2024 onwards
        PublishedDate p = dater.date(TestKit.article(
                "Prime Minister Keir Starmer will host the summit.\n"
                        + "Defence Secretary John Healey said Britain was ready.\n"
                        + "Foreign Secretary David Lammy will attend.\n"
                        + "Prime Minister Boris Johnson once called the group a talking shop."));
        assertThat(p.window().from()).isEqualTo(d("2024-07-05"));
        assertThat(p.window().to()).isEqualTo(d("2025-09-05"));
        assertThat(p.evidence()).contains("ignored as contradicted").contains("Boris Johnson");
    }

    @Test
    void readsATitleInAppositionAfterTheName() {
        PublishedDate p = dater.date(TestKit.article("David Lammy, the Foreign Secretary, will travel to Washington."));
        assertThat(p.window().from()).isEqualTo(d("2024-07-05"));
        assertThat(p.window().to()).isEqualTo(d("2025-09-05"));
    }

    @Test
    void readsTheUnnamedPrimeMinisterAsTheOnePersonNamedWhoHeldThatOffice() {
        PublishedDate p = dater.date(TestKit.article(
                "Rishi Sunak will meet Emmanuel Macron in Paris.\nThe Prime Minister said the talks were essential.\n"
                        + "Mr Sunak will also visit Washington."));
        assertThat(p.window().from()).isEqualTo(d("2022-10-25"));
        assertThat(p.window().to()).isEqualTo(d("2024-07-05"));
    }

    @Test
    void narrowsACounterpartToTheOfficeOfTheSameDomain() {
        PublishedDate p = dater.date(TestKit.article(
                "Defence Secretary John Healey met his French counterpart Sébastien Lecornu to talk about the coalition."));
        assertThat(p.window().from()).isEqualTo(d("2024-07-05"));
        assertThat(p.window().to()).isEqualTo(d("2025-10-12"));
    }

    @Test
    void keepsBothTermsOfAPresidentWithTwo() {
        PublishedDate p = dater.date(TestKit.article("President Donald Trump will sign the order, and Prime Minister Keir Starmer welcomed it."));
        // Trump's first term ended before Starmer's began: only the second term remains
        assertThat(p.window().from()).isEqualTo(d("2025-01-20"));
    }

    @Test
    void boundsBelowByAYearToldInThePast() {
        PublishedDate p = dater.date(TestKit.article("The agreement was signed in 2019 after long talks."));
        assertThat(p.method()).isEqualTo(DateMethod.INFERRED);
        assertThat(p.window().from()).isEqualTo(d("2019-01-01"));
        assertThat(p.window().to()).isEqualTo(KnownTerms.TODAY);
        assertThat(p.date()).isBeforeOrEqualTo(KnownTerms.TODAY);
    }

    @Test
    void boundsAboveByAYearStillAhead() {
        PublishedDate p = dater.date(TestKit.article(
                "Prime Minister Keir Starmer will host the summit in 2025.\nMinisters will attend."));
        assertThat(p.window().from()).isEqualTo(d("2024-07-05"));
        assertThat(p.window().to()).isEqualTo(d("2025-12-31"));
    }

    @Test
    void fixesTheYearOfAWeekdayDateInADroppedFooter() {
        PublishedDate p = dater.date(TestKit.article("Prime Minister Keir Starmer visited France.", null, null,
                List.of(new RemovedLine("У Великій Британії в понеділок, 25 листопада, помер найстаріший чоловік", RemovalReason.LANGUAGE, "uk"))));
        assertThat(p.date()).isEqualTo(d("2024-11-25"));
        assertThat(p.window().from()).isAfterOrEqualTo(d("2024-11-01"));
        assertThat(p.window().to()).isBeforeOrEqualTo(d("2024-12-31"));
    }

    @Test
    void spansEveryYearThatFitsADatelineWithoutYear() {
        PublishedDate p = dater.date(TestKit.article("LONDON, Nov 22 (Reuters) - Prime Minister Keir Starmer will visit Paris."));
        assertThat(p.method()).isEqualTo(DateMethod.EXPLICIT);
        assertThat(p.from()).isEqualTo(d("2024-11-22"));
        assertThat(p.to()).isEqualTo(d("2026-11-22"));
        assertThat(p.date()).isEqualTo(d("2024-11-22"));
    }

    @Test
    void aDatelineWithoutYearAndNothingElseDatableSpansEveryYear() {
        // the page may be years old: the latest such day is the guess, not the only day allowed
        PublishedDate p = dater.date(TestKit.article("ACCRA, March 3 (Reuters) - The harbour reopened after the storm."));
        assertThat(p.method()).isEqualTo(DateMethod.EXPLICIT);
        LocalDate latest = LocalDate.of(KnownTerms.TODAY.getYear(), 3, 3);
        if (latest.isAfter(KnownTerms.TODAY)) latest = latest.minusYears(1);
        assertThat(p.date()).isEqualTo(latest);
        assertThat(p.to()).isEqualTo(latest);
        assertThat(p.from().getMonthValue()).isEqualTo(3);
        assertThat(p.from().getDayOfMonth()).isEqualTo(3);
        assertThat(p.from()).isBeforeOrEqualTo(latest.minusYears(PublicationDater.UNDATED_YEARS - 1));
    }

    @Test
    void aDatelineDayTheContentRulesOutIsNotBelieved() {
        // Sunak and Wallace together (2022-10-25..2023-08-31) leave no 20 September
        PublishedDate p = dater.date(TestKit.article(
                "LONDON, September 20 (Reuters) - Prime Minister Rishi Sunak and Defence Secretary Ben Wallace are due in Paris."));
        assertThat(p.method()).isEqualTo(DateMethod.INFERRED);
        assertThat(p.window().from()).isEqualTo(d("2022-10-25"));
        assertThat(p.window().to()).isEqualTo(d("2023-08-31"));
    }

    @Test
    void aYearlessPastDayPointsTheGuessJustAfterIt() {
        // Lammy's term leaves 8 March 2025 only (2024's is before it): the report is from just after that day
        PublishedDate p = dater.date(TestKit.article("Foreign Secretary David Lammy said the talks collapsed on March 8."));
        assertThat(p.window().from()).isEqualTo(d("2024-07-05"));
        assertThat(p.date()).isEqualTo(d("2025-03-08").plusDays(DateClue.DAYS_AFTER_EVENT));
    }

    @Test
    void aDayToldInTheFutureWithOnIsStillAhead() {
        PublishedDate p = dater.date(TestKit.article("Prime Minister Keir Starmer will travel to Paris on 3 May 2026."));
        assertThat(p.window().from()).isEqualTo(d("2024-07-05"));
        assertThat(p.window().to()).isEqualTo(d("2026-05-03"));
    }

    @Test
    void readsATitleAfterTheFallOfItsHolderAsAPastOne() {
        PublishedDate p = dater.date(TestKit.article(
                "Violence returned three months after the fall of President Nicolas Sarkozy.\nThe envoy said in 2025 that talks must go on."));
        assertThat(p.window().from()).isEqualTo(d("2025-01-01"));
        assertThat(p.window().to()).isEqualTo(KnownTerms.TODAY);
        assertThat(p.evidence()).contains("former Nicolas Sarkozy");
    }

    @Test
    void doesNotReadADatedLetterInProseAsADateLine() {
        PublishedDate p = dater.date(TestKit.article("Senators sent a letter to the Secretary of State dated Feb. 4, 2019, urging action."));
        assertThat(p.method()).isNotEqualTo(DateMethod.EXPLICIT);
    }

    @Test
    void aSpanCountedFromAPastHoldersFallStartsTheWindowThatLongAfterTheTermsEnd() {
        PublishedDate p = dater.date(TestKit.article(
                "Two months since the fall of former Prime Minister Boris Johnson, his allies are regrouping."));
        // the term ended 2022-09-06; "two months" is said from about a week short of it
        assertThat(p.window().from()).isEqualTo(d("2022-09-06").plusDays(53));
        PublishedDate plain = dater.date(TestKit.article("The party chose a new leader to replace former Prime Minister Boris Johnson."));
        assertThat(plain.window().from()).isEqualTo(d("2022-09-06"));
    }

    @Test
    void aTargetYearInTheSentenceLeavesTheTitleAsOfTheArticle() {
        // "by 2030" is a target, not the day the sentence tells of: the title is the article's own
        PublishedDate p = dater.date(TestKit.article("Prime Minister Keir Starmer has pledged to halve the waiting lists by 2030."));
        assertThat(p.window().from()).isEqualTo(d("2024-07-05"));
    }

    @Test
    void takesNoLowerBoundFromADeadlineInThePastTense() {
        PublishedDate p = dater.date(TestKit.article("The Commission President pledged to make the bloc carbon free by 2025."));
        assertThat(p).satisfies(TestKit::noClue);
    }

    @Test
    void aWideWindowOpenedByATermsFirstDayGuessesJustAfterIt() {
        PublishedDate p = dater.date(TestKit.article(
                "Prime Minister Keir Starmer meets Foreign Secretary David Lammy and Defence Secretary John Healey in Downing Street."));
        assertThat(p.window().from()).isEqualTo(d("2024-07-05"));
        assertThat(p.window().to()).isEqualTo(d("2025-09-05"));
        // not the window's middle: the latest-appointed of the people named is likeliest news in his first days
        assertThat(p.date()).isEqualTo(d("2024-07-07"));
    }

    @Test
    void aSurnameAloneFavoursThatPersonsTermWithoutNarrowingTheWindow() {
        PublishedDate p = dater.date(TestKit.article("Prime Minister Keir Starmer spoke to Trump by telephone about the tariffs."));
        assertThat(p.window().from()).isEqualTo(d("2024-07-05"));
        assertThat(p.window().to()).isEqualTo(KnownTerms.TODAY);
        assertThat(p.date()).isEqualTo(d("2025-01-22"));
        assertThat(p.evidence()).contains("Donald Trump named without a title");
    }

    @Test
    void aPredecessorNamedWithoutTitleFavoursNoHandoverDay() {
        // Biden's term touches Trump's second only on the day of the handover: no stretch to favour
        PublishedDate p = dater.date(TestKit.article("President Donald Trump signs an order that Joe Biden opposes."));
        assertThat(p.date()).isEqualTo(d("2025-01-22"));
        assertThat(p.evidence()).doesNotContain("Joe Biden named without a title");
    }

    @Test
    void aSurnameAfterAnotherFirstNameIsANamesakeAndFavoursNothing() {
        String text = "Prime Minister Keir Starmer met the rapporteur Ivy Trump in London. Trump said the report was ready.";
        PublishedDate namesake = dater.date(TestKit.withPersonNames(TestKit.article(text), "Ivy", "Trump"));
        assertThat(namesake.evidence()).doesNotContain("Donald Trump named without a title");
        assertThat(namesake.date()).isEqualTo(d("2024-07-07"));
        PublishedDate same = dater.date(TestKit.withPersonNames(TestKit.article(text.replace("Ivy", "Donald")), "Donald", "Trump"));
        assertThat(same.date()).isEqualTo(d("2025-01-22"));
    }

    @Test
    void aTermBegunDecadesAgoDoesNotPullTheGuessToItsFirstDays() {
        PublishedDate p = dater.date(TestKit.article("President Yoweri Museveni addresses parliament in Kampala."));
        assertThat(p.window().from()).isEqualTo(d("1986-01-29"));
        assertThat(p.date()).isAfter(KnownTerms.TODAY.minusYears(PublicationDater.UNDATED_YEARS));
    }

    @Test
    void aPastWeekdayDateMayBeRecalledWeeksLaterAndPicksTheLatestYear() {
        PublishedDate p = dater.date(TestKit.article(
                "The river flooded the lower town on Tuesday, March 5. On March 9, the old dam gave way."));
        // a witness recalling the days before the news: the article may come weeks after them
        assertThat(p.window().to()).isAfterOrEqualTo(d("2024-04-01"));
        // the weekday fits several years; the guess is the latest's, not the earliest's
        assertThat(p.date()).isEqualTo(d("2024-03-09"));
    }
}
