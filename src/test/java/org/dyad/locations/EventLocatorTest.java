package org.dyad.locations;

import org.dyad.article.CodedEvent;
import org.dyad.article.Factuality;
import org.dyad.article.Location;
import org.dyad.article.LocationPrecision;
import org.dyad.article.PloverType;
import org.dyad.article.Sentence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.locations.LocatorKit.article;
import static org.dyad.locations.LocatorKit.event;
import static org.dyad.locations.LocatorKit.KILLED_IN_MULTAN;
import static org.dyad.locations.LocatorKit.locate;
import static org.dyad.locations.LocatorKit.tagged;

/** Where events happened, on hand-parsed sentences and a small made-up gazetteer. */
class EventLocatorTest {
    @Test
    void aPlaceInTheEventsSentenceIsWhereItHappenedWithItsPoint() {
        Location l = locate(article(KILLED_IN_MULTAN), event(PloverType.ASSAULT, "PAK", "PAK", 0, 1));
        assertThat(l.name()).isEqualTo("Multan");
        assertThat(l.country()).isEqualTo("PAK");   // the article is about Pakistan, not the larger Indian namesake
        assertThat(l.precision()).isEqualTo(LocationPrecision.PLACE);
        assertThat(l.region()).isEqualTo("Punjab");
        assertThat(l.lat()).isEqualTo(29.54);
    }

    @Test
    void aTownTheTaggerMissedIsStillThePlaceWhenThePhraseSaysTown() {
        // "Troops clashed with rebels in the town of Dorvel , near Multan ." (an invented town no gazetteer holds)
        Sentence s = tagged(0, 0, "Troops clashed with rebels in the town of Dorvel , near Multan|CITY .",
                "NNS VBD IN NNS IN DT NN IN NNP , IN NNP .",
                "nsubj 2 1; root 0 2; case 4 3; obl 2 4; case 7 5; det 7 6; obl 2 7; case 9 8; nmod 7 9; punct 12 10; case 12 11; nmod 7 12; punct 2 13");
        Location l = locate(article(s), event(PloverType.ASSAULT, "PAK", "PAK", 0, 1));
        assertThat(l.name()).isEqualTo("Dorvel");
        assertThat(l.country()).isEqualTo("PAK");
        assertThat(l.precision()).isEqualTo(LocationPrecision.PLACE);
        assertThat(l.lat()).as("a name the gazetteer lacks gets no point").isNull();
    }

    @Test
    void anUntaggedNameAfterANonSettlementNounIsNoPlace() {
        // "Troops clashed with rebels loyal to the leader of Dorvel ." : "the leader of" names no settlement
        Sentence s = tagged(0, 0, "Troops clashed with rebels loyal to the leader of Dorvel .",
                "NNS VBD IN NNS JJ IN DT NN IN NNP .",
                "nsubj 2 1; root 0 2; case 4 3; obl 2 4; amod 4 5; case 8 6; det 8 7; obl 5 8; case 10 9; nmod 8 10; punct 2 11");
        Location l = locate(article(s), event(PloverType.ASSAULT, "PAK", "PAK", 0, 1));
        assertThat(l == null ? null : l.name()).isNotEqualTo("Dorvel");
    }

    // "Troops clashed on the Indian-Pakistani border ."
    private static final Sentence CLASH_ON_BORDER = tagged(0, 0, "Troops clashed on the Indian-Pakistani border .",
            "NNS VBD IN DT JJ NN .", "nsubj 2 1; root 0 2; case 6 3; det 6 4; amod 6 5; obl 2 6; punct 2 7");

    @Test
    void aTruceBetweenNeighboursHoldsOnTheBorderTheStoryNamesForThem() {
        // "India and Pakistan agreed on a truce ."
        Sentence s = tagged(1, 0, "India|COUNTRY and Pakistan|COUNTRY agreed on a truce .", "NNP CC NNP VBD IN DT NN .",
                "nsubj 4 1; cc 3 2; conj 1 3; root 0 4; case 7 5; det 7 6; obl 4 7; punct 4 8");
        Location l = locate(article(CLASH_ON_BORDER, s), event(PloverType.AGREE, "IND", "PAK", 1, 3));
        assertThat(l.name()).isEqualTo("Indian-Pakistani border");
        assertThat(l.precision()).isEqualTo(LocationPrecision.REGION);
        assertThat(l.lat()).isNull();
    }

    @Test
    void anAgreementThatHaltsNoFightingStaysWithoutAPlace() {
        // "India and Pakistan agreed on a trade deal ." in the same story: a deal is made nowhere the text says
        Sentence s = tagged(1, 0, "India|COUNTRY and Pakistan|COUNTRY agreed on a trade deal .", "NNP CC NNP VBD IN DT NN NN .",
                "nsubj 4 1; cc 3 2; conj 1 3; root 0 4; case 8 5; det 8 6; compound 8 7; obl 4 8; punct 4 9");
        assertThat(locate(article(CLASH_ON_BORDER, s), event(PloverType.AGREE, "IND", "PAK", 1, 3))).isNull();
    }

    @Test
    void anArrestTakesItsPlaceFromItsParagraphAndElseItsCountry() {
        // "Police arrested 20 people ." in Multan's paragraph, then in a paragraph of its own
        String words = "Police arrested 20 people .", tags = "NNS VBD CD NNS .", deps = "nsubj 2 1; root 0 2; nummod 4 3; obj 2 4; punct 2 5";
        Location same = locate(article(KILLED_IN_MULTAN, tagged(1, 0, words, tags, deps)), event(PloverType.COERCE, "PAK", "PAK", 1, 1));
        assertThat(same.name()).isEqualTo("Multan");
        Location alone = locate(article(tagged(0, 0, words, tags, deps)), event(PloverType.COERCE, "PAK", "PAK", 0, 1));
        assertThat(alone.country()).isEqualTo("PAK");
        assertThat(alone.precision()).isEqualTo(LocationPrecision.COUNTRY);
        assertThat(alone.lat()).as("a country is never a point").isNull();
    }



    @Test
    void theCountryAStoryIsAboutIsWhereItsEventsInTheNorthOfTheCountryHappened() {
        // "Unrest grows in Pakistan ." then "Crowds protested in the west of the country ." (against the United States)
        Sentence unrest = tagged(0, 0, "Unrest grows in Pakistan|COUNTRY .", "NN VBZ IN NNP .", "nsubj 2 1; root 0 2; case 4 3; obl 2 4; punct 2 5");
        Sentence protest = tagged(1, 1, "Crowds protested in the west of the country .", "NNS VBD IN DT NN IN DT NN .",
                "nsubj 2 1; root 0 2; case 5 3; det 5 4; obl 2 5; case 8 6; det 8 7; nmod 5 8; punct 2 9");
        Location l = locate(article(unrest, protest), event(PloverType.PROTEST, "PAK", "USA", 1, 1));
        assertThat(l.country()).isEqualTo("PAK");
        assertThat(l.precision()).isEqualTo(LocationPrecision.COUNTRY);
        // the country last named is none of the event's: the story is elsewhere, and no place is guessed
        Sentence france = tagged(0, 0, "Unrest grows in France|COUNTRY .", "NN VBZ IN NNP .", "nsubj 2 1; root 0 2; case 4 3; obl 2 4; punct 2 5");
        assertThat(locate(article(france, protest), event(PloverType.PROTEST, "PAK", "USA", 1, 1))).isNull();
    }

    @Test
    void thereIsThePlaceTheStoryLastNamed() {
        // "A gunman waited outside a hotel in Lahore ." then "He was there to kill the envoy ."
        Sentence waited = tagged(0, 0, "A gunman waited outside a hotel in Lahore|CITY .", "DT NN VBD IN DT NN IN NNP .",
                "det 2 1; nsubj 3 2; root 0 3; case 6 4; det 6 5; obl 3 6; case 8 7; nmod 6 8; punct 3 9");
        Sentence there = tagged(1, 1, "He was there to kill the envoy .", "PRP VBD RB TO VB DT NN .",
                "nsubj 2 1; root 0 2; advmod 2 3; mark 5 4; xcomp 2 5; det 7 6; obj 5 7; punct 2 8");
        // the actors' country is not the place's: only the pointing adverb puts the attack in Lahore
        Location l = locate(article(waited, there), event(PloverType.ASSAULT, "RUS", "RUS", 1, 4));
        assertThat(l.name()).isEqualTo("Lahore");
        assertThat(l.country()).isEqualTo("PAK");
    }

    @Test
    void parisTexasOnlyWhereTexasIsInPlay() {
        // "Protesters marched in Paris , Texas ."
        Sentence texas = tagged(0, 0, "Protesters marched in Paris|CITY ,|O Texas|STATE_OR_PROVINCE .", "NNS VBD IN NNP , NNP .",
                "nsubj 2 1; root 0 2; case 4 3; obl 2 4; punct 4 5; appos 4 6; punct 2 7");
        Location l = locate(article(texas), event(PloverType.PROTEST, "USA", "USA", 0, 1));
        assertThat(l.country()).isEqualTo("USA");
        assertThat(l.lat()).isEqualTo(33.66);
        // "Protesters marched in Paris ." in an article about France
        Sentence france = tagged(0, 0, "Protesters marched in Paris|CITY .", "NNS VBD IN NNP .", "nsubj 2 1; root 0 2; case 4 3; obl 2 4; punct 2 5");
        assertThat(locate(article(france), event(PloverType.PROTEST, "FRA", "FRA", 0, 1)).country()).isEqualTo("FRA");
    }

    @Test
    void aCountryNamedAsThePlaceStaysACountry() {
        // "Troops clashed with militants in Pakistan ."
        Sentence s = tagged(0, 0, "Troops clashed with militants in Pakistan|COUNTRY .", "NNS VBD IN NNS IN NNP .",
                "nsubj 2 1; root 0 2; case 4 3; obl 2 4; case 6 5; obl 2 6; punct 2 7");
        Location l = locate(article(s), event(PloverType.ASSAULT, "PAK", "PAK", 0, 1));
        assertThat(l.name()).isEqualTo("Pakistan");
        assertThat(l.precision()).isEqualTo(LocationPrecision.COUNTRY);
        assertThat(l.lat()).isNull();
    }

    @Test
    void aStrikeOnAnotherCountryHappensInTheTarget() {
        // "Russia launched missiles overnight ."
        Sentence s = tagged(0, 0, "Russia|COUNTRY launched missiles overnight .", "NNP VBD NNS RB .", "nsubj 2 1; root 0 2; obj 2 3; advmod 2 4; punct 2 5");
        Location l = locate(article(s), event(PloverType.ASSAULT, "RUS", "UKR", 0, 1));
        assertThat(l.country()).isEqualTo("UKR");
        assertThat(l.precision()).isEqualTo(LocationPrecision.COUNTRY);
    }

    @Test
    void aPlaceTheGazetteerDoesNotKnowKeepsItsWordsAndTheActorsCountryWithoutAPoint() {
        // "Gunmen attacked a checkpoint in Zarkhel ." (a made-up village)
        Sentence s = tagged(0, 0, "Gunmen attacked a checkpoint in Zarkhel|CITY .", "NNS VBD DT NN IN NNP .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; obl 2 6; punct 2 7");
        Location l = locate(article(s), event(PloverType.ASSAULT, "PAK", "PAK", 0, 1));
        assertThat(l.name()).isEqualTo("Zarkhel");
        assertThat(l.country()).isEqualTo("PAK");
        assertThat(l.precision()).isEqualTo(LocationPrecision.PLACE);
        assertThat(l.lat()).isNull();
    }

    @Test
    void aStraitNamedAfterACountryIsOneAreaNotTheCountry() {
        // "Warships sailed through the Taiwan Strait ."
        Sentence s = tagged(0, 0, "Warships sailed through the Taiwan|COUNTRY Strait|LOCATION .", "NNS VBD IN DT NNP NNP .",
                "nsubj 2 1; root 0 2; case 6 3; det 6 4; compound 6 5; obl 2 6; punct 2 7");
        Location l = locate(article(s), event(PloverType.MOBILIZE, "USA", "CHN", 0, 1));
        assertThat(l.name()).isEqualTo("Taiwan Strait");
        assertThat(l.country()).isNull();
        assertThat(l.precision()).isEqualTo(LocationPrecision.REGION);
    }

    @Test
    void aCityTagPrefersTheCityToTheStateOfTheSameName() {
        // "Protesters gathered in Washington ."
        Sentence s = tagged(0, 0, "Protesters gathered in Washington|CITY .", "NNS VBD IN NNP .", "nsubj 2 1; root 0 2; case 4 3; obl 2 4; punct 2 5");
        Location l = locate(article(s), event(PloverType.PROTEST, "USA", "USA", 0, 1));
        assertThat(l.precision()).isEqualTo(LocationPrecision.PLACE);
        assertThat(l.lat()).isEqualTo(38.90);
    }

    @Test
    void aDomesticEventIsNotPlacedAbroadByAnotherPersonsPlace() {
        // "Police arrested the publisher of a paper in Moscow ." coded between two Pakistani actors
        Sentence s = tagged(0, 0, "Police arrested the publisher of a paper in Moscow|CITY .", "NNS VBD DT NN IN DT NN IN NNP .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 7 5; det 7 6; nmod 4 7; case 9 8; nmod 7 9; punct 2 10");
        Location l = locate(article(s), event(PloverType.COERCE, "PAK", "PAK", 0, 1));
        assertThat(l.country()).isEqualTo("PAK");
        assertThat(l.precision()).isEqualTo(LocationPrecision.COUNTRY);
    }

    @Test
    void aRegionIsMadePreciseByTheTownTheNextSentenceNames() {
        // "Militants attacked a train in Punjab ." "The train was stopped near Multan ."
        Sentence attack = tagged(0, 0, "Militants attacked a train in Punjab|STATE_OR_PROVINCE .", "NNS VBD DT NN IN NNP .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; obl 2 6; punct 2 7");
        Sentence near = tagged(1, 0, "The train was stopped near Multan|CITY .", "DT NN VBD VBN IN NNP .",
                "det 2 1; nsubj:pass 4 2; aux:pass 4 3; root 0 4; case 6 5; obl 4 6; punct 4 7");
        Location l = locate(article(attack, near), event(PloverType.ASSAULT, "PAK", "PAK", 0, 1));
        assertThat(l.name()).isEqualTo("Multan");
        assertThat(l.precision()).isEqualTo(LocationPrecision.PLACE);
        assertThat(l.lat()).isEqualTo(29.54);
        // alone, the region stays a region
        assertThat(locate(article(attack), event(PloverType.ASSAULT, "PAK", "PAK", 0, 1)).precision()).isEqualTo(LocationPrecision.REGION);
    }

    @Test
    void aContinentIsNoPlaceForAnEvent() {
        // "Troops were deployed across Europe ."
        Sentence s = tagged(0, 0, "Troops were deployed across Europe|LOCATION .", "NNS VBD VBN IN NNP .",
                "nsubj:pass 3 1; aux:pass 3 2; root 0 3; case 5 4; obl 3 5; punct 3 6");
        assertThat(locate(article(s), event(PloverType.MOBILIZE, "USA", "RUS", 0, 2))).isNull();
    }

    @Test
    void theCoastOfAPlaceIsThatPlace() {
        // "Frigates sailed off Crimea 's coast ."
        Sentence s = tagged(0, 0, "Frigates sailed off Crimea|LOCATION 's coast .", "NNS VBD IN NNP POS NN .",
                "nsubj 2 1; root 0 2; case 6 3; nmod:poss 6 4; case 4 5; obl 2 6; punct 2 7");
        Location l = locate(article(s), event(PloverType.MOBILIZE, "RUS", "UKR", 0, 1));
        assertThat(l.name()).isEqualTo("Crimea");
        assertThat(l.country()).isEqualTo("UKR");
        assertThat(l.precision()).isEqualTo(LocationPrecision.REGION);
    }

    @Test
    void aCapitalBeatsItsSmallNamesakeInACountryOfTheStory() {
        // "Leaders met at a summit in Prague ." between Britain and the United States
        Sentence s = tagged(0, 0, "Leaders met at a summit in Prague|CITY .", "NNS VBD IN DT NN IN NNP .",
                "nsubj 2 1; root 0 2; case 5 3; det 5 4; obl 2 5; case 7 6; nmod 5 7; punct 2 8");
        Location l = locate(article(s), event(PloverType.CONSULT, "GBR", "USA", 0, 1));
        assertThat(l.country()).isEqualTo("CZE");
        assertThat(l.lat()).isEqualTo(50.09);
    }

    @Test
    void aCapitalTheTaggerMissedIsStillAPlace() {
        // "A Kabul court jailed the reporter ." with "Kabul" left untagged
        Sentence s = tagged(0, 0, "A Kabul court jailed the reporter .", "DT NNP NN VBD DT NN .",
                "det 3 1; compound 3 2; nsubj 4 3; root 0 4; det 6 5; obj 4 6; punct 4 7");
        Location l = locate(article(s), event(PloverType.COERCE, "AFG", "AFG", 0, 3));
        assertThat(l.name()).isEqualTo("Kabul");
        assertThat(l.lat()).isEqualTo(34.53);
    }

    @Test
    void betweenTwoStatesTheSourcesCountryIsTheSceneOnlyWhenItsSubjectIsThere() {
        // "Trade inside Russia slowed after troops attacked Ukraine ." / "Guards in Pakistan beat Afghan migrants ."
        Sentence trade = tagged(0, 0, "Trade inside Russia|COUNTRY slowed after troops attacked Ukraine|COUNTRY .",
                "NN IN NNP VBD IN NNS VBD NNP .",
                "nsubj 4 1; case 3 2; nmod 1 3; root 0 4; mark 7 5; nsubj 7 6; advcl 4 7; obj 7 8; punct 4 9");
        assertThat(locate(article(trade), event(PloverType.ASSAULT, "RUS", "UKR", 0, 6)).country()).isEqualTo("UKR");
        Sentence guards = tagged(0, 0, "Guards in Pakistan|COUNTRY beat Afghan migrants .", "NNS IN NNP VBD JJ NNS .",
                "nsubj 4 1; case 3 2; nmod 1 3; root 0 4; amod 6 5; obj 4 6; punct 4 7");
        assertThat(locate(article(guards), event(PloverType.ASSAULT, "PAK", "AFG", 0, 3)).country()).isEqualTo("PAK");
    }

    @Test
    void aStateSanctioningItsOwnPeopleDoesSoAtHome() {
        // "The party expelled the senator ." within Pakistan, against the same sanction on another state
        Sentence s = tagged(0, 0, "The party expelled the senator .", "DT NN VBD DT NN .", "det 2 1; nsubj 3 2; root 0 3; det 5 4; obj 3 5; punct 3 6");
        assertThat(locate(article(s), event(PloverType.SANCTION, "PAK", "PAK", 0, 2)).country()).isEqualTo("PAK");
        assertThat(locate(article(s), event(PloverType.SANCTION, "PAK", "AFG", 0, 2))).isNull();
    }

    @Test
    void theSlumsOfATownAreThatTown() {
        // "Gunmen raided the slums of Karachi ."
        Sentence s = tagged(0, 0, "Gunmen raided the slums of Karachi|CITY .", "NNS VBD DT NNS IN NNP .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; nmod 4 6; punct 2 7");
        assertThat(locate(article(s), event(PloverType.ASSAULT, "PAK", "PAK", 0, 1)).name()).isEqualTo("Karachi");
    }

    @Test
    void forcesReadiedAgainstAnotherStateAreAtHomeUnlessTheTwoActTogether() {
        // "Russia put its troops on alert ." against Ukraine; "Germany and France enlarged their joint brigade ."
        Sentence alert = tagged(0, 0, "Russia|COUNTRY put its troops on alert .", "NNP VBD PRP$ NNS IN NN .",
                "nsubj 2 1; root 0 2; nmod:poss 4 3; obj 2 4; case 6 5; obl 2 6; punct 2 7");
        Location home = locate(article(alert), event(PloverType.MOBILIZE, "RUS", "UKR", 0, 1));
        assertThat(home.country()).isEqualTo("RUS");
        assertThat(home.precision()).isEqualTo(LocationPrecision.COUNTRY);
        Sentence joint = tagged(0, 0, "Germany|COUNTRY and France|COUNTRY enlarged their joint brigade .", "NNP CC NNP VBD PRP$ JJ NN .",
                "nsubj 4 1; cc 3 2; conj 1 3; root 0 4; nmod:poss 7 5; amod 7 6; obj 4 7; punct 4 8");
        assertThat(locate(article(joint), event(PloverType.MOBILIZE, "DEU", "FRA", 0, 3))).isNull();
    }

    @Test
    void aHavenIsGivenOnTheGiversSoilOtherAidInTheTarget() {
        // "Afghanistan offered a safe haven to rebels ."
        Sentence haven = tagged(0, 0, "Afghanistan|COUNTRY offered a safe haven to rebels .", "NNP VBD DT JJ NN TO NNS .",
                "nsubj 2 1; root 0 2; det 5 3; amod 5 4; obj 2 5; case 7 6; obl 2 7; punct 2 8");
        Location l = locate(article(haven), event(PloverType.AID, "AFG", "PAK", 0, 1));
        assertThat(l.country()).isEqualTo("AFG");
        assertThat(l.precision()).isEqualTo(LocationPrecision.COUNTRY);
        // "Afghanistan sent food to rebels .": delivered aid lands in the target
        Sentence food = tagged(0, 0, "Afghanistan|COUNTRY sent food to rebels .", "NNP VBD NN TO NNS .",
                "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl 2 5; punct 2 6");
        assertThat(locate(article(food), event(PloverType.AID, "AFG", "PAK", 0, 1)).country()).isEqualTo("PAK");
    }

    @Test
    void fightingBetweenNeighboursIsOnTheBorderTheStoryNames() {
        // "Troops clashed on the Pakistani-Afghan border ." then "Pakistani forces shelled Afghan posts ."
        Sentence border = tagged(0, 0, "Troops clashed on the Pakistani-Afghan border .", "NNS VBD IN DT JJ NN .",
                "nsubj 2 1; root 0 2; case 6 3; det 6 4; amod 6 5; obl 2 6; punct 2 7");
        Sentence shelled = tagged(1, 0, "Pakistani forces shelled Afghan posts .", "JJ NNS VBD JJ NNS .",
                "amod 2 1; nsubj 3 2; root 0 3; amod 5 4; obj 3 5; punct 3 6");
        Location l = locate(article(border, shelled), event(PloverType.ASSAULT, "PAK", "AFG", 1, 2));
        assertThat(l.name()).isEqualTo("Pakistani-Afghan border");
        assertThat(l.country()).isNull();
        assertThat(l.lat()).isNull();
        // without the phrase, a strike lands in the target
        assertThat(locate(article(shelled), event(PloverType.ASSAULT, "PAK", "AFG", 0, 2)).country()).isEqualTo("AFG");
    }

    @Test
    void theProvinceWithoutANameIsTheRegionTheStoryLastNamed() {
        // "Rebels attacked a convoy in Punjab ." "The rebels have fought the army in the mountainous province for years ."
        // "Police guarded a road near Multan ."
        Sentence attack = tagged(0, 0, "Rebels attacked a convoy in Punjab|STATE_OR_PROVINCE .", "NNS VBD DT NN IN NNP .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; obl 2 6; punct 2 7");
        Sentence fought = tagged(1, 0, "The rebels have fought the army in the mountainous province for years .",
                "DT NNS VBP VBN DT NN IN DT JJ NN IN NNS .",
                "det 2 1; nsubj 4 2; aux 4 3; root 0 4; det 6 5; obj 4 6; case 10 7; det 10 8; amod 10 9; obl 4 10; case 12 11; obl 4 12; punct 4 13");
        Sentence road = tagged(2, 0, "Police guarded a road near Multan|CITY .", "NNS VBD DT NN IN NNP .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; obl 2 6; punct 2 7");
        Location l = locate(article(attack, fought, road), event(PloverType.ASSAULT, "PAK", "PAK", 1, 3));
        assertThat(l.name()).isEqualTo("Punjab");
        assertThat(l.precision()).isEqualTo(LocationPrecision.REGION);
    }

    @Test
    void aPeoplesAreaIsAPlaceWithoutAPoint() {
        // "Protesters were killed in the Tamil areas ."
        Sentence s = tagged(0, 0, "Protesters were killed in the Tamil|NATIONALITY areas .", "NNS VBD VBN IN DT NNP NNS .",
                "nsubj:pass 3 1; aux:pass 3 2; root 0 3; case 7 4; det 7 5; amod 7 6; obl 3 7; punct 3 8");
        Location l = locate(article(s), event(PloverType.ASSAULT, "PAK", "PAK", 0, 2));
        assertThat(l.name()).isEqualTo("Tamil areas");
        assertThat(l.country()).isEqualTo("PAK");
        assertThat(l.precision()).isEqualTo(LocationPrecision.REGION);
        assertThat(l.lat()).isNull();
    }

    @Test
    void aTownNamingTheStartOfAJourneyIsNoSceneForAnotherEvent() {
        // "Police sent supplies from the Karachi airport ." then "Rebels attacked a convoy ."
        String words = "Police sent supplies %s the Karachi|CITY airport .", tags = "NNS VBD NNS IN DT NNP NN .",
                deps = "nsubj 2 1; root 0 2; obj 2 3; case 7 4; det 7 5; compound 7 6; obl 2 7; punct 2 8";
        Sentence convoy = tagged(1, 0, "Rebels attacked a convoy .", "NNS VBD DT NN .", "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5");
        Location from = locate(article(tagged(0, 0, String.format(words, "from"), tags, deps), convoy), event(PloverType.ASSAULT, "PAK", "PAK", 1, 1));
        assertThat(from.precision()).isEqualTo(LocationPrecision.COUNTRY);
        Location at = locate(article(tagged(0, 0, String.format(words, "at"), tags, deps), convoy), event(PloverType.ASSAULT, "PAK", "PAK", 1, 1));
        assertThat(at.name()).isEqualTo("Karachi");
    }

    @Test
    void whatIsOnlySuggestedTakesNoPlaceFromTheSentencesAroundIt() {
        // "Police killed two protesters in Multan on Friday ." then "India should blockade the port ." in the same paragraph
        Sentence should = tagged(1, 0, "India|COUNTRY should blockade the port .", "NNP MD VB DT NN .",
                "nsubj 3 1; aux 3 2; root 0 3; det 5 4; obj 3 5; punct 3 6");
        CodedEvent blockade = event(PloverType.COERCE, "IND", "PAK", 1, 2);
        assertThat(locate(article(KILLED_IN_MULTAN, should), blockade.withFactuality(Factuality.HAPPENED)).name())
                .as("a blockade that happened borrows its paragraph's town").isEqualTo("Multan");
        assertThat(locate(article(KILLED_IN_MULTAN, should), blockade.withFactuality(Factuality.POSSIBLE))).isNull();
    }
}
