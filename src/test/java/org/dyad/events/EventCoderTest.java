package org.dyad.events;

import org.dyad.article.ActorMention;
import org.dyad.article.CodedEvent;
import org.dyad.article.PloverType;
import org.dyad.article.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.article.HandParse.actor;
import static org.dyad.article.HandParse.sentence;
import static org.dyad.events.Coding.code;
import static org.dyad.events.Coding.dyad;

class EventCoderTest {


    @Test
    void codesMeetingWithCounterpartAsConsult() {
        Sentence s = sentence("Macron met/meet his British counterpart Lammy in London .", "NNP VBD PRP$ JJ NN NNP IN NNP .",
                "nsubj 2 1; root 0 2; nmod:poss 5 3; amod 5 4; obj 2 5; appos 5 6; case 8 7; obl:in 2 8; punct 2 9");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "FRA", "GOV"), actor(s, 3, 3, "FRA", "GOV"),
                actor(s, 4, 4, "GBR", null), actor(s, 6, 6, "GBR", "GOV"), actor(s, 8, 8, "GBR", null));
        assertThat(events).hasSize(1);
        CodedEvent e = events.get(0);
        assertThat(e.type()).isEqualTo(PloverType.CONSULT);
        assertThat(e.cameo()).isEqualTo("040");
        assertThat(dyad(e)).isEqualTo("FRA>GBR");
        assertThat(e.source().code()).isEqualTo("FRAGOV");
        assertThat(e.anchor()).isEqualTo(1);
        assertThat(e.id()).isEqualTo("doc-e1");
        assertThat(e.date()).isNull();
        assertThat(e.factuality()).isNull();
        assertThat(e.sentence()).isEqualTo(s.text());
    }

    @Test
    void conjoinedSubjectsDoNotExplodeIntoAllPairs() {
        Sentence s = sentence("Britain , France and Germany will sign a defence treaty .", "NNP , NNP CC NNP MD VB DT NN NN .",
                "nsubj 7 1; punct 3 2; conj:and 1 3; cc 5 4; conj:and 1 5; aux 7 6; root 0 7; det 10 8; compound 10 9; obj 7 10; punct 7 11");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "GBR", null), actor(s, 3, 3, "FRA", null), actor(s, 5, 5, "DEU", null));
        assertThat(events).extracting(Coding::dyad).containsExactly("GBR>FRA");
        assertThat(events.get(0).type()).isEqualTo(PloverType.SUPPORT);
        assertThat(events.get(0).cameo()).isEqualTo("057");
    }

    @Test
    void listedSubjectsWithATargetGiveOneEventPerMember() {
        Sentence s = sentence("Britain and France will send/send troops/troop to Ukraine .", "NNP CC NNP MD VB NNS TO NNP .",
                "nsubj 5 1; cc 3 2; conj:and 1 3; aux 5 4; root 0 5; obj 5 6; case 8 7; obl:to 5 8; punct 5 9");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "GBR", null), actor(s, 3, 3, "FRA", null), actor(s, 8, 8, "UKR", null));
        assertThat(events).extracting(Coding::dyad).containsExactly("GBR>UKR", "FRA>UKR");
        assertThat(events).allMatch(e -> e.type() == PloverType.AID && e.cameo().equals("074"));
        assertThat(events).extracting(CodedEvent::id).containsExactly("doc-e1", "doc-e2");
    }

    @Test
    void refusesEventWithoutTarget() {
        Sentence s = sentence("Russia attacked/attack at dawn .", "NNP VBD IN NN .",
                "nsubj 2 1; root 0 2; case 4 3; obl:at 2 4; punct 2 5");
        assertThat(code(s, actor(s, 1, 1, "RUS", null))).isEmpty();
    }

    @Test
    void neverCodesAnEventWithinOneCountryAndSector() {
        Sentence s = sentence("Sunak met/meet Hunt .", "NNP VBD NNP .", "nsubj 2 1; root 0 2; obj 2 3; punct 2 4");
        assertThat(code(s, actor(s, 1, 1, "GBR", "GOV"), actor(s, 3, 3, "GBR", "GOV"))).isEmpty();
        assertThat(code(s, actor(s, 1, 1, "GBR", "GOV"), actor(s, 3, 3, "GBR", "OPP")))
                .as("government and opposition are two sides").hasSize(1);
    }

    @Test
    void takesTheAgentOfAPassiveAsSource() {
        Sentence s = sentence("Ukraine was/be attacked/attack by Russia .", "NNP VBD VBN IN NNP .",
                "nsubj:pass 3 1; aux:pass 3 2; root 0 3; case 5 4; obl:agent 3 5; punct 3 6");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "UKR", null), actor(s, 5, 5, "RUS", null));
        assertThat(events).extracting(Coding::dyad).containsExactly("RUS>UKR");
        assertThat(events.get(0).type()).isEqualTo(PloverType.ASSAULT);
    }

    @Test
    void followsAgreedToIntoItsComplementAndAnchorsOnTheAgreement() {
        Sentence s = sentence("The US agreed/agree to resume intelligence sharing with Ukraine .", "DT NNP VBD TO VB NN NN IN NNP .",
                "det 2 1; nsubj 3 2; root 0 3; mark 5 4; xcomp 3 5; compound 7 6; obj 5 7; case 9 8; nmod:with 7 9; punct 3 10");
        List<CodedEvent> events = code(s, actor(s, 2, 2, "USA", null), actor(s, 9, 9, "UKR", null));
        // the agreement (AGREE) and what was agreed (COOPERATE), both anchored on the agreeing
        assertThat(events).extracting(e -> e.type() + " " + dyad(e)).containsExactlyInAnyOrder("AGREE USA>UKR", "COOPERATE USA>UKR");
        CodedEvent agreed = events.stream().filter(e -> e.type() == PloverType.COOPERATE).findFirst().orElseThrow();
        assertThat(agreed.cameo()).isEqualTo("064");
        assertThat(agreed.context()).containsExactly("intelligence");
        assertThat(events).allMatch(e -> e.anchor() == 2);
    }

    @Test
    void threatToActIsOneThreatEvent() {
        Sentence s = sentence("Russia threatened/threaten to invade Ukraine .", "NNP VBD TO VB NNP .",
                "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; obj 4 5; punct 2 6");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "RUS", null), actor(s, 5, 5, "UKR", null));
        assertThat(events).extracting(CodedEvent::type).containsExactly(PloverType.THREATEN);
        assertThat(dyad(events.get(0))).isEqualTo("RUS>UKR");
    }

    @Test
    void expectedToSignTakesTheSubjectOfTheControllingVerb() {
        Sentence s = sentence("Britain is/be expected/expect to sign a deal with France .", "NNP VBZ VBN TO VB DT NN IN NNP .",
                "nsubj:pass 3 1; aux:pass 3 2; root 0 3; mark 5 4; xcomp 3 5; det 7 6; obj 5 7; case 9 8; nmod:with 7 9; punct 3 10");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "GBR", null), actor(s, 9, 9, "FRA", null));
        assertThat(events).extracting(Coding::dyad).containsExactly("GBR>FRA");
        assertThat(events.get(0).anchor()).isEqualTo(4);
    }

    @Test
    void codesTalksBetweenTwoActorsOnce() {
        Sentence s = sentence("Talks/talk between Britain and France ended/end .", "NNS IN NNP CC NNP VBD .",
                "nsubj 6 1; case 3 2; nmod:between 1 3; cc 5 4; conj:and 3 5; root 0 6; punct 6 7");
        List<CodedEvent> events = code(s, actor(s, 3, 3, "GBR", null), actor(s, 5, 5, "FRA", null));
        assertThat(events).extracting(Coding::dyad).containsExactly("GBR>FRA");
        assertThat(events.get(0).type()).isEqualTo(PloverType.CONSULT);
        assertThat(events.get(0).anchor()).isZero();
    }

    @Test
    void codesAPossessorsVisitToACountry() {
        Sentence s = sentence("Sunak spoke/speak during Zelensky 's visit to Britain .", "NNP VBD IN NNP POS NN TO NNP .",
                "nsubj 2 1; root 0 2; case 6 3; nmod:poss 6 4; case 4 5; obl:during 2 6; case 8 7; nmod:to 6 8; punct 2 9");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "GBR", "GOV"), actor(s, 4, 4, "UKR", "GOV"), actor(s, 8, 8, "GBR", null));
        assertThat(events).extracting(Coding::dyad).containsExactly("UKR>GBR");
        assertThat(events.get(0).cameo()).isEqualTo("042");
    }

    @Test
    void permissionReceivedFromAnActorSwapsTheSides() {
        Sentence s = sentence("Moldova received/receive permission from the European Commission .", "NNP VBD NN IN DT NNP NNP .",
                "nsubj 2 1; root 0 2; obj 2 3; case 7 4; det 7 5; compound 7 6; obl:from 2 7; punct 2 8");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "MDA", null), actor(s, 6, 7, "EUR", null));
        assertThat(events).extracting(Coding::dyad).containsExactly("EUR>MDA");
        assertThat(events.get(0).type()).isEqualTo(PloverType.CONCEDE);
    }

    @Test
    void negatedOfferOfTroopsIsCodedAsARefusalAnchoredOnTheNegation() {
        Sentence s = sentence("Germany is/be not considering/consider sending/send troops/troop to Ukraine .",
                "NNP VBZ RB VBG VBG NNS TO NNP .",
                "nsubj 4 1; aux 4 2; advmod 4 3; root 0 4; advcl 4 5; obj 5 6; case 8 7; obl:to 5 8; punct 4 9");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "DEU", null), actor(s, 8, 8, "UKR", null));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).type()).isEqualTo(PloverType.REJECT);
        assertThat(events.get(0).cameo()).startsWith("12");
        assertThat(dyad(events.get(0))).isEqualTo("DEU>UKR");
        assertThat(events.get(0).anchor()).isEqualTo(2);
    }

    @Test
    void blameFallsOnTheAgentOfTheCondemnedAttack() {
        Sentence s = sentence("France condemned/condemn Israeli attacks/attack on UN peacekeepers/peacekeeper .",
                "NNP VBD JJ NNS IN NNP NNS .",
                "nsubj 2 1; root 0 2; amod 4 3; obj 2 4; case 7 5; compound 7 6; nmod:on 4 7; punct 2 8");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "FRA", null), actor(s, 3, 3, "ISR", null), actor(s, 6, 6, "UNO", null));
        assertThat(events).extracting(Coding::dyad).containsExactly("FRA>ISR");
        assertThat(events.get(0).type()).isEqualTo(PloverType.ACCUSE);
    }

    @Test
    void aidGoesToTheRecipientNotToTheDonorsAdjectives() {
        Sentence s = sentence("Frederiksen and Store will coordinate Danish and Norwegian fuel supply to Estonia .",
                "NNP CC NNP MD VB JJ CC JJ NN NN TO NNP .",
                "nsubj 5 1; cc 3 2; conj:and 1 3; aux 5 4; root 0 5; amod 10 6; cc 8 7; conj:and 6 8; compound 10 9; obj 5 10; case 12 11; nmod:to 10 12; punct 5 13");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "DNK", "GOV"), actor(s, 3, 3, "NOR", "GOV"),
                actor(s, 6, 6, "DNK", null), actor(s, 8, 8, "NOR", null), actor(s, 12, 12, "EST", null));
        assertThat(events).extracting(Coding::dyad).containsExactly("DNK>EST", "NOR>EST");
    }

    @Test
    void meetingAThreatIsNoMeeting() {
        Sentence s = sentence("Britain and France will meet new threats/threat .", "NNP CC NNP MD VB JJ NNS .",
                "nsubj 5 1; cc 3 2; conj:and 1 3; aux 5 4; root 0 5; amod 7 6; obj 5 7; punct 5 8");
        assertThat(code(s, actor(s, 1, 1, "GBR", null), actor(s, 3, 3, "FRA", null))).isEmpty();
    }

    @Test
    void fallsBackToPetrarchVerbsOfConflictOnlyForActorObjects() {
        // "chastise" is not in Dyad's dictionary; CAMEO.2.0 codes it 111
        Sentence yes = sentence("France chastised/chastise Germany .", "NNP VBD NNP .", "nsubj 2 1; root 0 2; obj 2 3; punct 2 4");
        List<CodedEvent> events = code(yes, actor(yes, 1, 1, "FRA", null), actor(yes, 3, 3, "DEU", null));
        assertThat(events).extracting(CodedEvent::type).containsExactly(PloverType.ACCUSE);
        assertThat(events.get(0).confidence()).isLessThan(0.5);
        Sentence no = sentence("France chastised/chastise the plan of Germany .", "NNP VBD DT NN IN NNP .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; nmod:of 4 6; punct 2 7");
        assertThat(code(no, actor(no, 1, 1, "FRA", null), actor(no, 6, 6, "DEU", null))).isEmpty();
        // "acclaim" (CAMEO.2.0: 051) praises: a broad verb of cooperation is too vague to code at all
        Sentence praise = sentence("France acclaimed/acclaim Germany .", "NNP VBD NNP .", "nsubj 2 1; root 0 2; obj 2 3; punct 2 4");
        assertThat(code(praise, actor(praise, 1, 1, "FRA", null), actor(praise, 3, 3, "DEU", null))).isEmpty();
    }

    @Test
    void pluralAnaphorResolvedToTwoActorsIsAJointSubject() {
        Sentence s = sentence("They will hold talks/talk .", "PRP MD VB NNS .", "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; punct 3 5");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "GBR", "GOV"), actor(s, 1, 1, "FRA", "GOV"));
        assertThat(events).extracting(Coding::dyad).containsExactly("GBR>FRA");
    }

    @Test
    void criticsAreNotTheInvaders() {
        Sentence s = sentence("France criticised/criticise the invasion of Ukraine .", "NNP VBD DT NN IN NNP .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; nmod:of 4 6; punct 2 7");
        assertThat(code(s, actor(s, 1, 1, "FRA", null), actor(s, 6, 6, "UKR", null)))
                .as("no agent of the invasion is named, and France did not invade").isEmpty();
    }

    @Test
    void aStrikeInsideATestBelongsToTheTester() {
        Sentence s = sentence("Moscow tested/test a drone in a raid on Ukraine .", "NNP VBD DT NN IN DT NN IN NNP .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 7 5; det 7 6; nmod:in 4 7; case 9 8; nmod:on 7 9; punct 2 10");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "RUS", null), actor(s, 9, 9, "UKR", null));
        assertThat(events).extracting(CodedEvent::type, Coding::dyad)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PloverType.ASSAULT, "RUS>UKR"));
        assertThat(events.get(0).anchor()).isEqualTo(6);
    }

    @Test
    void codesModernDiplomaticPhrasings() {
        Sentence ties = sentence("Britain and France are/be to deepen their military ties/tie .", "NNP CC NNP VBP TO VB PRP$ JJ NNS .",
                "nsubj 6 1; cc 3 2; conj:and 1 3; aux 6 4; mark 6 5; root 0 6; nmod:poss 9 7; amod 9 8; obj 6 9; punct 6 10");
        assertThat(code(ties, actor(ties, 1, 1, "GBR", null), actor(ties, 3, 3, "FRA", null), actor(ties, 7, 7, "GBR", null)))
                .extracting(CodedEvent::cameo, Coding::dyad).containsExactly(org.assertj.core.groups.Tuple.tuple("062", "GBR>FRA"));

        Sentence green = sentence("Biden gave/give Kyiv the greenlight .", "NNP VBD NNP DT NN .",
                "nsubj 2 1; root 0 2; iobj 2 3; det 5 4; obj 2 5; punct 2 6");
        assertThat(code(green, actor(green, 1, 1, "USA", "GOV"), actor(green, 3, 3, "UKR", null)))
                .extracting(CodedEvent::type, Coding::dyad).containsExactly(org.assertj.core.groups.Tuple.tuple(PloverType.CONCEDE, "USA>UKR"));

        Sentence sanctions = sentence("The EU imposed/impose new sanctions/sanction on Russia .", "DT NNP VBD JJ NNS IN NNP .",
                "det 2 1; nsubj 3 2; root 0 3; amod 5 4; obj 3 5; case 7 6; nmod:on 5 7; punct 3 8");
        assertThat(code(sanctions, actor(sanctions, 2, 2, "EUR", "IGO"), actor(sanctions, 7, 7, "RUS", null)))
                .extracting(CodedEvent::type, CodedEvent::cameo, Coding::dyad)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PloverType.SANCTION, "163", "EUR>RUS"));

        Sentence ramp = sentence("Britain and France agreed/agree to ramp up weapons/weapon manufacturing .", "NNP CC NNP VBD TO VB RP NNS NN .",
                "nsubj 4 1; cc 3 2; conj:and 1 3; root 0 4; mark 6 5; xcomp 4 6; compound:prt 6 7; compound 9 8; obj 6 9; punct 4 10");
        List<CodedEvent> rampEvents = code(ramp, actor(ramp, 1, 1, "GBR", null), actor(ramp, 3, 3, "FRA", null));
        assertThat(rampEvents).extracting(CodedEvent::type, Coding::dyad).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(PloverType.AGREE, "GBR>FRA"), org.assertj.core.groups.Tuple.tuple(PloverType.COOPERATE, "GBR>FRA"));
        assertThat(rampEvents).as("anchored on the agreement").allMatch(e -> e.anchor() == 3);
    }

    @Test
    void deploymentToHelpAnAllyTargetsTheAlly() {
        Sentence s = sentence("North Korea deployed/deploy thousands/thousand of troops/troop to help Russia .",
                "NNP NNP VBD NNS IN NNS TO VB NNP .",
                "compound 2 1; nsubj 3 2; root 0 3; obj 3 4; case 6 5; nmod:of 4 6; mark 8 7; advcl:to 3 8; obj 8 9; punct 3 10");
        List<CodedEvent> events = code(s, actor(s, 1, 2, "PRK", null), actor(s, 9, 9, "RUS", null));
        assertThat(events).extracting(Coding::dyad).containsOnly("PRK>RUS");
        assertThat(events).extracting(CodedEvent::type).contains(PloverType.MOBILIZE);
    }

    @Test
    void leavingACountryIsNoVisitToIt() {
        Sentence left = sentence("He left/leave Cuba in 1998 .", "PRP VBD NNP IN CD .",
                "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:in 2 5; punct 2 6");
        assertThat(code(left, actor(left, 1, 1, "USA", "CVL"), actor(left, 3, 3, "CUB", null))).isEmpty();
        Sentence went = sentence("Blinken went/go to China .", "NNP VBD TO NNP .",
                "nsubj 2 1; root 0 2; case 4 3; obl:to 2 4; punct 2 5");
        assertThat(code(went, actor(went, 1, 1, "USA", "GOV"), actor(went, 4, 4, "CHN", null)))
                .extracting(e -> e.type() + " " + dyad(e)).containsExactly("CONSULT USA>CHN");
    }

    @Test
    void anOutletThatCarriesTheNewsIsNoPartyToIt() {
        Sentence s = sentence("Peru accused/accuse Reuters .", "NNP VBD NNP .", "nsubj 2 1; root 0 2; obj 2 3; punct 2 4");
        ActorMention outlet = new ActorMention("Reuters", "Reuters", "GBR", "MED", "GBRMED", 0, 2, 3,
                org.dyad.article.ActorKind.ORGANIZATION);
        assertThat(code(s, actor(s, 1, 1, "PER", null), outlet)).isEmpty();
        ActorMention journalist = new ActorMention("Reuters", "Reuters", "GBR", "MED", "GBRMED", 0, 2, 3,
                org.dyad.article.ActorKind.PERSON);
        assertThat(code(s, actor(s, 1, 1, "PER", null), journalist)).extracting(Coding::dyad).containsExactly("PER>GBR");
    }

    @Test
    void aDenialIsARejectionAndKeepsTheDeniedAct() {
        Sentence s = sentence("Quito denied/deny attacking/attack Peru .", "NNP VBD VBG NNP .",
                "nsubj 2 1; root 0 2; xcomp 2 3; obj 3 4; punct 2 5");
        assertThat(code(s, actor(s, 1, 1, "ECU", null), actor(s, 4, 4, "PER", null)))
                .extracting(e -> e.type() + " " + dyad(e)).containsExactlyInAnyOrder("REJECT ECU>PER", "ASSAULT ECU>PER");
    }

    @Test
    void aPredicativeAdjectiveIsATriggerButNotAnAttributiveOne() {
        Sentence said = sentence("Britain is/be critical/critical of France .", "NNP VBZ JJ IN NNP .",
                "nsubj 3 1; cop 3 2; root 0 3; case 5 4; obl:of 3 5; punct 3 6");
        assertThat(code(said, actor(said, 1, 1, "GBR", null), actor(said, 5, 5, "FRA", null)))
                .extracting(e -> e.type() + " " + dyad(e)).containsExactly("ACCUSE GBR>FRA");
        Sentence attributive = sentence("Britain published/publish a critical/critical report/report on France .",
                "NNP VBD DT JJ NN IN NNP .", "nsubj 2 1; root 0 2; det 5 3; amod 5 4; obj 2 5; case 7 6; nmod:on 5 7; punct 2 8");
        assertThat(code(attributive, actor(attributive, 1, 1, "GBR", null), actor(attributive, 7, 7, "FRA", null)))
                .noneMatch(e -> e.type() == PloverType.ACCUSE);
    }

    @Test
    void talksBesideAVerbAreItsSubjectsWithItsObject() {
        Sentence s = sentence("Petro told/tell Boric in phone/phone conversations/conversation .", "NNP VBD NNP IN NN NNS .",
                "nsubj 2 1; root 0 2; obj 2 3; case 6 4; compound 6 5; obl:in 2 6; punct 2 7");
        assertThat(code(s, actor(s, 1, 1, "COL", "GOV"), actor(s, 3, 3, "CHL", "GOV")))
                .extracting(e -> e.type() + " " + dyad(e)).containsExactly("CONSULT COL>CHL");
    }

    @Test
    void codesAStatedIntentAsCameoCodesIt() {
        // "offered to send aid": CAMEO 033 (express intent to provide aid), an agreement, not aid
        Sentence offer = sentence("Norway offered/offer to/to send/send aid to/to Chile .", "NNP VBD TO VB NN TO NNP .",
                "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; obj 4 5; case 7 6; obl:to 4 7; punct 2 8");
        List<CodedEvent> offered = code(offer, actor(offer, 1, 1, "NOR", null), actor(offer, 7, 7, "CHL", null));
        assertThat(offered).extracting(Coding::dyad).contains("NOR>CHL");
        assertThat(offered).allMatch(e -> e.type() == PloverType.AGREE);
        assertThat(offered).extracting(CodedEvent::cameo).doesNotContain("070", "071", "072", "073", "074");
        // "said it would impose sanctions": the threat (13x); "agreed to impose sanctions": the sanction decided
        Sentence said = sentence("Peru said/say it would/would impose/impose sanctions/sanction on/on Chile .", "NNP VBD PRP MD VB NNS IN NNP .",
                "nsubj 2 1; root 0 2; nsubj 5 3; aux 5 4; ccomp 2 5; obj 5 6; case 8 7; obl:on 5 8; punct 2 9");
        List<CodedEvent> threat = code(said, actor(said, 1, 1, "PER", null), actor(said, 3, 3, "PER", null), actor(said, 8, 8, "CHL", null));
        assertThat(threat).extracting(Coding::dyad).containsExactly("PER>CHL");
        assertThat(threat.get(0).type()).isEqualTo(PloverType.THREATEN);
        assertThat(threat.get(0).cameo()).startsWith("13");
        Sentence agreed = sentence("Peru agreed/agree to/to impose/impose sanctions/sanction on/on Chile .", "NNP VBD TO VB NNS IN NNP .",
                "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; obj 4 5; case 7 6; obl:on 4 7; punct 2 8");
        List<CodedEvent> decided = code(agreed, actor(agreed, 1, 1, "PER", null), actor(agreed, 7, 7, "CHL", null));
        assertThat(decided).extracting(CodedEvent::type).contains(PloverType.SANCTION).doesNotContain(PloverType.THREATEN);
    }

    @Test
    void aDutyLaidOnOnePartyInAnothersReportedWordsIsADemand() {
        Sentence s = sentence("Lima said/say Quito must/must leave/leave the river/river .", "NNP VBD NNP MD VB DT NN .",
                "nsubj 2 1; root 0 2; nsubj 5 3; aux 5 4; ccomp 2 5; det 7 6; obj 5 7; punct 2 8");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "PER", null), actor(s, 3, 3, "ECU", null));
        assertThat(events).extracting(e -> e.type() + " " + e.cameo() + " " + dyad(e)).contains("REQUEST 100 PER>ECU");
        // "has to": the duty through a to-complement of "have"
        Sentence has = sentence("Lima said/say Quito has/have to/to leave/leave .", "NNP VBD NNP VBZ TO VB .",
                "nsubj 2 1; root 0 2; nsubj 4 3; ccomp 2 4; mark 6 5; xcomp 4 6; punct 2 7");
        assertThat(code(has, actor(has, 1, 1, "PER", null), actor(has, 3, 3, "ECU", null)))
                .extracting(e -> e.type() + " " + dyad(e)).contains("REQUEST PER>ECU");
        // a duty no one else lays ("Quito must leave", unreported) is no demand
        Sentence bare = sentence("Quito must/must leave/leave Lima .", "NNP MD VB NNP .",
                "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; punct 3 5");
        assertThat(code(bare, actor(bare, 1, 1, "ECU", null), actor(bare, 4, 4, "PER", null)))
                .noneMatch(e -> e.type() == PloverType.REQUEST);
    }

    @Test
    void anActOnEachOtherGoesBothWaysBetweenTheSubjectsParties() {
        Sentence s = sentence("Chile and Peru expelled/expel each other 's envoys/envoy .", "NNP CC NNP VBD DT JJ POS NNS .",
                "nsubj 4 1; cc 3 2; conj:and 1 3; root 0 4; det 6 5; nmod:poss 8 6; case 6 7; obj 4 8; punct 4 9");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 3, 3, "PER", null));
        assertThat(events).extracting(e -> e.type() + " " + dyad(e)).contains("SANCTION CHL>PER", "SANCTION PER>CHL");
    }

    @Test
    void theComplementARuleAsksForNamesTheTarget() {
        // "withdrew its envoy from Quito": the envoy's recall reduces relations with the country it leaves
        Sentence s = sentence("Lima withdrew/withdraw its envoy from/from Quito .", "NNP VBD PRP$ NN IN NNP .",
                "nsubj 2 1; root 0 2; nmod:poss 4 3; obj 2 4; case 6 5; obl:from 2 6; punct 2 7");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "PER", null), actor(s, 6, 6, "ECU", null));
        assertThat(events).extracting(e -> e.type() + " " + e.cameo() + " " + dyad(e)).containsExactly("SANCTION 161 PER>ECU");
    }

    @Test
    void aParticipleDescribingANounIsNoEventButTheVerbIs() {
        // "the occupied town" says what the town is; "occupied the town" tells of an act
        Sentence s = sentence("Kenyan troops/troop remained/remain in/in the occupied/occupy Somali town .", "JJ NNS VBD IN DT VBN JJ NN .",
                "amod 2 1; nsubj 3 2; root 0 3; case 8 4; det 8 5; amod 8 6; amod 8 7; obl:in 3 8; punct 3 9");
        assertThat(code(s, actor(s, 1, 2, "KEN", "MIL"), actor(s, 7, 7, "SOM", null)))
                .noneMatch(e -> e.cameo().startsWith("19"));
        Sentence act = sentence("Kenyan troops/troop occupied/occupy the Somali town .", "JJ NNS VBD DT JJ NN .",
                "amod 2 1; nsubj 3 2; root 0 3; det 6 4; amod 6 5; obj 3 6; punct 3 7");
        assertThat(code(act, actor(act, 1, 2, "KEN", "MIL"), actor(act, 5, 5, "SOM", null)))
                .anyMatch(e -> e.cameo().startsWith("19") && dyad(e).equals("KEN>SOM"));
    }

    @Test
    void aPatternMatchedOnAReportingVerbIsAnchoredOnTheReportedAct() {
        // PETRARCH's patterns match "says it is ready to send troops" on "says"; the act is "send"
        Sentence s = sentence("Lima says/say it is/be ready/ready to/to send/send troops/troop .", "NNP VBZ PRP VBZ JJ TO VB NNS .",
                "nsubj 2 1; root 0 2; nsubj 5 3; cop 5 4; ccomp 2 5; mark 7 6; xcomp 5 7; obj 7 8; punct 2 9");
        SentenceGraph g = new SentenceGraph(s);
        assertThat(PatternEvents.reportedAct(g, 1)).isEqualTo(6);
        assertThat(PatternEvents.reportedAct(g, 6)).as("an act's own verb stays").isEqualTo(6);
    }

    @Test
    void anObjectWordTakesOnlyTheEndingsOfItsPlural() {
        assertThat(TriggerFinder.sameWord("troop", "troops", "troops")).isTrue();
        assertThat(TriggerFinder.sameWord("tax", "taxes", "taxes")).isTrue();
        assertThat(TriggerFinder.sameWord("militia", "militia", "militias")).isTrue();
        assertThat(TriggerFinder.sameWord("aid", "aide", "aides")).as("an aide is no aid").isFalse();
    }

    @Test
    void aSuspensionOfTiesIsCodedAsSuspendingThem() {
        Sentence s = sentence("Lima announced/announce a suspension/suspension of/of trade links/link with/with Quito .",
                "NNP VBD DT NN IN NN NNS IN NNP .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 7 5; compound 7 6; nmod:of 4 7; case 9 8; nmod:with 7 9; punct 2 10");
        assertThat(code(s, actor(s, 1, 1, "PER", null), actor(s, 9, 9, "ECU", null)))
                .extracting(e -> e.type() + " " + e.cameo() + " " + dyad(e)).containsExactly("SANCTION 161 PER>ECU");
    }

    @Test
    void theLiftingOfSanctionsEasesThemRatherThanImposingThem() {
        Sentence s = sentence("Lima announced/announce the lifting/lifting of/of sanctions/sanction on/on Quito .",
                "NNP VBD DT NN IN NNS IN NNP .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; nmod:of 4 6; case 8 7; nmod:on 6 8; punct 2 9");
        assertThat(code(s, actor(s, 1, 1, "PER", null), actor(s, 8, 8, "ECU", null)))
                .extracting(e -> e.cameo() + " " + dyad(e)).containsExactly("085 PER>ECU");
    }
}
