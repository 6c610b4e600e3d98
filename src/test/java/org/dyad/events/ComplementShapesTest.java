package org.dyad.events;

import org.dyad.article.CodedEvent;
import org.dyad.article.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.article.HandParse.actor;
import static org.dyad.article.HandParse.sentence;
import static org.dyad.events.Coding.code;

/** Complements the parser attached in unexpected shapes, and acts PLOVER types apart from their CAMEO table (invented sentences). */
class ComplementShapesTest {

    @Test
    void aThreatWhoseToClauseTheParserHungOnAsAnAdverbialIsOneThreat() {
        // a time phrase between the verb and its to-clause: the parser made the clause an advcl
        Sentence s = sentence("Chile threatened/threaten on Monday to impose sanctions/sanction on Peru .",
                "NNP VBD IN NNP TO VB NNS IN NNP .",
                "nsubj 2 1; root 0 2; case 4 3; obl:on 2 4; mark 6 5; advcl:to 2 6; obj 6 7; case 9 8; obl:on 6 9; punct 2 10");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 9, 9, "PER", null));
        assertThat(events).extracting(e -> e.type() + " " + Coding.dyad(e)).containsExactly("THREATEN CHL>PER");
    }
    @Test
    void easingACurfewYieldsToThePeopleAsEasingALockdownDoes() {
        Sentence s = sentence("Chile lifted/lift the curfew in Peru .", "NNP VBD DT NN IN NNP .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; obl:in 2 6; punct 2 7");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 6, 6, "PER", null));
        assertThat(events).extracting(e -> e.type() + " " + Coding.dyad(e)).containsExactly("CONCEDE CHL>PER");
    }
    @Test
    void aPullbackIsAimedAtTheCountryItLeavesAndDoneByWhoeverHastensIt() {
        Sentence s = sentence("Chile hastened/hasten its withdrawal of two battalions/battalion from Peru .", "NNP VBD PRP$ NN IN CD NNS IN NNP .",
                "nsubj 2 1; root 0 2; nmod:poss 4 3; obj 2 4; case 7 5; nummod 7 6; nmod:of 4 7; case 9 8; nmod:from 4 9; punct 2 10");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 9, 9, "PER", null));
        assertThat(events).extracting(e -> e.type() + " " + Coding.dyad(e)).containsExactly("RETREAT CHL>PER");
    }
    @Test
    void aReminderHandedOverIsADemandNotAGift() {
        Sentence s = sentence("Chile issued/issue a reminder to Peru .", "NNP VBD DT NN TO NNP .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; obl:to 2 6; punct 2 7");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 6, 6, "PER", null));
        assertThat(events).extracting(e -> e.type() + " " + Coding.dyad(e)).containsExactly("REQUEST CHL>PER");
    }
    @Test
    void theLiftingOfACurfewYieldsAsLiftingItDoes() {
        Sentence s = sentence("Chile ordered/order the lifting/lifting of the curfew .", "NNP VBD DT NN IN DT NN .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 7 5; det 7 6; nmod:of 4 7; punct 2 8");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", "GOV"));
        assertThat(events).extracting(e -> e.type().toString()).containsExactly("CONCEDE");
    }
    @Test
    void aParticipleDescribingPeopleHasNoDoerAmongTheActorsAroundIt() {
        Sentence s = sentence("Chile sheltered/shelter migrants/migrant deported/deport from Peru .", "NNP VBD NNS VBN IN NNP .",
                "nsubj 2 1; root 0 2; obj 2 3; acl 3 4; case 6 5; obl:from 4 6; punct 2 7");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 6, 6, "PER", null));
        assertThat(events).noneMatch(e -> Coding.dyad(e).equals("CHL>PER"));
    }
    @Test
    void workersStoppingWorkAreOnStrikeAgainstTheirState() {
        Sentence s = sentence("Chilean dockers/docker stopped/stop work/work .", "JJ NNS VBD NN .",
                "amod 2 1; nsubj 3 2; root 0 3; obj 3 4; punct 3 5");
        List<CodedEvent> events = code(s, actor(s, 1, 2, "CHL", "LAB"));
        assertThat(events).extracting(e -> e.type() + " " + e.source().code() + ">" + e.target().code()).containsExactly("PROTEST CHLLAB>CHL");
    }
    @Test
    void whatAPlaceHasSeenIsNoEventOfTheSentence() {
        Sentence s = sentence("Students/student marched/march in Peru , where soldiers/soldier killed/kill rebels/rebel .",
                "NNS VBD IN NNP , WRB NNS VBD NNS .",
                "nsubj 2 1; root 0 2; case 4 3; obl:in 2 4; punct 4 5; advmod 8 6; nsubj 8 7; acl:relcl 4 8; obj 8 9; punct 2 10");
        List<CodedEvent> events = code(s, actor(s, 4, 4, "PER", null), actor(s, 7, 7, "PER", "MIL"), actor(s, 9, 9, "PER", "REB"));
        assertThat(events).noneMatch(e -> e.type() == org.dyad.article.PloverType.ASSAULT);
    }
}
