package org.dyad.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatelinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "WASHINGTON (Reuters) - The U.S. Senate passed the bill on Friday.|WASHINGTON (Reuters) -",
            "KYIV, Ukraine (AP) — Russian drones struck the capital overnight, officials said.|KYIV, Ukraine (AP) —",
            "BEIJING, Feb. 8 (Xinhua) -- Chinese Premier Li Keqiang held talks on Wednesday.|BEIJING, Feb. 8 (Xinhua) --",
            "Washington D. C. [USA], April 7 (ANI): India and the United States reviewed ties.|Washington D. C. [USA], April 7 (ANI):",
            "NEW DELHI: The government on Monday announced new rules for foreign investment.|NEW DELHI:",
            "(CNN) — The US will send more troops to Europe, officials said.|(CNN) —",
            "MOSCOW, March 10. /TASS/. Russia's Foreign Ministry summoned the envoy.|MOSCOW, March 10. /TASS/.",
            "Kyiv, 10 March 2023 (Ukrinform) — The government approved the plan.|Kyiv, 10 March 2023 (Ukrinform) —"})
    void findsDatelineOpeningAParagraph(String paragraph, String dateline) {
        assertThat(Datelines.leadingDateline(paragraph)).isEqualTo(dateline);
    }

    @ParameterizedTest
    @ValueSource(strings = {"READ MORE: Macron hits out at Brexit in a speech to parliament",
            "The president said on Tuesday, March 4 that talks would continue.",
            "UK: ministers meet to discuss the budget and plans for next year"})
    void findsNoDatelineInOrdinaryLines(String line) {
        assertThat(Datelines.leadingDateline(line)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Published On : Thu, Sep 22nd, 2016", "Xinhua, February 8, 2017", "date 2020-08-19",
            "14 March 2023", "March 14, 2023 4:32 PM GMT Updated 2 hours ago", "First Published: 07 Apr 2023, 10:32 PM IST",
            "Posted on February 28, 2023 by Admin", "Updated: 2023-03-10 14:02 CET"})
    void recognisesLinesThatAreOnlyADate(String line) {
        assertThat(Datelines.isDateOnly(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"May 9 parade cancelled in Moscow", "On March 3, 2023 the talks collapsed in Geneva.",
            "Yesterday", "2023 budget approved"})
    void keepsLinesThatSayMoreThanADate(String line) {
        assertThat(Datelines.isDateOnly(line)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"By Sarah Marsh and Andreas Rinke|Sarah Marsh and Andreas Rinke",
            "By John Smith, BBC News, Kyiv|John Smith, BBC News, Kyiv", "Written by: Anna Kovalenko|Anna Kovalenko"})
    void readsBylineLines(String line, String names) {
        assertThat(Datelines.byline(line, LineShape.of(line))).isEqualTo(names);
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Friday, the troops had withdrawn", "By the end of the day the deal was done",
            "By John Smith."})
    void doesNotTakeProseForABylines(String line) {
        assertThat(Datelines.byline(line, LineShape.of(line))).isNull();
    }
}
