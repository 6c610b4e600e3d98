package org.dyad.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.dates.TestKit.dep;
import static org.dyad.dates.TestKit.published;
import static org.dyad.dates.TestKit.publishedOn;
import static org.dyad.dates.TestKit.tagged;
import static org.dyad.dates.TestKit.time;

import java.time.LocalDate;
import java.util.List;

import org.dyad.article.DateRange;
import org.dyad.article.PublishedDate;
import org.dyad.article.Sentence;
import org.junit.jupiter.api.Test;

class EventDaterTest {
    private final EventDater dater = new EventDater();

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    private static DateRange day(String d) {
        return DateRange.day(LocalDate.parse(d));
    }

    @Test
    void resolvesThursdayForwardForFutureTense() {
        // SUTime without a document date says XXXX-WXX-4; a Friday article means next week's Thursday
        Sentence s = tagged("Starmer/NNP and/CC Macron/NNP will/MD sign/VB a/DT declaration/NN on/IN Thursday/NNP ./.",
                time("Thursday", "DATE", "XXXX-WXX-4", 7, 8));
        assertThat(dater.date(s, 4, publishedOn("2023-03-10"))).isEqualTo(day("2023-03-16"));
        assertThat(dater.date(s, 4, publishedOn("2025-07-08"))).isEqualTo(day("2025-07-10"));
    }

    @Test
    void resolvesFridayBackwardForPastTense() {
        Sentence s = tagged("The/DT ministers/NNS met/VBD in/IN Paris/NNP on/IN Friday/NNP ./.");
        assertThat(dater.date(s, 2, publishedOn("2023-03-08"))).isEqualTo(day("2023-03-03"));
    }

    @Test
    void readsDueToAsFutureTense() {
        Sentence s = tagged("The/DT Prime/NNP Minister/NNP is/VBZ due/JJ to/TO meet/VB his/PRP$ French/JJ counterpart/NN in/IN Paris/NNP on/IN Friday/NNP");
        assertThat(dater.date(s, 6, publishedOn("2023-03-08"))).isEqualTo(day("2023-03-10"));
    }

    @Test
    void resolvesAWeekdayOverTheWholePublicationWindow() {
        Sentence s = tagged("Putin/NNP spoke/VBD in/IN a/DT television/NN address/NN on/IN Thursday/NNP");
        // published some day from Thursday 21 to Saturday 23 November 2024: the last Thursday is the 21st
        assertThat(dater.date(s, 1, published("2024-11-21", "2024-11-23"))).isEqualTo(day("2024-11-21"));
        // published Wednesday 20 to Friday 22: the Thursday is the 14th or the 21st
        assertThat(dater.date(s, 1, published("2024-11-20", "2024-11-22"))).isEqualTo(range("2024-11-14", "2024-11-21"));
    }

    @Test
    void keepsThursdayEveningAsThursday() {
        Sentence s = tagged("The/DT leaders/NNS will/MD dine/VB at/IN the/DT Elysee/NNP on/IN Thursday/NNP evening/NN");
        assertThat(dater.date(s, 3, publishedOn("2023-03-07"))).isEqualTo(day("2023-03-09"));
    }

    @Test
    void readsAYearAsTheWholeYear() {
        Sentence s = tagged("The/DT treaty/NN was/VBD struck/VBN between/IN Cameron/NNP and/CC Sarkozy/NNP in/IN 2010/CD");
        assertThat(dater.date(s, 4, publishedOn("2025-03-12"))).isEqualTo(range("2010-01-01", "2010-12-31"));
        assertThat(dater.date(s, 4, PublishedDate.unknown())).isEqualTo(range("2010-01-01", "2010-12-31"));
    }

    @Test
    void readsAFullDateAsThatDay() {
        Sentence s = tagged("They/PRP signed/VBD two/CD treaties/NNS on/IN November/NNP 2/CD ,/, 2010/CD in/IN London/NNP");
        assertThat(dater.date(s, 1, publishedOn("2025-03-12"))).isEqualTo(day("2010-11-02"));
    }

    @Test
    void placesAPastMonthInThePublicationYearOrTheOneBefore() {
        Sentence s = tagged("Mr/NNP Sunak/NNP announced/VBD in/IN February/NNP that/IN the/DT UK/NNP would/MD train/VB marines/NNS");
        assertThat(dater.date(s, 2, publishedOn("2023-03-10"))).isEqualTo(range("2023-02-01", "2023-02-28"));
        assertThat(dater.date(s, 2, publishedOn("2023-01-10"))).isEqualTo(range("2022-02-01", "2022-02-28"));
    }

    @Test
    void placesADayAndMonthWithoutYearBeforeAPastTenseArticle() {
        Sentence s = tagged("Israel/NNP began/VBD its/PRP$ ground/NN invasion/NN of/IN Lebanon/NNP on/IN 1/CD October/NNP");
        assertThat(dater.date(s, 1, publishedOn("2024-11-22"))).isEqualTo(day("2024-10-01"));
        Sentence visit = tagged("Starmer/NNP visited/VBD France/NNP on/IN November/NNP 11/CD");
        assertThat(dater.date(visit, 1, publishedOn("2024-11-25"))).isEqualTo(day("2024-11-11"));
    }

    @Test
    void resolvesRelativeDaysWeeksMonthsAndYears() {
        PublishedDate wed = publishedOn("2024-11-20");
        assertThat(dater.date(tagged("The/DT alliance/NN was/VBD launched/VBN earlier/RBR this/DT week/NN"), 4, wed))
                .isEqualTo(range("2024-11-17", "2024-11-20"));  // Sunday starts the week on American calendars
        assertThat(dater.date(tagged("The/DT row/NN erupted/VBD last/JJ month/NN"), 2, wed))
                .isEqualTo(range("2024-10-01", "2024-10-31"));
        assertThat(dater.date(tagged("The/DT UK/NNP will/MD host/VB the/DT meeting/NN next/JJ year/NN"), 3, wed))
                .isEqualTo(range("2025-01-01", "2025-12-31"));
        assertThat(dater.date(tagged("Ministers/NNS met/VBD yesterday/NN"), 1, wed)).isEqualTo(day("2024-11-19"));
        assertThat(dater.date(tagged("Ministers/NNS will/MD meet/VB tomorrow/NN"), 2, wed)).isEqualTo(day("2024-11-21"));
        assertThat(dater.date(tagged("Troops/NNS withdrew/VBD three/CD days/NNS ago/RB"), 1, wed)).isEqualTo(day("2024-11-17"));
    }

    @Test
    void runsASinceExpressionUpToPublication() {
        Sentence s = tagged("France/NNP has/VBZ supported/VBN Ukraine/NNP since/IN 2022/CD");
        assertThat(dater.date(s, 2, publishedOn("2024-11-22"))).isEqualTo(range("2022-01-01", "2024-11-22"));
    }

    @Test
    void picksTheExpressionAttachedToTheAnchorVerb() {
        // Healey said on Monday that ministers will meet on Wednesday
        Sentence s = tagged("Healey/NNP said/VBD on/IN Monday/NNP that/IN ministers/NNS will/MD meet/VB on/IN Wednesday/NNP",
                List.of(dep("root", -1, 1), dep("nsubj", 1, 0), dep("obl", 1, 3), dep("case", 3, 2),
                        dep("ccomp", 1, 7), dep("mark", 7, 4), dep("nsubj", 7, 5), dep("aux", 7, 6),
                        dep("obl", 7, 9), dep("case", 9, 8)));
        PublishedDate tue = publishedOn("2025-03-11");
        assertThat(dater.date(s, 7, tue)).isEqualTo(day("2025-03-12"));
        assertThat(dater.date(s, 1, tue)).isEqualTo(day("2025-03-10"));
    }

    @Test
    void ignoresAnExpressionInAnotherClause() {
        // "The ministers, who met on Monday, agree to cooperate": the anchor "agree" is not dated by Monday
        Sentence s = tagged("The/DT ministers/NNS ,/, who/WP met/VBD on/IN Monday/NNP ,/, agree/VBP to/TO cooperate/VB",
                List.of(dep("det", 1, 0), dep("nsubj", 8, 1), dep("acl:relcl", 1, 4), dep("nsubj", 4, 3),
                        dep("obl", 4, 6), dep("case", 6, 5), dep("root", -1, 8), dep("xcomp", 8, 10), dep("mark", 10, 9)));
        // published Thursday: the undated present lies on the news day, far from Monday the 10th
        assertThat(dater.date(s, 8, publishedOn("2025-03-13"))).isEqualTo(range("2025-03-12", "2025-03-13"));
    }

    @Test
    void aPossessiveTimeDatesTheNounItOwnsNotTheClause() {
        // "Police blamed Monday's attackers": the blaming is not dated by Monday
        Sentence s = tagged("Police/NNS blamed/VBD Monday/NNP 's/POS attackers/NNS",
                List.of(dep("root", -1, 1), dep("nsubj", 1, 0), dep("obj", 1, 4), dep("nmod:poss", 4, 2), dep("case", 2, 3)),
                time("Monday", "DATE", "XXXX-WXX-1", 2, 3));
        assertThat(dater.date(s, 1, publishedOn("2025-03-13"))).isNotEqualTo(day("2025-03-10"));
        // "Monday's talks", with the talks as the event's own word, still are Monday's
        assertThat(dater.date(s, 4, publishedOn("2025-03-13"))).isEqualTo(day("2025-03-10"));
    }

    @Test
    void fallsBackToThePublicationWindowWithoutAnyDate() {
        Sentence now = tagged("The/DT two/CD ministers/NNS discuss/VBP defence/NN cooperation/NN");
        // a present-tense statement with no date is of the news day the story closes: its date or the day before
        assertThat(dater.date(now, 3, published("2025-03-11", "2025-03-13"))).isEqualTo(range("2025-03-10", "2025-03-13"));
        // a past act with no date lies in the recent past, not only on the day of the article
        Sentence s = tagged("The/DT two/CD ministers/NNS discussed/VBD defence/NN cooperation/NN");
        assertThat(dater.date(s, 3, published("2025-03-11", "2025-03-13")))
                .isEqualTo(range(LocalDate.parse("2025-03-11").minusDays(EventDater.PAST_HORIZON_DAYS).toString(), "2025-03-13"));
        Sentence plan = tagged("Both/DT countries/NNS will/MD develop/VB new/JJ missiles/NNS");
        assertThat(dater.date(plan, 3, publishedOn("2025-03-11")))
                .isEqualTo(range("2025-03-11", LocalDate.parse("2025-03-11").plusDays(EventDater.FUTURE_HORIZON_DAYS).toString()));
    }

    @Test
    void givesOnlyAbsoluteDatesWhenThePublicationDateIsUnknown() {
        Sentence weekday = tagged("They/PRP met/VBD on/IN Friday/NNP");
        assertThat(dater.date(weekday, 1, PublishedDate.unknown())).isNull();
        Sentence month = tagged("They/PRP met/VBD in/IN March/NNP 2024/CD");
        assertThat(dater.date(month, 1, PublishedDate.unknown())).isEqualTo(range("2024-03-01", "2024-03-31"));
    }

    @Test
    void ignoresSutimeGuessesForTextWithoutNumbers() {
        // SUTime run with a document date turns "days later" into a day; it is relative to another event
        Sentence s = tagged("Days/NNS later/RB ,/, a/DT bomb/NN killed/VBD 11/CD miners/NNS", time("Days later", "DATE", "2025-03-13", 0, 2));
        assertThat(dater.date(s, 5, PublishedDate.unknown())).isNull();
        assertThat(dater.date(s, 5, publishedOn("2025-03-12")))
                .isEqualTo(range(LocalDate.parse("2025-03-12").minusDays(EventDater.PAST_HORIZON_DAYS).toString(), "2025-03-12"));
    }

    @Test
    void ignoresASutimeYearThatIsPartOfAName() {
        Sentence s = tagged("It/PRP was/VBD launched/VBN under/IN the/DT Made/NNP in/IN China/NNP 2025/CD plan/NN",
                time("2025", "DATE", "2025", 8, 9));
        assertThat(dater.date(s, 2, PublishedDate.unknown())).isNull();
    }

    @Test
    void readsAnAbsoluteSutimeValueWhenItsTextIsUnusual() {
        // a value whose text carries its own number is trusted even when Dyad cannot read the text
        Sentence s = tagged("The/DT summit/NN of/IN Dec-23/NN ended/VBD", time("Dec-23", "DATE", "2023-12", 3, 4));
        assertThat(dater.date(s, 4, PublishedDate.unknown())).isEqualTo(range("2023-12-01", "2023-12-31"));
    }

    @Test
    void datesAReportedPlanFromTheTimeOfItsAnnouncementOnwards() {
        // "Mr Sunak announced in February that the UK would start training marines": February is past
        // (the tense of the verb it hangs from), and the planned start lies from then on
        Sentence s = tagged("Mr/NNP Sunak/NNP announced/VBD in/IN February/NNP that/IN the/DT UK/NNP would/MD start/VB training/VBG marines/NNS",
                List.of(dep("compound", 1, 0), dep("nsubj", 2, 1), dep("root", -1, 2), dep("case", 4, 3), dep("obl", 2, 4),
                        dep("mark", 9, 5), dep("det", 7, 6), dep("nsubj", 9, 7), dep("aux", 9, 8), dep("ccomp", 2, 9),
                        dep("xcomp", 9, 10), dep("obj", 10, 11)));
        assertThat(dater.date(s, 9, publishedOn("2023-03-10")))
                .isEqualTo(range("2023-02-01", LocalDate.parse("2023-02-28").plusDays(EventDater.FUTURE_HORIZON_DAYS).toString()));
        // the announcing itself happened in February
        assertThat(dater.date(s, 2, publishedOn("2023-03-10"))).isEqualTo(range("2023-02-01", "2023-02-28"));
    }

    @Test
    void resolvesAPlannedComplementForwardsThoughItsControllerIsPast() {
        // "agreed to meet on Friday", written on a Wednesday: the meeting the agreement plans is this Friday
        Sentence s = org.dyad.article.HandParse.sentence("Lima agreed/agree to/to meet/meet Quito on/on Friday .",
                "NNP VBD TO VB NNP IN NNP .", "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; obj 4 5; case 7 6; obl:on 4 7; punct 2 8");
        assertThat(dater.date(s, 3, publishedOn("2025-03-12"))).isEqualTo(day("2025-03-14"));
    }

    @Test
    void datesAnOpenComplementByItsOwnTime() {
        // "He is scheduled to travel to Canada on Wednesday", anchored on "scheduled"
        Sentence s = tagged("He/PRP is/VBZ scheduled/VBN to/TO travel/VB to/IN Canada/NNP on/IN Wednesday/NNP",
                List.of(dep("nsubj:pass", 2, 0), dep("aux:pass", 2, 1), dep("root", -1, 2), dep("mark", 4, 3),
                        dep("xcomp", 2, 4), dep("case", 6, 5), dep("obl", 4, 6), dep("case", 8, 7), dep("obl", 4, 8)));
        assertThat(dater.date(s, 2, publishedOn("2025-03-10"))).isEqualTo(day("2025-03-12"));
    }

    @Test
    void takesTheNearestWeekdayForAPossessiveWeekday() {
        // "Rubio clarified that minerals were not the focus of Tuesday's talks", written on Monday
        Sentence s = tagged("Rubio/NNP clarified/VBD that/IN minerals/NNS were/VBD not/RB the/DT focus/NN of/IN Tuesday/NNP 's/POS talks/NNS");
        assertThat(dater.date(s, 1, publishedOn("2025-03-10"))).isEqualTo(day("2025-03-11"));
    }

    @Test
    void fallsBackToTheSentencesAbsoluteDateWhenPublicationIsUnknown() {
        Sentence s = tagged("On/IN Friday/NNP ,/, ministers/NNS recalled/VBD the/DT treaty/NN of/IN 2010/CD");
        assertThat(dater.date(s, 4, PublishedDate.unknown())).isEqualTo(range("2010-01-01", "2010-12-31"));
    }
    @Test
    void aYearOnTheSubjectDatesTheAct() {
        // "A 2019 decree banned rallies": the year of the decree is the year of the ban
        Sentence s = tagged("A/DT 2019/CD decree/NN banned/VBD rallies/NNS",
                List.of(dep("det", 2, 0), dep("nummod", 2, 1), dep("nsubj", 3, 2), dep("root", -1, 3), dep("obj", 3, 4)));
        assertThat(dater.date(s, 3, publishedOn("2025-03-12"))).isEqualTo(range("2019-01-01", "2019-12-31"));
    }

    @Test
    void theDayAnEffectRunsToIsNotTheDayOfTheAct() {
        // "Oslo postponed the levy until May 3", written on 12 March: the postponing is no 3 May
        Sentence s = tagged("Oslo/NNP postponed/VBD the/DT levy/NN until/IN May/NNP 3/CD",
                List.of(dep("nsubj", 1, 0), dep("root", -1, 1), dep("det", 3, 2), dep("obj", 1, 3),
                        dep("case", 5, 4), dep("obl", 1, 5), dep("nummod", 5, 6)));
        DateRange d = dater.date(s, 1, publishedOn("2025-03-12"));
        assertThat(d.to()).isEqualTo(LocalDate.parse("2025-03-12"));
        assertThat(d.from()).isBefore(LocalDate.parse("2025-03-12"));
    }
    @Test
    void coordinatedTimesDateTheActOverBoth() {
        // "Oslo fined the firm in 2021 and again in 2023": the window runs over both fines
        Sentence s = tagged("Oslo/NNP fined/VBD the/DT firm/NN in/IN 2021/CD and/CC again/RB in/IN 2023/CD");
        assertThat(dater.date(s, 1, publishedOn("2025-03-12"))).isEqualTo(range("2021-01-01", "2023-12-31"));
        // two times of two clauses are not joined
        Sentence two = tagged("Oslo/NNP fined/VBD the/DT firm/NN in/IN 2021/CD and/CC Rome/NNP sued/VBD it/PRP in/IN 2023/CD");
        assertThat(dater.date(two, 1, publishedOn("2025-03-12"))).isEqualTo(range("2021-01-01", "2021-12-31"));
    }
    @Test
    void aPastActReportedOnADayLiesOnThatDayOrBefore() {
        // "Police said on Monday that rebels attacked the post": the attack is no later than Monday
        Sentence s = org.dyad.article.HandParse.sentence("Police said/say on/on Monday that rebels attacked/attack the post .",
                "NNS VBD IN NNP IN NNS VBD DT NN .",
                "nsubj 2 1; root 0 2; case 4 3; obl:on 2 4; mark 7 5; nsubj 7 6; ccomp 2 7; det 9 8; obj 7 9; punct 2 10");
        assertThat(dater.date(s, 6, publishedOn("2025-03-12")))
                .isEqualTo(range(LocalDate.parse("2025-03-10").minusDays(EventDater.PAST_HORIZON_DAYS).toString(), "2025-03-10"));
        // the saying itself is Monday's
        assertThat(dater.date(s, 1, publishedOn("2025-03-12"))).isEqualTo(day("2025-03-10"));
    }
    @Test
    void aPresentPassiveStateDatesItsActInThePast() {
        // "The ships are sanctioned by Oslo": the sanctioning lies before the article, like an undated past act
        Sentence s = org.dyad.article.HandParse.sentence("The ships are/be sanctioned/sanction by Oslo .",
                "DT NNS VBP VBN IN NNP .", "det 2 1; nsubj:pass 4 2; aux:pass 4 3; root 0 4; case 6 5; obl:agent 4 6; punct 4 7");
        assertThat(dater.date(s, 3, publishedOn("2025-03-12")))
                .isEqualTo(range(LocalDate.parse("2025-03-12").minusDays(EventDater.PAST_HORIZON_DAYS).toString(), "2025-03-12"));
        // an active present stays on the news day
        Sentence now = org.dyad.article.HandParse.sentence("Oslo sanctions/sanction the ships .",
                "NNP VBZ DT NNS .", "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5");
        assertThat(dater.date(now, 1, publishedOn("2025-03-12"))).isEqualTo(range("2025-03-11", "2025-03-12"));
    }
}
