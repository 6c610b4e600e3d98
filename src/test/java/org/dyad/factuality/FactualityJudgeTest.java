package org.dyad.factuality;

import org.dyad.article.Sentence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.article.Factuality.DENIED;
import static org.dyad.article.Factuality.HAPPENED;
import static org.dyad.article.Factuality.PLANNED;
import static org.dyad.article.Factuality.POSSIBLE;
import static org.dyad.article.HandParse.sentence;
import static org.dyad.article.HandParse.withTime;

class FactualityJudgeTest {

    private final FactualityJudge judge = new FactualityJudge();

    @Test
    void judgesPastMeetingAsHappened() {
        Sentence s = sentence("Macron met/meet Sunak in Paris .", "NNP VBD NNP IN NNP .",
                "nsubj 2 1; root 0 2; obj 2 3; case 5 4; obl:in 2 5; punct 2 6");
        assertThat(judge.judge(s, 1)).isEqualTo(HAPPENED);
    }

    @Test
    void judgesWillSignAsPlanned() {
        Sentence s = sentence("Britain will sign a deal with France .", "NNP MD VB DT NN IN NNP .",
                "nsubj 3 1; aux 3 2; root 0 3; det 5 4; obj 3 5; case 7 6; nmod:with 5 7; punct 3 8");
        assertThat(judge.judge(s, 2)).isEqualTo(PLANNED);
    }

    @Test
    void judgesDueToMeetAsPlanned() {
        Sentence s = sentence("The Prime Minister is/be due to meet Macron .", "DT NNP NNP VBZ JJ TO VB NNP .",
                "det 3 1; compound 3 2; nsubj 5 3; cop 5 4; root 0 5; mark 7 6; xcomp 5 7; obj 7 8; punct 5 9");
        assertThat(judge.judge(s, 6)).isEqualTo(PLANNED);
    }

    @Test
    void judgesExpectedToSignAsPlanned() {
        Sentence s = sentence("They are/be expected/expect to sign a deal .", "PRP VBP VBN TO VB DT NN .",
                "nsubj:pass 3 1; aux:pass 3 2; root 0 3; mark 5 4; xcomp 3 5; det 7 6; obj 5 7; punct 3 8");
        assertThat(judge.judge(s, 4)).isEqualTo(PLANNED);
    }

    @Test
    void judgesAreGoingToAsPlannedOnEitherVerb() {
        Sentence s = sentence("They are/be going/go to/to stop/stop ships/ship .", "PRP VBP VBG TO VB NNS .",
                "nsubj 3 1; aux 3 2; root 0 3; mark 5 4; xcomp 3 5; obj 5 6; punct 3 7");
        assertThat(judge.judge(s, 2)).isEqualTo(PLANNED);
        assertThat(judge.judge(s, 4)).isEqualTo(PLANNED);
    }

    @Test
    void judgesAreToDeepenAsPlanned() {
        Sentence s = sentence("Britain and France are/be to deepen their ties/tie .", "NNP CC NNP VBP TO VB PRP$ NNS .",
                "nsubj 6 1; cc 3 2; conj:and 1 3; aux 6 4; mark 6 5; root 0 6; nmod:poss 8 7; obj 6 8; punct 6 9");
        assertThat(judge.judge(s, 5)).isEqualTo(PLANNED);
    }

    @Test
    void judgesSetToStrikeADealAsPlanned() {
        Sentence s = sentence("The UK is/be set to strike a deal .", "DT NNP VBZ VBN TO VB DT NN .",
                "det 2 1; nsubj:pass 4 2; aux:pass 4 3; root 0 4; mark 6 5; xcomp 4 6; det 8 7; obj 6 8; punct 4 9");
        assertThat(judge.judge(s, 5)).isEqualTo(PLANNED);
    }

    @Test
    void judgesAgreedToHostAsPlannedForTheHosting() {
        Sentence s = sentence("Paris agreed/agree to host the summit .", "NNP VBD TO VB DT NN .",
                "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; det 6 5; obj 4 6; punct 2 7");
        assertThat(judge.judge(s, 3)).isEqualTo(PLANNED);
        assertThat(judge.judge(s, 1)).as("the agreeing itself happened").isEqualTo(HAPPENED);
    }

    @Test
    void wouldBeReadyToIsPossible() {
        Sentence s = sentence("Acme would be ready to resume hiring/hire engineers/engineer .",
                "NNP MD VB JJ TO VB VBG NNS .",
                "nsubj 4 1; aux 4 2; cop 4 3; root 0 4; mark 6 5; xcomp 4 6; xcomp 6 7; obj 7 8; punct 4 9");
        assertThat(judge.judge(s, 6)).isEqualTo(POSSIBLE);
    }

    @Test
    void couldStrikeIsPossible() {
        Sentence s = sentence("Ukraine could strike Russia .", "NNP MD VB NNP .",
                "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; punct 3 5");
        assertThat(judge.judge(s, 2)).isEqualTo(POSSIBLE);
    }

    @Test
    void eventInAnIfClauseIsPossible() {
        Sentence s = sentence("If Russia attacks/attack , NATO will respond .", "IN NNP VBZ , NNP MD VB .",
                "mark 3 1; nsubj 3 2; advcl:if 7 3; punct 7 4; nsubj 7 5; aux 7 6; root 0 7; punct 7 8");
        assertThat(judge.judge(s, 2)).isEqualTo(POSSIBLE);
        assertThat(judge.judge(s, 6)).isEqualTo(PLANNED);
    }

    @Test
    void consideringSendingTroopsIsPossible() {
        Sentence s = sentence("France is/be considering/consider sending/send troops/troop .", "NNP VBZ VBG VBG NNS .",
                "nsubj 3 1; aux 3 2; root 0 3; xcomp 3 4; obj 4 5; punct 3 6");
        assertThat(judge.judge(s, 3)).isEqualTo(POSSIBLE);
    }

    @Test
    void judgesNotConsideringSendingTroopsAsDenied() {
        // the parser makes "sending" an adverbial clause of "considering", as CoreNLP does
        Sentence s = sentence("Germany is/be not considering/consider sending/send troops/troop to Ukraine .",
                "NNP VBZ RB VBG VBG NNS TO NNP .",
                "nsubj 4 1; aux 4 2; advmod 4 3; root 0 4; advcl 4 5; obj 5 6; case 8 7; obl:to 5 8; punct 4 9");
        assertThat(judge.judge(s, 4)).isEqualTo(DENIED);
    }

    @Test
    void anchorOnTheNegationIsTheRefusalItself() {
        Sentence s = sentence("Germany is/be not considering/consider sending/send troops/troop to Ukraine .",
                "NNP VBZ RB VBG VBG NNS TO NNP .",
                "nsubj 4 1; aux 4 2; advmod 4 3; root 0 4; advcl 4 5; obj 5 6; case 8 7; obl:to 5 8; punct 4 9");
        assertThat(judge.judge(s, 2)).isEqualTo(HAPPENED);
    }

    @Test
    void didNotAttackIsDenied() {
        Sentence s = sentence("Russia did/do not attack Kyiv .", "NNP VBD RB VB NNP .",
                "nsubj 4 1; aux 4 2; advmod 4 3; root 0 4; obj 4 5; punct 4 6");
        assertThat(judge.judge(s, 3)).isEqualTo(DENIED);
    }

    @Test
    void refusedToSignIsDeniedForTheSigning() {
        Sentence s = sentence("Iran refused/refuse to sign the deal .", "NNP VBD TO VB DT NN .",
                "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; det 6 5; obj 4 6; punct 2 7");
        assertThat(judge.judge(s, 3)).isEqualTo(DENIED);
    }

    @Test
    void deniedAttackingIsDenied() {
        Sentence s = sentence("Moscow denied/deny attacking/attack the convoy .", "NNP VBD VBG DT NN .",
                "nsubj 2 1; root 0 2; xcomp 2 3; det 5 4; obj 3 5; punct 2 6");
        assertThat(judge.judge(s, 2)).isEqualTo(DENIED);
    }

    @Test
    void deniedThatItAttackedIsDenied() {
        Sentence s = sentence("Moscow denied/deny that it attacked/attack the convoy .", "NNP VBD IN PRP VBD DT NN .",
                "nsubj 2 1; root 0 2; mark 5 3; nsubj 5 4; ccomp 2 5; det 7 6; obj 5 7; punct 2 8");
        assertThat(judge.judge(s, 4)).isEqualTo(DENIED);
    }

    @Test
    void noAgreementHasBeenReachedIsDenied() {
        Sentence s = sentence("No agreement has/have been/be reached/reach .", "DT NN VBZ VBN VBN .",
                "det 2 1; nsubj:pass 5 2; aux 5 3; aux:pass 5 4; root 0 5; punct 5 6");
        assertThat(judge.judge(s, 4)).isEqualTo(DENIED);
    }

    @Test
    void notOnlyIsNoNegation() {
        Sentence s = sentence("The partnership is/be not only valuable .", "DT NN VBZ RB RB JJ .",
                "det 2 1; nsubj 6 2; cop 6 3; advmod 6 4; advmod 6 5; root 0 6; punct 6 7");
        assertThat(judge.judge(s, 1)).isEqualTo(HAPPENED);
    }

    @Test
    void reportedWouldIsPlanned() {
        Sentence s = sentence("No 10 said/say the ministers/minister would recognise Russia as a threat .",
                "NNP CD VBD DT NNS MD VB NNP IN DT NN .",
                "compound 2 1; nsubj 3 2; root 0 3; det 5 4; nsubj 7 5; aux 7 6; ccomp 3 7; obj 7 8; case 11 9; det 11 10; obl:as 7 11; punct 3 12");
        assertThat(judge.judge(s, 6)).isEqualTo(PLANNED);
    }

    @Test
    void nominalInAPastClauseHappened() {
        Sentence s = sentence("Sunak spoke/speak during Zelensky 's visit to Britain .", "NNP VBD IN NNP POS NN TO NNP .",
                "nsubj 2 1; root 0 2; case 6 3; nmod:poss 6 4; case 4 5; obl:during 2 6; case 8 7; nmod:to 6 8; punct 2 9");
        assertThat(judge.judge(s, 5)).isEqualTo(HAPPENED);
    }

    @Test
    void nominalUnderWillIsPlanned() {
        Sentence s = sentence("Sunak will hold talks/talk with Biden .", "NNP MD VB NNS IN NNP .",
                "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; case 6 5; nmod:with 4 6; punct 3 7");
        assertThat(judge.judge(s, 3)).isEqualTo(PLANNED);
    }

    @Test
    void presentTenseTripWithAWeekdayIsPlanned() {
        Sentence s = withTime(sentence("Sunak travels/travel to the US on Monday .", "NNP VBZ TO DT NNP IN NNP .",
                "nsubj 2 1; root 0 2; case 5 3; det 5 4; obl:to 2 5; case 7 6; obl:on 2 7; punct 2 8"), "Monday", 7, 7);
        assertThat(judge.judge(s, 1)).isEqualTo(PLANNED);
    }

    @Test
    void conjoinedGerundInheritsTheFuture() {
        Sentence s = sentence("They will sign a deal , as well as agreeing/agree to ramp up output .",
                "PRP MD VB DT NN , RB RB IN VBG TO VB RP NN .",
                "nsubj 3 1; aux 3 2; root 0 3; det 5 4; obj 3 5; punct 10 6; mark 10 7; fixed 7 8; fixed 7 9; advcl 3 10; mark 12 11; xcomp 10 12; compound:prt 12 13; obj 12 14; punct 3 15");
        assertThat(judge.judge(s, 9)).isEqualTo(PLANNED);
    }
}
