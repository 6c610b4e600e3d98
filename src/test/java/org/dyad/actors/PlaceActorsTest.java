package org.dyad.actors;

import org.dyad.article.ActorMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.actors.ArticleKit.fixture;
import static org.dyad.actors.ArticleKit.on;
import static org.dyad.actors.SharedResolver.only;
import static org.dyad.actors.SharedResolver.resolve;

/**
 * Actors named through places and institutions ({@link PlaceActors}, {@link Gazetteer}): capitals and seats
 * of government standing for governments but not where something happened, countries and their
 * adjectives, bodies of a usual country, and words that only look like a country or an outlet.
 */
class PlaceActorsTest {
    private static ActorResolver resolver;

    @BeforeAll
    static void load() {
        resolver = SharedResolver.get();
    }

    private static List<String> codes(List<ActorMention> mentions) {
        return mentions.stream().map(ActorMention::code).toList();
    }

    @Test
    void readsCapitalsAndSeatsOfGovernmentAsGovernmentsButNotAsPlaces() {
        List<ActorMention> m = resolver.resolve(fixture("metonyms.txt"), on("2024-03-01"));
        assertThat(only(m, "Moscow").code()).isEqualTo("RUSGOV");
        assertThat(only(m, "Kyiv").code()).isEqualTo("UKRGOV");
        assertThat(m.stream().filter(x -> x.text().startsWith("Kiev")).map(ActorMention::country)).containsOnly("UKR");
        assertThat(only(m, "Kremlin").code()).isEqualTo("RUSGOV");
        assertThat(only(m, "No 10").code()).isEqualTo("GBRGOV");
        assertThat(only(m, "Pentagon").code()).isEqualTo("USAMIL");
        assertThat(m).noneMatch(x -> x.text().equals("Paris") || x.text().equals("White House"));
    }

    @Test
    void readsWashingtonAsTheGovernmentThoughTheNerCallsItAState() {
        List<ActorMention> m = resolve("[STATE_OR_PROVINCE Washington] imposed tariffs on [CITY Ottawa] .\n"
                + "The [STATE_OR_PROVINCE Washington] state fair opened .", "2024-03-01");
        assertThat(only(m, "Washington").code()).isEqualTo("USAGOV");
        assertThat(m).filteredOn(x -> x.sentence() == 1).isEmpty();
    }

    @Test
    void readsTheCapitalOneArrivesInAsTheHostButNotTheCityOneMeetsIn() {
        List<ActorMention> m = resolve("The envoy arrived in [CITY Hanoi] on Monday .\n"
                + "Envoys met in [CITY Hanoi] on Monday .\n"
                + "His visit to [CITY Hanoi] ended .", "2024-03-01");
        assertThat(m.stream().filter(x -> x.text().equals("Hanoi")).map(ActorMention::sentence)).containsExactly(0, 2);
        assertThat(only(m.stream().filter(x -> x.sentence() == 0).toList(), "Hanoi").code()).isEqualTo("VNMGOV");
        List<ActorMention> fired = resolve("Rebels/NNS fired rockets/NNS at [CITY Hanoi] .\nRebels/NNS gathered at [CITY Hanoi] .", "2024-03-01");
        assertThat(fired.stream().filter(x -> x.text().equals("Hanoi")).map(ActorMention::sentence)).containsExactly(0);
    }

    @Test
    void readsTheCapitalGivenToOrWithdrawnFromAsItsGovernment() {
        List<ActorMention> m = resolve("Laos/NNP sold rice/NN to [CITY Hanoi] .\n"
                + "Laos/NNP recalled its envoy/NN from [CITY Hanoi] .\n"
                + "Trucks/NNS drove from [CITY Hanoi] to [CITY Hanoi] .\n"
                + "The/DT plan/NN drew/VBD criticism/NN from [CITY Hanoi] .", "2024-03-01");
        assertThat(m.stream().filter(x -> x.text().equals("Hanoi")).map(ActorMention::sentence)).containsExactly(0, 1, 3);
    }

    @Test
    void givesABodyOfAUsualCountryTheCountryItsPhraseNames() {
        List<ActorMention> m = resolve("The [NATIONALITY Chilean] [ORGANIZATION Congress] passed the law .\n"
                + "[COUNTRY Kenya] 's [ORGANIZATION National Assembly] met .\n"
                + "[ORGANIZATION Congress] adjourned .", "2024-03-01");
        assertThat(m.stream().filter(x -> x.sentence() == 0).map(ActorMention::code)).containsExactly("CHLLEG");
        assertThat(m.stream().filter(x -> x.sentence() == 1).map(ActorMention::code)).containsExactly("KENLEG");
        assertThat(m.stream().filter(x -> x.sentence() == 2).map(ActorMention::code)).containsExactly("USALEG");
    }

    @Test
    void aSenateIsTheUsOnlyWhenItsPhraseNamesNoOtherCountry() {
        // the PETRARCH country file lists a bare "Senate" among US bodies
        List<ActorMention> m = resolve("The [NATIONALITY Peruvian] [ORGANIZATION Senate] passed the law .\n"
                + "[COUNTRY Chile] 's [ORGANIZATION Senate] met .\n"
                + "The [ORGANIZATION Senate] adjourned .", "2024-03-01");
        assertThat(m.stream().filter(x -> x.sentence() == 0).map(ActorMention::code)).containsExactly("PERLEG");
        assertThat(m.stream().filter(x -> x.sentence() == 1).map(ActorMention::code)).containsExactly("CHLLEG");
        assertThat(m.stream().filter(x -> x.sentence() == 2).map(ActorMention::code)).containsExactly("USALEG");
    }

    @Test
    void readsCompoundNationalitiesAsBothCountries() {
        List<ActorMention> m = resolver.resolve(fixture("metonyms.txt"), on("2024-03-01"));
        List<ActorMention> last = m.stream().filter(x -> x.sentence() == 4).toList();
        assertThat(codes(last)).containsExactlyInAnyOrder("FRA", "GBR", "GBR", "FRA");
        assertThat(codes(m)).doesNotContain("IND");
    }

    @Test
    void aCountryFollowedByALowerCaseWordIsTheCountryNotAnOutletOfThatName() {
        // "Russia Today" is a broadcaster in the knowledge files; "visited Russia today" is the country
        List<ActorMention> m = resolve("The Chilean foreign minister/NN visited/VBD Russia today/NN .", "2024-11-22");
        assertThat(m).anyMatch(x -> "RUS".equals(x.country()) && x.text().equals("Russia"));
    }

    @Test
    void anEthnicAdjectiveBeforeANounNamesAPeopleNotAState() {
        List<ActorMention> m = resolve("[COUNTRY Moldova] 's police/NNS detained/VBD two ethnic Romanian mayors/NNS on Monday.", "2024-11-22");
        assertThat(m).noneMatch(x -> "ROU".equals(x.country()));
        // without "ethnic" the adjective is the state's
        List<ActorMention> plain = resolve("[COUNTRY Moldova] 's police/NNS detained/VBD two Romanian mayors/NNS on Monday.", "2024-11-22");
        assertThat(plain).anyMatch(x -> "ROU".equals(x.country()));
    }

    @Test
    void aDictionaryBodyWithASectorOnlyCodeIsNoCountryAndNoCrash() {
        // Phoenix lists many companies and NGOs with a bare [MNC] or [NGO]: a sector, no country
        List<ActorMention> m = resolve("[ORGANIZATION Unocal] said [ORGANIZATION ChildFund] staff would leave [COUNTRY Kenya].", "2020-08-01");
        assertThat(m).extracting(ActorMention::country).contains("KEN").doesNotContain("MNC", "NGO");
    }
}
