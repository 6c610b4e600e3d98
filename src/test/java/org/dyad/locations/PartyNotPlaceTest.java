package org.dyad.locations;

import org.dyad.article.PloverType;
import org.dyad.article.Sentence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.locations.LocatorKit.article;
import static org.dyad.locations.LocatorKit.event;
import static org.dyad.locations.LocatorKit.locate;
import static org.dyad.locations.LocatorKit.tagged;

/** A country or capital named beside an event is a party to it (speaker, target, owner), not where it happened. */
class PartyNotPlaceTest {
    @Test
    void aCapitalThatSpeaksIsAnActorNotAPlace() {
        // "Moscow condemned the strike ."
        Sentence s = tagged(0, 0, "Moscow|CITY condemned the strike .", "NNP VBD DT NN .", "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5");
        assertThat(locate(article(s), event(PloverType.ACCUSE, "RUS", "UKR", 0, 1))).isNull();
    }

    @Test
    void aCountryInsideWhatAPolicyActsOnIsNotWhereTheActHappened() {
        // "Officials lifted duties on cars shipped into Pakistan ."
        Sentence s = tagged(0, 0, "Officials lifted duties on cars shipped into Pakistan|COUNTRY .", "NNS VBD NNS IN NNS VBN IN NNP .",
                "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl 2 5; acl 5 6; case 8 7; obl 6 8; punct 2 9");
        assertThat(locate(article(s), event(PloverType.RETREAT, "USA", "PAK", 0, 1))).isNull();
        // "Officials withdrew into Pakistan ." hangs the country on the act itself
        Sentence own = tagged(0, 0, "Officials withdrew into Pakistan|COUNTRY .", "NNS VBD IN NNP .", "nsubj 2 1; root 0 2; case 4 3; obl 2 4; punct 2 5");
        assertThat(locate(article(own), event(PloverType.RETREAT, "USA", "PAK", 0, 1)).country()).isEqualTo("PAK");
    }

    @Test
    void aCountryModifyingANounIsAPartyNotAPlace() {
        // "US President Obama spoke by phone with Macron ."
        Sentence s = tagged(0, 0, "US|COUNTRY President Obama spoke by phone with Macron .", "NNP NNP NNP VBD IN NN IN NNP .",
                "compound 3 1; compound 3 2; nsubj 4 3; root 0 4; case 6 5; obl 4 6; case 8 7; obl 4 8; punct 4 9");
        assertThat(locate(article(s), event(PloverType.CONSULT, "USA", "FRA", 0, 3))).isNull();
    }

    @Test
    void aCountryTaggedAsALocationStillNamesAParty() {
        // "U.S. officials imposed tariffs ." — "U.S." tagged LOCATION modifies the officials
        Sentence s = tagged(0, 0, "U.S.|LOCATION officials imposed tariffs .", "NNP NNS VBD NNS .", "compound 2 1; nsubj 3 2; root 0 3; obj 3 4; punct 3 5");
        assertThat(locate(article(s), event(PloverType.COERCE, "USA", "RUS", 0, 2))).isNull();
    }

    @Test
    void countriesListedAfterOnAreTargetsNotPlaces() {
        // "Washington put duties on India , Pakistan and Afghanistan ." (a later member carries "on" only in its relation)
        Sentence s = tagged(0, 0, "Washington|CITY put duties on India|COUNTRY , Pakistan|COUNTRY and Afghanistan|COUNTRY .",
                "NNP VBD NNS IN NNP , NNP CC NNP .",
                "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:on 2 5; punct 7 6; obl:on 2 7; cc 9 8; obl:on 2 9; punct 2 10");
        assertThat(locate(article(s), event(PloverType.COERCE, "USA", "PAK", 0, 1))).isNull();
        assertThat(locate(article(s), event(PloverType.COERCE, "USA", "IND", 0, 1))).isNull();
    }

    @Test
    void aStateACoercionAimsAtIsNotWhereItHappens() {
        // "The allies will act to deter Russia ." against "Troops invaded Ukraine ."
        Sentence deter = tagged(0, 0, "The allies will act to deter Russia|COUNTRY .", "DT NNS MD VB TO VB NNP .",
                "det 2 1; nsubj 4 2; aux 4 3; root 0 4; mark 6 5; advcl 4 6; obj 6 7; punct 4 8");
        assertThat(locate(article(deter), event(PloverType.COERCE, "USA", "RUS", 0, 5))).isNull();
        Sentence invaded = tagged(0, 0, "Troops invaded Ukraine|COUNTRY .", "NNS VBD NNP .", "nsubj 2 1; root 0 2; obj 2 3; punct 2 4");
        assertThat(locate(article(invaded), event(PloverType.MOBILIZE, "RUS", "UKR", 0, 1)).country()).isEqualTo("UKR");
    }

    @Test
    void aPlaceThatSaysWhereSomeoneBelongsIsNotWhereTheEventHappens() {
        // "Khan, a lawyer in Lahore, said India blockaded the port ."
        Sentence s = tagged(0, 0, "Khan|PERSON , a lawyer|TITLE in Lahore|CITY , said/say India|COUNTRY blockaded/blockade the port .",
                "NNP , DT NN IN NNP , VBD NNP VBD DT NN .",
                "nsubj 8 1; punct 1 2; det 4 3; appos 1 4; case 6 5; nmod 4 6; punct 1 7; root 0 8; nsubj 10 9; ccomp 8 10; det 12 11; obj 10 12; punct 8 13");
        assertThat(locate(article(s), event(PloverType.COERCE, "IND", "PAK", 0, 9))).isNull();
        // "Khan said India blockaded the port in Lahore ." puts the blockade there
        Sentence there = tagged(0, 0, "Khan|PERSON said/say India|COUNTRY blockaded/blockade the port in Lahore|CITY .", "NNP VBD NNP VBD DT NN IN NNP .",
                "nsubj 2 1; root 0 2; nsubj 4 3; ccomp 2 4; det 6 5; obj 4 6; case 8 7; obl 4 8; punct 2 9");
        assertThat(locate(article(there), event(PloverType.COERCE, "IND", "PAK", 0, 3)).name()).isEqualTo("Lahore");
    }
}
