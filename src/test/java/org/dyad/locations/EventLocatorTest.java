package org.dyad.locations;

import org.dyad.article.AnnotatedArticle;
import org.dyad.article.CleanArticle;
import org.dyad.article.CodedEvent;
import org.dyad.article.EventActor;
import org.dyad.article.HandParse;
import org.dyad.article.Location;
import org.dyad.article.LocationPrecision;
import org.dyad.article.PloverType;
import org.dyad.article.Sentence;
import org.dyad.article.Token;
import org.dyad.knowledge.KnowledgeFiles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where events happened, on hand-parsed sentences and a small made-up gazetteer. */
class EventLocatorTest {
    private static PlaceGazetteer gazetteer;
    private static final EventLocator LOCATOR = locator();

    private static PlaceGazetteer g() {
        return gazetteer;
    }

    private static EventLocator locator() {
        PlaceGazetteer g = PlaceGazetteer.empty();
        gazetteer = g;
        // geonameid, name, alternates, country, admin1, feature, population, lat, lon
        g.addRow(row("1", "Multan", "", "PAK", "02", "PPLA2", "64000", "29.54", "67.88"));
        g.addRow(row("2", "Multan", "", "IND", "10", "PPL", "90000", "20.10", "80.10"));
        g.addRow(row("3", "Punjab", "Baluchistan", "PAK", "02", "ADM1", "0", "28.0", "66.0"));
        g.addRow(row("4", "Paris", "", "FRA", "11", "PPLC", "2138551", "48.85", "2.35"));
        g.addRow(row("5", "Paris", "", "USA", "TX", "PPLA2", "24782", "33.66", "-95.56"));
        g.addRow(row("6", "Texas", "", "USA", "TX", "ADM1", "0", "31.0", "-99.0"));
        g.addRow(row("7", "Moscow", "", "RUS", "48", "PPLC", "10381222", "55.75", "37.62"));
        g.addRow(row("8", "Karachi", "", "PAK", "05", "PPLA", "11624219", "24.86", "67.01"));
        g.addRow(row("9", "Lahore", "", "PAK", "04", "PPLA", "6310888", "31.55", "74.34"));
        g.addRow(row("12", "Washington", "", "USA", "DC", "PPLC", "689545", "38.90", "-77.04"));
        g.addRow(row("13", "Washington", "", "USA", "WA", "ADM1", "7500000", "47.30", "-121.61"));
        g.addRow(row("10", "Kyiv", "Kiev", "UKR", "12", "PPLC", "2797553", "50.45", "30.52"));
        g.addRow(row("14", "Kabul", "", "AFG", "13", "PPLC", "3043532", "34.53", "69.17"));
        g.addRow(row("15", "Berlin", "", "DEU", "16", "PPLC", "3426354", "52.52", "13.41"));
        g.addRow(row("16", "Autonomous Republic of Crimea", "Republic of Crimea", "UKR", "11", "ADM1", "0", "45.25", "34.31"));
        g.addRow(row("17", "Prague", "", "CZE", "52", "PPLC", "1165581", "50.09", "14.42"));
        g.addRow(row("18", "Prague", "", "USA", "OK", "PPL", "2386", "35.49", "-96.69"));
        for (String[] c : List.of(row("PAK", "Pakistan", "Pakistani", "Islamabad"), row("RUS", "Russia", "Russian", "Moscow"),
                row("UKR", "Ukraine", "Ukrainian", "Kyiv"), row("FRA", "France", "French", "Paris"),
                row("USA", "United States", "American", "Washington"), row("IND", "India", "Indian", "New Delhi"),
                row("AFG", "Afghanistan", "Afghan", "Kabul"), row("DEU", "Germany", "German", "Berlin"),
                row("USA", "U.S.", "", ""), row("CZE", "Czechia", "Czech", "Prague")))
            g.addCountry(c);
        return new EventLocator(g, EventLocator.rules(KnowledgeFiles.rows(EventLocator.RULES, 3)),
                new HashSet<>(KnowledgeFiles.entries(EventLocator.PLACE_NOUNS)), new HashSet<>(KnowledgeFiles.entries(EventLocator.REMOTE_CONTACT)),
                new HashSet<>(KnowledgeFiles.entries(EventLocator.WORLD_REGIONS)));
    }

    private static String[] row(String... cells) {
        return cells;
    }

    /** A hand-parsed sentence whose tokens carry NER tags ("Multan/CITY"). */
    private static Sentence tagged(int index, int paragraph, String words, String tags, String deps) {
        List<String> ner = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        for (String w : words.trim().split("\\s+")) {
            int at = w.lastIndexOf('|');
            ner.add(at > 0 ? w.substring(at + 1) : "O");
            plain.append(at > 0 ? w.substring(0, at) : w).append(' ');
        }
        Sentence s = HandParse.sentence(index, plain.toString(), tags, deps);
        List<Token> tokens = new ArrayList<>();
        for (Token t : s.tokens())
            tokens.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), ner.get(t.index()), null, t.begin(), t.end()));
        return new Sentence(index, paragraph, s.text(), s.begin(), s.end(), tokens, null, s.dependencies(), List.of(), List.of());
    }

    private static AnnotatedArticle article(Sentence... sentences) {
        CleanArticle clean = new CleanArticle("t", "t.txt", null, "en", null, null, null, null, "", List.of());
        return new AnnotatedArticle(clean, List.of(sentences));
    }

    private static CodedEvent event(PloverType type, String src, String tgt, int sentence, int anchor) {
        return new CodedEvent("t-e1", type, null, null, List.of(), new EventActor(src, src, null, src),
                new EventActor(tgt, tgt, null, tgt), null, null, "", sentence, anchor, null, 0.8);
    }

    private static Location locate(AnnotatedArticle a, CodedEvent e) {
        return LOCATOR.locate(a, List.of(), List.of(e)).get(0).location();
    }

    // "Police killed two protesters in Multan on Friday ."
    private static final Sentence KILLED_IN_SIBI = tagged(0, 0, "Police killed two protesters in Multan|CITY on Friday .",
            "NNS VBD CD NNS IN NNP IN NNP .", "nsubj 2 1; root 0 2; nummod 4 3; obj 2 4; case 6 5; obl 2 6; case 8 7; obl 2 8; punct 2 9");

    @Test
    void aPlaceInTheEventsSentenceIsWhereItHappenedWithItsPoint() {
        Location l = locate(article(KILLED_IN_SIBI), event(PloverType.ASSAULT, "PAK", "PAK", 0, 1));
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
    void aCapitalThatSpeaksIsAnActorNotAPlace() {
        // "Moscow condemned the strike ."
        Sentence s = tagged(0, 0, "Moscow|CITY condemned the strike .", "NNP VBD DT NN .", "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5");
        assertThat(locate(article(s), event(PloverType.ACCUSE, "RUS", "UKR", 0, 1))).isNull();
    }

    @Test
    void aStatementWithoutAPlaceHasNoLocationEvenInAPlaceyArticle() {
        // "The minister criticised the arrests ." after a sentence set in Multan
        Sentence s = tagged(1, 0, "The minister criticised the arrests .", "DT NN VBD DT NNS .", "det 2 1; nsubj 3 2; root 0 3; det 5 4; obj 3 5; punct 3 6");
        assertThat(locate(article(KILLED_IN_SIBI, s), event(PloverType.ACCUSE, "PAK", "PAK", 1, 2))).isNull();
    }

    @Test
    void anArrestTakesItsPlaceFromItsParagraphAndElseItsCountry() {
        // "Police arrested 20 people ." in Multan's paragraph, then in a paragraph of its own
        String words = "Police arrested 20 people .", tags = "NNS VBD CD NNS .", deps = "nsubj 2 1; root 0 2; nummod 4 3; obj 2 4; punct 2 5";
        Location same = locate(article(KILLED_IN_SIBI, tagged(1, 0, words, tags, deps)), event(PloverType.COERCE, "PAK", "PAK", 1, 1));
        assertThat(same.name()).isEqualTo("Multan");
        Location alone = locate(article(tagged(0, 0, words, tags, deps)), event(PloverType.COERCE, "PAK", "PAK", 0, 1));
        assertThat(alone.country()).isEqualTo("PAK");
        assertThat(alone.precision()).isEqualTo(LocationPrecision.COUNTRY);
        assertThat(alone.lat()).as("a country is never a point").isNull();
    }

    private static CodedEvent judicialEvent(PloverType type, String country, int sentence, int anchor) {
        return new CodedEvent("t-e1", type, null, null, List.of(), new EventActor("court", country, "JUD", country + "JUD"),
                new EventActor("editor", country, "MED", country + "MED"), null, null, "", sentence, anchor, null, 0.8);
    }

    // "The court charged the editor with sedition ."
    private static final String CHARGED = "The court charged the editor with sedition .";
    private static final String CHARGED_TAGS = "DT NN VBD DT NN IN NN .";
    private static final String CHARGED_DEPS = "det 2 1; nsubj 3 2; root 0 3; det 5 4; obj 3 5; case 7 6; obl 3 7; punct 3 8";

    @Test
    void aCourtsChargeAtHomeIsMadeInItsCountryThoughTheSentenceNamesNoPlace() {
        Location l = locate(article(tagged(0, 0, CHARGED, CHARGED_TAGS, CHARGED_DEPS)), event(PloverType.ACCUSE, "PAK", "PAK", 0, 2));
        assertThat(l).as("an ordinary statement stays without a place").isNull();
        Location court = locate(article(tagged(0, 0, CHARGED, CHARGED_TAGS, CHARGED_DEPS)), judicialEvent(PloverType.ACCUSE, "PAK", 0, 2));
        assertThat(court.country()).isEqualTo("PAK");
        assertThat(court.precision()).isEqualTo(LocationPrecision.COUNTRY);
    }

    @Test
    void aCourtsChargeIsMadeWhereTheArticleSaysTheTrialIsHeld() {
        // "The trial in Lahore opened on Monday ." then the charge, in a later paragraph
        Sentence trial = tagged(0, 0, "The trial in Lahore|CITY opened on Monday .", "DT NN IN NNP VBD IN NNP .",
                "det 2 1; nsubj 5 2; case 4 3; nmod 2 4; root 0 5; case 7 6; obl 5 7; punct 5 8");
        // "Protesters marched in Karachi ." names a place too, but no court's
        Sentence march = tagged(1, 1, "Protesters marched in Karachi|CITY .", "NNS VBD IN NNP .", "nsubj 2 1; root 0 2; case 4 3; obl 2 4; punct 2 5");
        Location l = locate(article(trial, march, tagged(2, 2, CHARGED, CHARGED_TAGS, CHARGED_DEPS)), judicialEvent(PloverType.ACCUSE, "PAK", 2, 2));
        assertThat(l.name()).isEqualTo("Lahore");
        assertThat(l.precision()).isEqualTo(LocationPrecision.PLACE);
    }

    @Test
    void aCourtsChargeWithNoCourtNamedIsMadePreciseByTheTownTheStoryIsSetIn() {
        // "Police detained the editor in Lahore ." then, in another paragraph, the charge
        Sentence detained = tagged(0, 0, "Police detained the editor in Lahore|CITY .", "NNS VBD DT NN IN NNP .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; obl 2 6; punct 2 7");
        Location l = locate(article(detained, tagged(1, 1, CHARGED, CHARGED_TAGS, CHARGED_DEPS)), judicialEvent(PloverType.ACCUSE, "PAK", 1, 2));
        assertThat(l.name()).isEqualTo("Lahore");
    }

    @Test
    void anAccusationNoOneIsNamedAsMakingIsAChargeMadeAtHome() {
        // "The editor was accused of sedition ."
        Sentence s = tagged(0, 0, "The editor was accused of sedition .", "DT NN VBD VBN IN NN .",
                "det 2 1; nsubj:pass 4 2; aux:pass 4 3; root 0 4; case 6 5; obl 4 6; punct 4 7");
        CodedEvent charge = new CodedEvent("t-e1", PloverType.ACCUSE, null, null, List.of(), new EventActor("", "PAK", null, "PAK"),
                new EventActor("editor", "PAK", "MED", "PAKMED"), null, null, "", 0, 3, null, 0.8);
        assertThat(locate(article(s), charge).country()).isEqualTo("PAK");
        // the same words with a named accuser are a statement, which is nowhere in particular
        CodedEvent said = new CodedEvent("t-e1", PloverType.ACCUSE, null, null, List.of(), new EventActor("the minister", "PAK", "GOV", "PAKGOV"),
                new EventActor("editor", "PAK", "MED", "PAKMED"), null, null, "", 0, 3, null, 0.8);
        assertThat(locate(article(s), said)).isNull();
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
    void aStatementAtAVenueTheStoryPlacedBeforeIsMadeThere() {
        // "Ministers gathered for a summit in Lahore ." then "At the summit , the minister urged talks ."
        Sentence gathered = tagged(0, 0, "Ministers gathered for a summit in Lahore|CITY .", "NNS VBD IN DT NN IN NNP .",
                "nsubj 2 1; root 0 2; case 5 3; det 5 4; obl 2 5; case 7 6; nmod 5 7; punct 2 8");
        Sentence urged = tagged(1, 1, "At the summit , the minister urged talks .", "IN DT NN , DT NN VBD NNS .",
                "case 3 1; det 3 2; obl 7 3; punct 7 4; det 6 5; nsubj 7 6; root 0 7; obj 7 8; punct 7 9");
        Location l = locate(article(gathered, urged), event(PloverType.REQUEST, "IND", "PAK", 1, 6));
        assertThat(l.name()).isEqualTo("Lahore");
        // a venue the story never placed leaves the statement without a place
        Sentence elsewhere = tagged(0, 0, "Ministers gathered for talks in Lahore|CITY .", "NNS VBD IN NNS IN NNP .",
                "nsubj 2 1; root 0 2; case 4 3; obl 2 4; case 6 5; nmod 4 6; punct 2 7");
        assertThat(locate(article(elsewhere, urged), event(PloverType.REQUEST, "IND", "PAK", 1, 6))).isNull();
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
    void aStatementMadeAtHomeIsPlacedAtTheDatelineAndAForeignOneIsNot() {
        // "ISLAMABAD - The ministry protested ." then "The ministry protested ." by Pakistan, and by Afghanistan
        Sentence dateline = tagged(0, 0, "ISLAMABAD|CITY - The ministry protested .", "NNP : DT NN VBD .",
                "dep 5 1; punct 5 2; det 4 3; nsubj 5 4; root 0 5; punct 5 6");
        g().addRow(row("11", "Islamabad", "", "PAK", "08", "PPLC", "601600", "33.72", "73.04"));
        Location home = locate(article(dateline), event(PloverType.ACCUSE, "PAK", "AFG", 0, 4));
        assertThat(home.name()).isEqualTo("ISLAMABAD");
        assertThat(home.country()).isEqualTo("PAK");
        assertThat(locate(article(dateline), event(PloverType.ACCUSE, "AFG", "PAK", 0, 4))).isNull();
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
    void aCountryModifyingANounIsAPartyNotAPlace() {
        // "US President Obama spoke by phone with Macron ."
        Sentence s = tagged(0, 0, "US|COUNTRY President Obama spoke by phone with Macron .", "NNP NNP NNP VBD IN NN IN NNP .",
                "compound 3 1; compound 3 2; nsubj 4 3; root 0 4; case 6 5; obl 4 6; case 8 7; obl 4 8; punct 4 9");
        assertThat(locate(article(s), event(PloverType.CONSULT, "USA", "FRA", 0, 3))).isNull();
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
    void aStatementTakesThePlaceOfTheClauseThatReportsIt() {
        // "He told reporters in Multan that he would ask Brazil ."
        Sentence s = tagged(0, 0, "He told reporters in Multan|CITY that he would ask Brazil|COUNTRY .", "PRP VBD NNS IN NNP IN PRP MD VB NNP .",
                "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl 2 5; mark 9 6; nsubj 9 7; aux 9 8; ccomp 2 9; obj 9 10; punct 2 11");
        Location l = locate(article(s), event(PloverType.REQUEST, "PAK", "BRA", 0, 8));
        assertThat(l.name()).isEqualTo("Multan");
        assertThat(l.country()).isEqualTo("PAK");
    }

    @Test
    void aPlaceInWhatIsReportedIsNotWhereTheStatementWasMade() {
        // "The minister said police would patrol in Multan ." — the patrol is in Multan, the saying is nowhere said
        Sentence s = tagged(0, 0, "The minister said police would patrol in Multan|CITY .", "DT NN VBD NNS MD VB IN NNP .",
                "det 2 1; nsubj 3 2; root 0 3; nsubj 6 4; aux 6 5; ccomp 3 6; case 8 7; obl 6 8; punct 3 9");
        assertThat(locate(article(s), event(PloverType.ACCUSE, "PAK", "AFG", 0, 2))).isNull();
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
    void aCountryTaggedAsALocationStillNamesAParty() {
        // "U.S. officials imposed tariffs ." — "U.S." tagged LOCATION modifies the officials
        Sentence s = tagged(0, 0, "U.S.|LOCATION officials imposed tariffs .", "NNP NNS VBD NNS .", "compound 2 1; nsubj 3 2; root 0 3; obj 3 4; punct 3 5");
        assertThat(locate(article(s), event(PloverType.COERCE, "USA", "RUS", 0, 2))).isNull();
    }

    @Test
    void aContinentIsNoPlaceForAnEvent() {
        // "Troops were deployed across Europe ."
        Sentence s = tagged(0, 0, "Troops were deployed across Europe|LOCATION .", "NNS VBD VBN IN NNP .",
                "nsubj:pass 3 1; aux:pass 3 2; root 0 3; case 5 4; obl 3 5; punct 3 6");
        assertThat(locate(article(s), event(PloverType.MOBILIZE, "USA", "RUS", 0, 2))).isNull();
    }

    @Test
    void anUpperCaseDatelineAfterATitleLinePlacesAnInternationalBodysDecision() {
        // "Pressure mounts ." then "BERLIN - Envoys decided to freeze assets ." by the EU
        Sentence title = tagged(0, 0, "Pressure mounts .", "NN VBZ .", "nsubj 2 1; root 0 2; punct 2 3");
        Sentence body = tagged(1, 1, "BERLIN|CITY - Envoys decided to freeze assets .", "NNP : NNS VBD TO VB NNS .",
                "dep 4 1; punct 4 2; nsubj 4 3; root 0 4; mark 6 5; xcomp 4 6; obj 6 7; punct 4 8");
        Location l = locate(article(title, body), event(PloverType.SANCTION, "EUR", "RUS", 1, 5));
        assertThat(l.name()).isEqualTo("BERLIN");
        assertThat(l.country()).isEqualTo("DEU");
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
    void aCourtNamedByItsCitySpeaksThere() {
        // "A Lahore court said the editor lied ."
        Sentence s = tagged(0, 0, "A Lahore|CITY court said the editor lied .", "DT NNP NN VBD DT NN VBD .",
                "det 3 1; compound 3 2; nsubj 4 3; root 0 4; det 6 5; nsubj 7 6; ccomp 4 7; punct 4 8");
        Location l = locate(article(s), event(PloverType.ACCUSE, "PAK", "PAK", 0, 3));
        assertThat(l.name()).isEqualTo("Lahore");
        assertThat(l.country()).isEqualTo("PAK");
        // "Kabul officials said the envoy lied .": a capital naming the speakers stands for the government
        Sentence capital = tagged(0, 0, "Kabul|CITY officials said the envoy lied .", "NNP NNS VBD DT NN VBD .",
                "compound 2 1; nsubj 3 2; root 0 3; det 5 4; nsubj 6 5; ccomp 3 6; punct 3 7");
        assertThat(locate(article(capital), event(PloverType.ACCUSE, "AFG", "PAK", 0, 2))).isNull();
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
    void anInternationalBodyMeetsWhereItIsHostedButTwoStatesOnlyInTheirOwn() {
        // "The envoy held talks with Ukrainian ministers ." then "The meeting took place in Berlin ."
        Sentence talks = tagged(0, 0, "The envoy held talks with Ukrainian ministers .", "DT NN VBD NNS IN JJ NNS .",
                "det 2 1; nsubj 3 2; root 0 3; obj 3 4; case 7 5; amod 7 6; nmod 4 7; punct 3 8");
        Sentence where = tagged(1, 0, "The meeting took place in Berlin|CITY .", "DT NN VBD NN IN NNP .",
                "det 2 1; nsubj 3 2; root 0 3; obj 3 4; case 6 5; obl 3 6; punct 3 7");
        assertThat(locate(article(talks, where), event(PloverType.CONSULT, "EUR", "UKR", 0, 2)).name()).isEqualTo("Berlin");
        // its aid is delivered to the partner, wherever the article's briefing was held
        assertThat(locate(article(talks, where), event(PloverType.AID, "EUR", "UKR", 0, 2)).country()).isEqualTo("UKR");
        Location between = locate(article(talks, where), event(PloverType.CONSULT, "FRA", "UKR", 0, 2));
        assertThat(between.country()).isEqualTo("UKR");
        assertThat(between.precision()).isEqualTo(LocationPrecision.COUNTRY);
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
    void aCapitalBeforeACourtIsWhereTheCourtSpokeEvenWhenTheParseMissesTheSubject() {
        // "A Kabul court ruled the editor lied ."
        Sentence s = tagged(0, 0, "A Kabul|CITY court ruled the editor lied .", "DT NNP NN VBD DT NN VBD .",
                "det 3 1; compound 3 2; nsubj 4 3; root 0 4; det 6 5; nsubj 7 6; ccomp 4 7; punct 4 8");
        assertThat(locate(article(s), event(PloverType.ACCUSE, "AFG", "AFG", 0, 3)).name()).isEqualTo("Kabul");
        // "A Kabul court earlier ruled the editor lied ." parsed with the court hanging on "earlier"
        Sentence misparsed = tagged(0, 0, "A Kabul|CITY court earlier ruled the editor lied .", "DT NNP NN RBR VBD DT NN VBD .",
                "det 3 1; compound 3 2; obl:npmod 4 3; advmod 5 4; root 0 5; det 7 6; nsubj 8 7; ccomp 5 8; punct 5 9");
        Location l = locate(article(misparsed), event(PloverType.ACCUSE, "AFG", "AFG", 0, 4));
        assertThat(l.name()).isEqualTo("Kabul");
        assertThat(l.country()).isEqualTo("AFG");
    }

    @Test
    void aFrontedPhraseIsTheVenueOfAStatementInTheSpeakersCountry() {
        // "At a congress that ended in Karachi , the minister urged reforms ." with the congress parsed as the object
        String words = "At a congress that ended in %s , the minister urged reforms .", tags = "IN DT NN WDT VBD IN NNP , DT NN VBD NNS .",
                deps = "case 3 1; det 3 2; obj 11 3; nsubj 5 4; acl:relcl 3 5; case 7 6; obl 5 7; punct 11 8; det 10 9; nsubj 11 10; "
                        + "root 0 11; obj 11 12; punct 11 13";
        Sentence karachi = tagged(0, 0, String.format(words, "Karachi|CITY"), tags, deps);
        assertThat(locate(article(karachi), event(PloverType.REQUEST, "PAK", "PAK", 0, 10)).name()).isEqualTo("Karachi");
        // a congress abroad is no venue of a minister speaking for home
        Sentence paris = tagged(0, 0, String.format(words, "Paris|CITY"), tags, deps);
        assertThat(locate(article(paris), event(PloverType.REQUEST, "PAK", "PAK", 0, 10))).isNull();
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

}
