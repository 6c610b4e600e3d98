package org.dyad.locations;

import org.dyad.article.CodedEvent;
import org.dyad.article.EventActor;
import org.dyad.article.Location;
import org.dyad.article.LocationPrecision;
import org.dyad.article.PloverType;
import org.dyad.article.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.locations.LocatorKit.KILLED_IN_MULTAN;
import static org.dyad.locations.LocatorKit.article;
import static org.dyad.locations.LocatorKit.event;
import static org.dyad.locations.LocatorKit.g;
import static org.dyad.locations.LocatorKit.locate;
import static org.dyad.locations.LocatorKit.row;
import static org.dyad.locations.LocatorKit.tagged;
import static org.dyad.locations.LocatorKit.article;
import static org.dyad.locations.LocatorKit.event;
import static org.dyad.locations.LocatorKit.g;
import static org.dyad.locations.LocatorKit.locate;
import static org.dyad.locations.LocatorKit.row;
import static org.dyad.locations.LocatorKit.tagged;

/**
 * Where statements, calls and legal acts were made: their own clause or the clause that reports it, a venue
 * placed before, the place naming the speaking body or court, the dateline, a trial's venue at home.
 */
class StatementPlacesTest {
    // "The court charged the editor with sedition ."
    private static final String CHARGED = "The court charged the editor with sedition .";
    private static final String CHARGED_TAGS = "DT NN VBD DT NN IN NN .";
    private static final String CHARGED_DEPS = "det 2 1; nsubj 3 2; root 0 3; det 5 4; obj 3 5; case 7 6; obl 3 7; punct 3 8";

    @Test
    void aStatementWithoutAPlaceHasNoLocationEvenInAPlaceyArticle() {
        // "The minister criticised the arrests ." after a sentence set in Multan
        Sentence s = tagged(1, 0, "The minister criticised the arrests .", "DT NN VBD DT NNS .", "det 2 1; nsubj 3 2; root 0 3; det 5 4; obj 3 5; punct 3 6");
        assertThat(locate(article(KILLED_IN_MULTAN, s), event(PloverType.ACCUSE, "PAK", "PAK", 1, 2))).isNull();
    }

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

    private static CodedEvent judicialEvent(PloverType type, String country, int sentence, int anchor) {
        return new CodedEvent("t-e1", type, null, null, List.of(), new EventActor("court", country, "JUD", country + "JUD"),
                new EventActor("editor", country, "MED", country + "MED"), null, null, "", sentence, anchor, null, 0.8);
    }

    @Test
    void anActDoneAtHomeThatSomeonesWordsReportIsInTheCountry() {
        // "Rana wrote her office was menaced by police ."
        Sentence passive = tagged(0, 0, "Rana|PERSON wrote/write her office was/be menaced/menace by police .",
                "NNP VBD PRP$ NN VBD VBN IN NNS .",
                "nsubj 2 1; root 0 2; nmod:poss 4 3; nsubj:pass 6 4; aux:pass 6 5; ccomp 2 6; case 8 7; obl:agent 6 8; punct 2 9");
        Location l = locate(article(passive), event(PloverType.THREATEN, "PAK", "PAK", 0, 5));
        assertThat(l.country()).isEqualTo("PAK");
        assertThat(l.precision()).isEqualTo(LocationPrecision.COUNTRY);
        // "Rana wrote police menaced her office .": the speaker's report of another's words stays nowhere
        Sentence active = tagged(0, 0, "Rana|PERSON wrote/write police menaced/menace her office .", "NNP VBD NNS VBD PRP$ NN .",
                "nsubj 2 1; root 0 2; nsubj 4 3; ccomp 2 4; nmod:poss 6 5; obj 4 6; punct 2 7");
        assertThat(locate(article(active), event(PloverType.THREATEN, "PAK", "PAK", 0, 3))).isNull();
        assertThat(locate(article(passive), event(PloverType.THREATEN, "PAK", "AFG", 0, 5))).as("between two states: words, nowhere").isNull();
    }
}
