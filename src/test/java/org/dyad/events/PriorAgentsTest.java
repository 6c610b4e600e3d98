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
import static org.dyad.events.Coding.codeArticle;
import static org.dyad.events.Coding.dyad;

/** Parties an act takes from the sentences before it ({@link PriorAgents}), coded through the whole coder. */
class PriorAgentsTest {

    private static final Sentence LAUNCH = sentence(0, "Caracas shelled/shell a ferry .", "NNP VBD DT NN .",
            "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5");

    @Test
    void condemningTheDeedOfTheSentenceBeforeTargetsItsDoer() {
        Sentence s = sentence(1, "Bogota denounced/denounce the shelling .", "NNP VBD DT NN .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5");
        List<CodedEvent> events = codeArticle(List.of(actor(LAUNCH, 1, 1, "VEN", null), actor(s, 1, 1, "COL", null)), LAUNCH, s);
        assertThat(events).extracting(e -> e.type() + " " + dyad(e)).contains("ACCUSE COL>VEN");
    }

    @Test
    void praiseOfTheNewsAnswersTheDoerBeforeButPraiseOfAnythingElseDoesNot() {
        Sentence s = sentence(1, "Lima hailed/hail the news .", "NNP VBD DT NN .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5");
        List<CodedEvent> events = codeArticle(List.of(actor(LAUNCH, 1, 1, "VEN", null), actor(s, 1, 1, "PER", null)), LAUNCH, s);
        assertThat(events).extracting(e -> e.type() + " " + dyad(e)).contains("SUPPORT PER>VEN");
        Sentence other = sentence(1, "Lima hailed/hail the sailors/sailor .", "NNP VBD DT NNS .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5");
        assertThat(codeArticle(List.of(actor(LAUNCH, 1, 1, "VEN", null), actor(other, 1, 1, "PER", null)), LAUNCH, other))
                .noneMatch(e -> dyad(e).equals("PER>VEN"));
    }

    @Test
    void whoReactedBeforeIsNoDoerALaterReactionAnswers() {
        Sentence condemned = sentence(1, "Bogota denounced/denounce the shelling .", "NNP VBD DT NN .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5");
        Sentence s = sentence(2, "Lima hailed/hail the news .", "NNP VBD DT NN .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5");
        List<CodedEvent> events = codeArticle(List.of(actor(LAUNCH, 1, 1, "VEN", null), actor(condemned, 1, 1, "COL", null),
                actor(s, 1, 1, "PER", null)), LAUNCH, condemned, s);
        assertThat(events).extracting(e -> e.type() + " " + dyad(e)).contains("SUPPORT PER>VEN").doesNotContain("SUPPORT PER>COL");
    }

    @Test
    void aParticipleOfFeelingParsedAsPassiveIsSaidOfItsSubject() {
        Sentence direct = sentence(0, "Quito was/be concerned/concern about Lima .", "NNP VBD VBN IN NNP .",
                "nsubj:pass 3 1; aux:pass 3 2; root 0 3; case 5 4; obl 3 5; punct 3 6");
        assertThat(code(direct, actor(direct, 1, 1, "ECU", null), actor(direct, 5, 5, "PER", null)))
                .extracting(e -> e.type() + " " + dyad(e)).containsExactly("ACCUSE ECU>PER");
        // the "by" phrase of a feeling names its cause, not a doer of the feeling: not PER>ECU
        Sentence by = sentence(0, "Quito was/be disappointed/disappoint by Lima .", "NNP VBD VBN IN NNP .",
                "nsubj:pass 3 1; aux:pass 3 2; root 0 3; case 5 4; obl:agent 3 5; punct 3 6");
        assertThat(code(by, actor(by, 1, 1, "ECU", null), actor(by, 5, 5, "PER", null)))
                .extracting(e -> e.type() + " " + dyad(e)).containsExactly("ACCUSE ECU>PER");
        // "by the move" is what alarms the subject, not who does it: the deed's doer named before
        Sentence s = sentence(1, "Lima was/be alarmed/alarm by the move/move .", "NNP VBD VBN IN DT NN .",
                "nsubj:pass 3 1; aux:pass 3 2; root 0 3; case 6 4; det 6 5; obl:agent 3 6; punct 3 7");
        List<CodedEvent> events = codeArticle(List.of(actor(LAUNCH, 1, 1, "VEN", null), actor(s, 1, 1, "PER", null)), LAUNCH, s);
        assertThat(events).extracting(e -> e.type() + " " + dyad(e)).contains("ACCUSE PER>VEN");
    }

    @Test
    void anIndefiniteObjectIsANewPartyNotTheDoerBefore() {
        Sentence s = sentence(1, "Bogota denounced/denounce a decision .", "NNP VBD DT NN .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5");
        List<CodedEvent> events = codeArticle(List.of(actor(LAUNCH, 1, 1, "VEN", null), actor(s, 1, 1, "COL", null)), LAUNCH, s);
        assertThat(events).noneMatch(e -> dyad(e).equals("COL>VEN"));
    }

    @Test
    void theDoerMustBeRecentAndOfAnotherParty() {
        Sentence between1 = sentence(1, "It flew/fly far .", "PRP VBD RB .", "nsubj 2 1; root 0 2; advmod 2 3; punct 2 4");
        Sentence between2 = sentence(2, "It landed/land .", "PRP VBD .", "nsubj 2 1; root 0 2; punct 2 3");
        Sentence between3 = sentence(3, "It sank/sink .", "PRP VBD .", "nsubj 2 1; root 0 2; punct 2 3");
        Sentence s = sentence(4, "Bogota denounced/denounce the shelling .", "NNP VBD DT NN .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5");
        List<CodedEvent> events = codeArticle(List.of(actor(LAUNCH, 1, 1, "VEN", null), actor(s, 1, 1, "COL", null)),
                LAUNCH, between1, between2, between3, s);
        assertThat(events).noneMatch(e -> dyad(e).equals("COL>VEN"));
        Sentence self = sentence(1, "Caracas defended/defend the shelling .", "NNP VBD DT NN .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5");
        assertThat(codeArticle(List.of(actor(LAUNCH, 1, 1, "VEN", null), actor(self, 1, 1, "VEN", null)), LAUNCH, self))
                .noneMatch(e -> e.source().country().equals(e.target().country()));
    }

    @Test
    void rejectingAllegationsTargetsWhoeverMadeThem() {
        Sentence accusation = sentence(0, "Quito accused/accuse Lima .", "NNP VBD NNP .",
                "nsubj 2 1; root 0 2; obj 2 3; punct 2 4");
        Sentence other = sentence(1, "Bogota met/meet Quito .", "NNP VBD NNP .", "nsubj 2 1; root 0 2; obj 2 3; punct 2 4");
        Sentence denial = sentence(2, "Lima rejected/reject the allegations/allegation .", "NNP VBD DT NNS .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5");
        List<CodedEvent> events = codeArticle(List.of(actor(accusation, 1, 1, "ECU", null), actor(accusation, 3, 3, "PER", null),
                actor(other, 1, 1, "COL", null), actor(other, 3, 3, "ECU", null), actor(denial, 1, 1, "PER", null)),
                accusation, other, denial);
        assertThat(events).extracting(e -> e.type() + " " + dyad(e)).contains("REJECT PER>ECU").doesNotContain("REJECT PER>COL");
    }

    @Test
    void allegationsNamingTheirMakerTargetTheMaker() {
        Sentence s = sentence(0, "Chile rejected/reject the allegations/allegation made/make by Bolivia .", "NNP VBD DT NNS VBN IN NNP .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; acl 4 5; case 7 6; obl:agent 5 7; punct 2 8");
        List<CodedEvent> events = code(s, actor(s, 1, 1, "CHL", null), actor(s, 7, 7, "BOL", null));
        assertThat(events).extracting(e -> e.type() + " " + dyad(e)).contains("REJECT CHL>BOL");
    }

    @Test
    void claimsThatNameSomeoneInTheirClauseAreStillTheAccusersClaims() {
        Sentence accusation = sentence(0, "Rebels/rebel accused/accuse Lima .", "NNS VBD NNP .",
                "nsubj 2 1; root 0 2; obj 2 3; punct 2 4");
        Sentence denial = sentence(1, "Lima rejected/reject claims/claim that it hurt/hurt villagers/villager .",
                "NNP VBD NNS IN PRP VBD NNS .",
                "nsubj 2 1; root 0 2; obj 2 3; mark 6 4; nsubj 6 5; acl 3 6; obj 6 7; punct 2 8");
        List<CodedEvent> events = codeArticle(List.of(actor(accusation, 1, 1, "PER", "REB"), actor(accusation, 3, 3, "PER", null),
                actor(denial, 1, 1, "PER", null), actor(denial, 7, 7, "PER", "CVL")), accusation, denial);
        assertThat(events).filteredOn(e -> e.type() == PloverType.REJECT)
                .extracting(e -> e.target().sector()).containsExactly("REB");
    }

    @Test
    void aComplaintLodgedAnswersTheDoerBeforeAsAnAccusation() {
        // "lodged a protest": the protest is the act itself (CAMEO 114), so the object answers nothing
        Sentence s = sentence(1, "Bogota lodged/lodge a protest .", "NNP VBD DT NN .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5");
        List<CodedEvent> events = codeArticle(List.of(actor(LAUNCH, 1, 1, "VEN", null), actor(s, 1, 1, "COL", null)), LAUNCH, s);
        assertThat(events).extracting(e -> e.type() + " " + dyad(e)).contains("ACCUSE COL>VEN").doesNotContain("PROTEST COL>VEN");
    }

    @Test
    void anOpeningTheyGoesOnWithThePluralSubjectBefore() {
        Sentence first = sentence(0, "Malian officials/official met/meet .", "JJ NNS VBD .",
                "amod 2 1; nsubj 3 2; root 0 3; punct 3 4");
        Sentence they = sentence(1, "They urged/urge Niger to act .", "PRP VBD NNP TO VB .",
                "nsubj 2 1; root 0 2; obj 2 3; mark 5 4; xcomp 2 5; punct 2 6");
        List<CodedEvent> events = codeArticle(List.of(actor(first, 1, 2, "MLI", "GOV"), actor(they, 3, 3, "NER", null)), first, they);
        assertThat(events).extracting(e -> e.type() + " " + dyad(e)).contains("REQUEST MLI>NER");
        // a singular subject before is no antecedent of "They"
        Sentence single = sentence(0, "The Malian official/official met/meet .", "DT JJ NN VBD .",
                "det 3 1; amod 3 2; nsubj 4 3; root 0 4; punct 4 5");
        assertThat(codeArticle(List.of(actor(single, 1, 3, "MLI", "GOV"), actor(they, 3, 3, "NER", null)), single, they))
                .noneMatch(e -> dyad(e).equals("MLI>NER"));
    }
}
