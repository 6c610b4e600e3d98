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
import static org.dyad.events.Coding.dyad;

/**
 * Events within one country whose other side no one names: protests addressed to the protesters' own
 * state, measures a state takes on its own people (curfews, bans on parties), and who killed demonstrators.
 */
class DomesticEventsTest {

    @Test
    void killedDemonstratorsNameTheStateButKilledPeopleDoNot() {
        Sentence s = sentence("Demonstrators/demonstrator were/be killed/kill .", "NNS VBD VBN .",
                "nsubj:pass 3 1; aux:pass 3 2; root 0 3; punct 3 4");
        assertThat(code(s, actor(s, 1, 1, "MMR", "CVL"))).extracting(e -> e.type() + " " + dyad(e)).containsExactly("ASSAULT MMR>MMR");
        Sentence people = sentence("People/people were/be killed/kill .", "NNS VBD VBN .",
                "nsubj:pass 3 1; aux:pass 3 2; root 0 3; punct 3 4");
        assertThat(code(people, actor(people, 1, 1, "MMR", "CVL"))).isEmpty();
        Sentence arrested = sentence("People/people were/be arrested/arrest .", "NNS VBD VBN .",
                "nsubj:pass 3 1; aux:pass 3 2; root 0 3; punct 3 4");
        assertThat(code(arrested, actor(arrested, 1, 1, "MMR", "CVL"))).extracting(e -> e.type() + " " + dyad(e))
                .containsExactly("COERCE MMR>MMR");
    }

    @Test
    void aProtestWithNoTargetIsAddressedToTheProtestersOwnState() {
        Sentence s = sentence("Students/student demonstrated/demonstrate in/in Lima .", "NNS VBD IN NNP .",
                "nsubj 2 1; root 0 2; case 4 3; obl:in 2 4; punct 2 5");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "PER", "EDU"));
        assertThat(events).extracting(e -> e.type() + " " + dyad(e)).containsExactly("PROTEST PER>PER");
        assertThat(events.get(0).source().sector()).isEqualTo("EDU");
        // the state's own forces marching, or a show of capability, are no protest
        Sentence troops = sentence("Troops/troop marched/march in/in Lima .", "NNS VBD IN NNP .",
                "nsubj 2 1; root 0 2; case 4 3; obl:in 2 4; punct 2 5");
        assertThat(code(troops, actor(troops, 1, 1, "PER", "MIL"))).isEmpty();
        Sentence test = sentence("Rebels/rebel demonstrated/demonstrate a drone .", "NNS VBD DT NN .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5");
        assertThat(code(test, actor(test, 1, 1, "PER", "REB"))).noneMatch(e -> e.type() == PloverType.PROTEST);
    }

    @Test
    void aMeasureAStateTakesAtHomeFallsOnItsPeople() {
        Sentence s = sentence("The junta imposed/impose a curfew in/in Lima .", "DT NN VBD DT NN IN NNP .",
                "det 2 1; nsubj 3 2; root 0 3; det 5 4; obj 3 5; case 7 6; obl:in 3 7; punct 3 8");
        List<CodedEvent> events = code(s, actor(s, 2, 2, "PER", "GOV"), actor(s, 7, 7, "PER", null));
        assertThat(events).extracting(e -> e.type() + " " + e.cameo() + " " + dyad(e)).containsExactly("COERCE 1723 PER>PER");
        assertThat(events.get(0).target().sector()).isEqualTo("CVL");
        // a place of another country under the measure is its target
        Sentence abroad = sentence("Chile lifted/lift the curfew in/in Tacna .", "NNP VBD DT NN IN NNP .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; obl:in 2 6; punct 2 7");
        assertThat(code(abroad, actor(abroad, 1, 1, "CHL", null), actor(abroad, 6, 6, "PER", null)))
                .extracting(Coding::dyad).containsExactly("CHL>PER");
    }

    @Test
    void protestsNoOneIsNamedInAreThePeoplesOfTheArticlesCountryAgainstItsState() {
        Sentence before = sentence(0, "Lima raised/raise fares/fare .", "NNP VBD NNS .", "nsubj 2 1; root 0 2; obj 2 3; punct 2 4");
        Sentence s = sentence(1, "Protests/protest erupted/erupt overnight .", "NNS VBD RB .", "nsubj 2 1; root 0 2; advmod 2 3; punct 2 4");
        List<CodedEvent> events = Coding.codeArticle(List.of(actor(before, 1, 1, "PER", "GOV")), before, s);
        assertThat(events).extracting(e -> e.type() + " " + dyad(e)).containsExactly("PROTEST PER>PER");
        assertThat(events.get(0).source().sector()).isEqualTo("CVL");
        // a show of something is no protest
        Sentence show = sentence(1, "It/it was/be a demonstration of/of resolve .", "PRP VBD DT NN IN NN .",
                "nsubj 4 1; cop 4 2; det 4 3; root 0 4; case 6 5; nmod:of 4 6; punct 4 7");
        assertThat(Coding.codeArticle(List.of(actor(before, 1, 1, "PER", "GOV")), before, show)).isEmpty();
    }

    @Test
    void banningAGroupAtHomeFallsOnTheStatesOwnPeople() {
        Sentence s = sentence("The junta banned/ban the largest student group/group .", "DT NN VBD DT JJS NN NN .",
                "det 2 1; nsubj 3 2; root 0 3; det 7 4; amod 7 5; compound 7 6; obj 3 7; punct 3 8");
        List<CodedEvent> events = code(s, actor(s, 2, 2, "PER", "GOV"));
        assertThat(events).extracting(e -> e.type() + " " + e.cameo() + " " + dyad(e)).containsExactly("COERCE 1722 PER>PER");
        Sentence rally = sentence("Lima prohibited/prohibit the rally/rally .", "NNP VBD DT NN .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5");
        assertThat(code(rally, actor(rally, 1, 1, "PER", "GOV"))).extracting(e -> e.cameo() + " " + dyad(e))
                .containsExactly("1721 PER>PER");
    }
}
