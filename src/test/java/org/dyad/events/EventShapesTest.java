package org.dyad.events;

import org.dyad.article.CodedEvent;
import org.dyad.article.PloverType;
import org.dyad.article.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.article.HandParse.actor;
import static org.dyad.article.HandParse.sentence;
import static org.dyad.events.Coding.code;

/** Ways news states an act that the dictionaries or the clause rules once coded wrongly (invented sentences). */
class EventShapesTest {

    @Test
    void anIndictmentIsAnAccusationNotAnArrest() {
        Sentence s = sentence("The Bosnian general was/be indicted/indict by a Serbian court .", "DT JJ NN VBD VBN IN DT JJ NN .",
                "det 3 1; amod 3 2; nsubj:pass 5 3; aux:pass 5 4; root 0 5; case 9 6; det 9 7; amod 9 8; obl:agent 5 9; punct 5 10");
        List<CodedEvent> events = code(s, actor(s, 2, 3, "BIH", "MIL"), actor(s, 8, 9, "SRB", "JUD"));
        assertThat(events).extracting(Coding::dyad).containsExactly("SRB>BIH");
        assertThat(events.get(0).type()).isEqualTo(PloverType.ACCUSE);
        assertThat(events.get(0).cameo()).isEqualTo("1121");
    }

    @Test
    void aPassiveAgentListCutAtItsCommaKeepsEveryMember() {
        // the parser ends the "by" list at its comma and hangs the rest on the verb as "dep"
        Sentence s = sentence("The minister was/be criticized/criticize by Peru , Chilean and Bolivian envoys/envoy .",
                "DT NN VBD VBN IN NNP , JJ CC JJ NNS .",
                "det 2 1; nsubj:pass 4 2; aux:pass 4 3; root 0 4; case 6 5; obl:agent 4 6; punct 4 7; amod 11 8; "
                        + "cc 10 9; conj:and 8 10; dep 4 11; punct 4 12");
        List<CodedEvent> events = code(s, actor(s, 2, 2, "ECU", "GOV"), actor(s, 6, 6, "PER", null),
                actor(s, 8, 11, "CHL", "GOV"), actor(s, 8, 11, "BOL", "GOV"));
        assertThat(events).extracting(Coding::dyad).containsExactlyInAnyOrder("PER>ECU", "CHL>ECU", "BOL>ECU");
        assertThat(events).allMatch(e -> e.type() == PloverType.ACCUSE);
    }

    @Test
    void aChargeDeniedInItsOwnRelativeClauseAnswersTheAccuserOfTheSameSentence() {
        Sentence s = sentence("Chile accused/accuse Peru , a charge that Lima rejects/reject .", "NNP VBD NNP , DT NN WDT NNP VBZ .",
                "nsubj 2 1; root 0 2; obj 2 3; punct 6 4; det 6 5; appos 3 6; obj 9 7; nsubj 9 8; acl:relcl 6 9; punct 2 10");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 3, 3, "PER", null), actor(s, 8, 8, "PER", "GOV"));
        assertThat(events).extracting(Coding::dyadType)
                .containsExactlyInAnyOrder("CHL>PER ACCUSE", "PER>CHL REJECT");
    }

    @Test
    void aParticipleWithItsOwnArticleAfterACopulaDescribesItsSubject() {
        Sentence s = sentence("Peruvian growers/grower would be the worst/bad hit/hit by Chile .", "JJ NNS MD VB DT RBS VBN IN NNP .",
                "amod 2 1; nsubj 7 2; aux 7 3; cop 7 4; det 7 5; advmod 7 6; root 0 7; case 9 8; obl:by 7 9; punct 7 10");
        List<CodedEvent> events = code(s, actor(s, 1, 2, "PER", "AGR"), actor(s, 9, 9, "CHL", null));
        assertThat(events).isEmpty();
    }

    @Test
    void goodsNamedByTheirPackageAreStillAid() {
        Sentence s = sentence("Japan shipped/ship relief items/item to Peru .", "NNP VBD NN NNS TO NNP .",
                "nsubj 2 1; root 0 2; compound 4 3; obj 2 4; case 6 5; obl:to 2 6; punct 2 7");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "JPN", null), actor(s, 6, 6, "PER", null));
        assertThat(events).extracting(Coding::dyadType).containsExactly("JPN>PER AID");
    }

    @Test
    void thanksAreAimedAtTheOneTheContentClauseNames() {
        Sentence s = sentence("Peru is/be grateful that Japan sent/send aid .", "NNP VBZ JJ IN NNP VBD NN .",
                "nsubj 3 1; cop 3 2; root 0 3; mark 6 4; nsubj 6 5; ccomp 3 6; obj 6 7; punct 3 8");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "PER", null), actor(s, 5, 5, "JPN", null));
        assertThat(events).extracting(Coding::dyadType).contains("PER>JPN SUPPORT");
    }

    @Test
    void anImportBanNamingNoCountryIsOnTheCountryTheArticleIsAbout() {
        Sentence first = sentence(0, "Kenya sells/sell trophies/trophy .", "NNP VBZ NNS .", "nsubj 2 1; root 0 2; obj 2 3; punct 2 4");
        Sentence second = sentence(1, "Kenya earns/earn millions/million .", "NNP VBZ NNS .", "nsubj 2 1; root 0 2; obj 2 3; punct 2 4");
        Sentence ban = sentence(2, "Peru banned/ban imports/import .", "NNP VBD NNS .", "nsubj 2 1; root 0 2; obj 2 3; punct 2 4");
        List<CodedEvent> events = Coding.codeArticle(List.of(actor(first, 1, 1, "KEN", null), actor(second, 1, 1, "KEN", null),
                actor(ban, 1, 1, "PER", null)), first, second, ban);
        assertThat(events).extracting(Coding::dyadCameo).containsExactly("PER>KEN 163");
        // the country the article is about banning imports itself names no other party
        Sentence own = sentence(2, "Kenya banned/ban imports/import .", "NNP VBD NNS .", "nsubj 2 1; root 0 2; obj 2 3; punct 2 4");
        assertThat(Coding.codeArticle(List.of(actor(first, 1, 1, "KEN", null), actor(own, 1, 1, "KEN", null)), first, own)).isEmpty();
    }

    @Test
    void goodRelationsWithAPartyAreSupportButBareRelationsAreNoEvent() {
        Sentence s = sentence("Peru has/have good/good relations/relation with Chile .", "NNP VBZ JJ NNS IN NNP .",
                "nsubj 2 1; root 0 2; amod 4 3; obj 2 4; case 6 5; nmod:with 4 6; punct 2 7");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "PER", null), actor(s, 6, 6, "CHL", null));
        assertThat(events).extracting(Coding::dyadType).containsExactly("PER>CHL SUPPORT");
        Sentence bare = sentence("Peru has/have relations/relation with Chile .", "NNP VBZ NNS IN NNP .",
                "nsubj 2 1; root 0 2; obj 2 3; case 5 4; nmod:with 3 5; punct 2 6");
        assertThat(code(bare, actor(bare, 1, 1, "PER", null), actor(bare, 5, 5, "CHL", null))).isEmpty();
    }

    @Test
    void encouragingAPartyToActIsARequestButBeingEncouragedByNewsIsNot() {
        Sentence s = sentence("Chile encouraged/encourage Peru to hold/hold talks/talk .", "NNP VBD NNP TO VB NNS .",
                "nsubj 2 1; root 0 2; obj 2 3; mark 5 4; xcomp 2 5; obj 5 6; punct 2 7");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 3, 3, "PER", null));
        assertThat(events).extracting(Coding::dyadType).contains("CHL>PER REQUEST");
        Sentence glad = sentence("Chile was/be encouraged/encourage by the news/news from Peru .", "NNP VBD VBN IN DT NN IN NNP .",
                "nsubj:pass 3 1; aux:pass 3 2; root 0 3; case 6 4; det 6 5; obl:by 3 6; case 8 7; nmod:from 6 8; punct 3 9");
        assertThat(code(glad, actor(glad, 1, 1, "CHL", null), actor(glad, 8, 8, "PER", null))).isEmpty();
    }

    @Test
    void twoSidesActingJointlyActWithEachOtherNotWithTheTargetOfTheirPurpose() {
        Sentence s = sentence("Chile and Peru will cooperate/cooperate to encourage/encourage Bolivian refugees/refugee to return/return .",
                "NNP CC NNP MD VB TO VB JJ NNS TO VB .",
                "nsubj 5 1; cc 3 2; conj:and 1 3; aux 5 4; root 0 5; mark 7 6; xcomp 5 7; amod 9 8; obj 7 9; mark 11 10; "
                        + "xcomp 7 11; punct 5 12");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 3, 3, "PER", null), actor(s, 8, 9, "BOL", "CVL"));
        assertThat(events).filteredOn(e -> e.type() == PloverType.COOPERATE).extracting(Coding::dyad).containsExactly("CHL>PER");
    }

    @Test
    void drillsHeldNearACountryAreAimedAtIt() {
        Sentence s = sentence("Chile held/hold drills/drill near Peru .", "NNP VBD NNS IN NNP .",
                "nsubj 2 1; root 0 2; obj 2 3; case 5 4; nmod:near 3 5; punct 2 6");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 5, 5, "PER", null));
        assertThat(events).extracting(Coding::dyadType).containsExactly("CHL>PER MOBILIZE");
    }

    @Test
    void anAmountInAidIsAid() {
        Sentence s = sentence("Chile pledged/pledge $ 50 million in aid to Peru .", "NNP VBD $ CD CD IN NN TO NNP .",
                "nsubj 2 1; root 0 2; obj 2 3; compound 5 4; nummod 3 5; case 7 6; nmod:in 3 7; case 9 8; nmod:to 7 9; punct 2 10");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 9, 9, "PER", null));
        assertThat(events).extracting(Coding::dyadCameo).containsExactly("CHL>PER 033");
    }

    @Test
    void aCallOnADayIsAPhoneCallNotACallOnSomeone() {
        Sentence s = sentence("Peru called/call Chile on Monday .", "NNP VBD NNP IN NNP .",
                "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:on 2 5; punct 2 6");
        s = org.dyad.article.HandParse.withNer(s, 5, "DATE");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "PER", null), actor(s, 3, 3, "CHL", null));
        assertThat(events).extracting(Coding::dyadType).containsExactly("PER>CHL CONSULT");
    }

    @Test
    void praiseOfADeedIsAimedAtItsDoer() {
        Sentence s = sentence("Chile praised/praise the release/release of Bolivians/Bolivian by Peru .", "NNP VBD DT NN IN NNPS IN NNP .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; nmod:of 4 6; case 8 7; nmod:by 4 8; punct 2 9");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 6, 6, "BOL", "CVL"), actor(s, 8, 8, "PER", null));
        assertThat(events).extracting(Coding::dyadType).containsExactly("CHL>PER SUPPORT");
    }

    @Test
    void aLawsActIsDoneByWhoeverPassedIt() {
        Sentence s = sentence("The Chilean parliament/parliament passed/pass a law/law banning/ban protests/protest .",
                "DT JJ NN VBD DT NN VBG NNS .",
                "det 3 1; amod 3 2; nsubj 4 3; root 0 4; det 6 5; obj 4 6; acl 6 7; obj 7 8; punct 4 9");
        List<CodedEvent> events = code(s, actor(s, 2, 3, "CHL", "LEG"));
        assertThat(events).extracting(Coding::dyadType).containsExactly("CHL>CHL COERCE");
    }

    @Test
    void recognisingARivalsVictoryConcedesIt() {
        Sentence s = sentence("Chile recognized/recognize Peru 's victory/victory .", "NNP VBD NNP POS NN .",
                "nsubj 2 1; root 0 2; nmod:poss 5 3; case 3 4; obj 2 5; punct 2 6");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 3, 3, "PER", null));
        assertThat(events).extracting(Coding::dyadType).containsExactly("CHL>PER CONCEDE");
    }

    @Test
    void boardingAnothersBoatIsASeizureButBoardingAPlaneIsNot() {
        Sentence s = sentence("Peru boarded/board a Chilean boat/boat .", "NNP VBD DT JJ NN .",
                "nsubj 2 1; root 0 2; det 5 3; amod 5 4; obj 2 5; punct 2 6");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "PER", null), actor(s, 4, 4, "CHL", null));
        assertThat(events).extracting(Coding::dyadType).containsExactly("PER>CHL COERCE");
        Sentence plane = sentence("Peru boarded/board a Chilean plane/plane .", "NNP VBD DT JJ NN .",
                "nsubj 2 1; root 0 2; det 5 3; amod 5 4; obj 2 5; punct 2 6");
        assertThat(code(plane, actor(plane, 1, 1, "PER", null), actor(plane, 4, 4, "CHL", null))).isEmpty();
    }

    @Test
    void dispersingAGatheringIsRepression() {
        Sentence s = sentence("Peruvian police/police dispersed/disperse the crowd/crowd .", "JJ NNS VBD DT NN .",
                "amod 2 1; nsubj 3 2; root 0 3; det 5 4; obj 3 5; punct 3 6");
        List<CodedEvent> events = code(s, actor(s, 1, 2, "PER", "COP"), actor(s, 5, 5, "PER", "CVL"));
        assertThat(events).extracting(Coding::dyadCameo).containsExactly("PER>PER 175");
    }

    @Test
    void anActorInAnAppositionDoesNotActForTheOneItDescribes() {
        Sentence s = sentence("Chile , a close Spanish partner , has/have refused/refuse to deploy soldiers/soldier in Peru .",
                "NNP , DT JJ JJ NN , VBZ VBN TO VB NNS IN NNP .",
                "nsubj 9 1; punct 1 2; det 6 3; amod 6 4; amod 6 5; appos 1 6; punct 1 7; aux 9 8; root 0 9; "
                        + "mark 11 10; xcomp 9 11; obj 11 12; case 14 13; nmod:in 12 14; punct 9 15");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 5, 5, "ESP", null), actor(s, 14, 14, "PER", null));
        assertThat(events).extracting(Coding::dyad).containsExactly("CHL>PER");
        assertThat(events.get(0).type()).isEqualTo(PloverType.REJECT);
    }

    @Test
    void aParticipleAfterItsOwnArticleNamesPeopleNotAnAct() {
        Sentence s = sentence("Chilean helicopters/helicopter evacuated/evacuate the wounded/wound from Peru .",
                "JJ NNS VBD DT VBN IN NNP .",
                "amod 2 1; nsubj 3 2; root 0 3; obj 3 4; amod 4 5; case 7 6; obl:from 3 7; punct 3 8");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 7, 7, "PER", null));
        assertThat(events).noneMatch(e -> e.type() == PloverType.ASSAULT);
    }

    @Test
    void compensationPaidToAPartyIsReturnedProperty() {
        Sentence s = sentence("Germany paid/pay reparations/reparation to Poland .", "NNP VBD NNS TO NNP .",
                "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:to 2 5; punct 2 6");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "DEU", null), actor(s, 5, 5, "POL", null));
        assertThat(events).extracting(Coding::dyad).containsExactly("DEU>POL");
        assertThat(events.get(0).type()).isEqualTo(PloverType.RETREAT);
        assertThat(events.get(0).cameo()).isEqualTo("0842");
    }

    @Test
    void anActDemandedOfAPartyIsTheDemandAlone() {
        Sentence s = sentence("Chile said/say Peru must withdraw its troops/troop from Bolivia .", "NNP VBD NNP MD VB PRP$ NNS IN NNP .",
                "nsubj 2 1; root 0 2; nsubj 5 3; aux 5 4; ccomp 2 5; nmod:poss 7 6; obj 5 7; case 9 8; obl:from 5 9; punct 2 10");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 3, 3, "PER", null), actor(s, 9, 9, "BOL", null));
        assertThat(events).extracting(e -> e.type() + " " + Coding.dyad(e)).containsExactly("REQUEST CHL>PER");
    }

    @Test
    void aDemandDeepInAProtestsOwnClauseIsWhatTheProtestIsFor() {
        Sentence s = sentence("Chilean students/student blocked/block roads/road leading/lead to the port to press their demands/demand on the Chilean government .",
                "JJ NNS VBD NNS VBG TO DT NN TO VB PRP$ NNS IN DT JJ NN .",
                "amod 2 1; nsubj 3 2; root 0 3; obj 3 4; acl 4 5; case 8 6; det 8 7; obl:to 5 8; mark 10 9; xcomp 5 10; "
                        + "nmod:poss 12 11; obj 10 12; case 16 13; det 16 14; amod 16 15; obl:on 10 16; punct 3 17");
        List<CodedEvent> events = code(s, actor(s, 1, 2, "CHL", "CVL"), actor(s, 15, 16, "CHL", "GOV"));
        assertThat(events).extracting(CodedEvent::type).contains(PloverType.PROTEST).doesNotContain(PloverType.REQUEST);
    }

    @Test
    void aParticipleOnAVerbsObjectIsNoActOfItsOwn() {
        Sentence s = sentence("Chile rejected/reject proposed/propose Peruvian changes/change to the treaty .", "NNP VBD VBN JJ NNS TO DT NN .",
                "nsubj 2 1; root 0 2; amod 5 3; amod 5 4; obj 2 5; case 8 6; det 8 7; nmod:to 5 8; punct 2 9");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 4, 4, "PER", null));
        assertThat(events).extracting(e -> e.type() + " " + Coding.dyad(e)).containsExactly("REJECT CHL>PER");
    }

    @Test
    void whatADemandAsksForIsNoEventOfItsOwn() {
        Sentence s = sentence("Chile demanded/demand that Peru match Brazil 's support for Bolivia .", "NNP VBD IN NNP VB NNP POS NN IN NNP .",
                "nsubj 2 1; root 0 2; mark 5 3; nsubj 5 4; ccomp 2 5; nmod:poss 8 6; case 6 7; obj 5 8; case 10 9; nmod:for 8 10; punct 2 11");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 4, 4, "PER", null), actor(s, 6, 6, "BRA", null),
                actor(s, 10, 10, "BOL", null));
        assertThat(events).extracting(e -> e.type() + " " + Coding.dyad(e)).containsExactly("REQUEST CHL>PER");
    }

    @Test
    void whatARefusedOfferWouldDoIsNoEventOfItsOwn() {
        Sentence s = sentence("Chile rejected/reject a Peruvian offer to host talks/talk with Bolivia .", "NNP VBD DT JJ NN TO VB NNS IN NNP .",
                "nsubj 2 1; root 0 2; det 5 3; amod 5 4; obj 2 5; mark 7 6; acl:to 5 7; obj 7 8; case 10 9; nmod:with 8 10; punct 2 11");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 4, 4, "PER", null), actor(s, 10, 10, "BOL", null));
        assertThat(events).extracting(e -> e.type() + " " + Coding.dyad(e)).containsExactly("REJECT CHL>PER");
    }

    @Test
    void aDemandMadeByAnUncodedProtestIsThatProtest() {
        Sentence s = sentence("Prisoners/prisoner rioted/riot , joining/join Chilean miners/miner in demanding/demand wages/wage from Chile .",
                "NNS VBD , VBG JJ NNS IN VBG NNS IN NNP .",
                "nsubj 2 1; root 0 2; punct 2 3; xcomp 2 4; amod 6 5; obj 4 6; mark 8 7; advcl:in 4 8; obj 8 9; case 11 10; "
                        + "obl:from 8 11; punct 2 12");
        List<CodedEvent> events = code(s, actor(s, 5, 6, "CHL", "CVL"), actor(s, 11, 11, "CHL", null));
        assertThat(events).extracting(e -> e.type() + " " + e.source().code() + ">" + e.target().code()).containsExactly("PROTEST CHLCVL>CHL");
        assertThat(events.get(0).anchor()).as("on the riot").isEqualTo(1);
    }

    @Test
    void controllingAPlaceIsNoCooperation() {
        Sentence s = sentence("Bolivian rebels/rebel control Peru .", "JJ NNS VBP NNP .", "amod 2 1; nsubj 3 2; root 0 3; obj 3 4; punct 3 5");
        assertThat(code(s, actor(s, 1, 2, "BOL", "REB"), actor(s, 4, 4, "PER", null))).isEmpty();
    }

    @Test
    void sendingInspectorsToAPartyInvestigatesIt() {
        Sentence s = sentence("Peru dispatched/dispatch inspectors/inspector to Chile .", "NNP VBD NNS TO NNP .",
                "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:to 2 5; punct 2 6");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "PER", null), actor(s, 5, 5, "CHL", null));
        assertThat(events).extracting(e -> e.type() + " " + e.cameo() + " " + Coding.dyad(e)).containsExactly("ACCUSE 090 PER>CHL");
    }
}
