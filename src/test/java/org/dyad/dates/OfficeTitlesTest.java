package org.dyad.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeTitlesTest {

    @ParameterizedTest(name = "''{0}'' names ''{1}'': {2}")
    @CsvSource(delimiter = ';', value = {
            "Prime Minister;Prime Minister;true",
            "British Prime Minister;Prime Minister of the United Kingdom;true",
            "UK PM;Prime Minister;true",
            "United Kingdom Foreign Secretary;Prime Minister of the United Kingdom;false",
            "Defence Secretary;Defence Secretary;true",
            "Defense Secretary;Secretary of State for Defence;true",
            "UK defence minister;Defence Secretary;true",
            "French armed forces minister;Minister of the Armed Forces;true",
            "French Defence Minister;Minister of the Armed Forces;true",
            "Home Secretary;Minister of the Armed Forces;false",
            "Foreign Minister;Minister for Europe and Foreign Affairs;true",
            "France's foreign minister;Minister for Europe and Foreign Affairs;true",
            "US President;President of the United States;true",
            "Vice President;President;false",
            "Foreign Secretary;Secretary-General of the United Nations;false",
            "UN Secretary-General;Secretary-General of the United Nations;true",
            "Secretary of State;Secretary of State;true",
            "Chancellor;Chancellor of the Exchequer;false",
            "Chancellor of the Exchequer;Chancellor of the Exchequer;true",
            "Prime Minister;President;false",
            "Labour leader;Prime Minister;false",
            "Secretary of State;Foreign Minister;true",
            "Secretary of State for Defence;Foreign Minister;false",
            "Secretary of State for Defence;Defence Minister;true",
            "Foreign Secretary;Foreign Minister;true",
            "Opposition leader;Leader of the Opposition;true",
            "Opposition leader;Prime Minister;false",
            "Prime Minister;Deputy Prime Minister;false",
            "King;Monarch;true",
            "Chief of the Defence Staff;Chief of the Defence Staff;true",
            "Defence Secretary;Chief of the Defence Staff;false",
            "Vice President;Vice President;true",
            "European Commission President;Commission President;true",
            "President;Commission President;false",
            "Kremlin spokesman;Kremlin Spokesman;true"})
    void matchesTitlesToOffices(String title, String office, boolean expected) {
        assertThat(OfficeTitles.names(OfficeTitles.words(title), office)).isEqualTo(expected);
    }
}
