package org.dyad.clause;

import org.dyad.article.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.article.Factuality.DENIED;
import static org.dyad.article.Factuality.HAPPENED;
import static org.dyad.article.Factuality.PLANNED;
import static org.dyad.article.Factuality.POSSIBLE;
import static org.dyad.article.HandParse.sentence;

/** The one reading of a clause that factuality and dating share, on hand-built parses. */
class ClauseViewTest {

    @Test
    void readsAWillVerbAsPlannedAndAhead() {
        ClauseReading r = ClauseView.of(sentence("Oslo will sign/sign a pact with/with Rome .", "NNP MD VB DT NN IN NNP .",
                "nsubj 3 1; aux 3 2; root 0 3; det 5 4; obj 3 5; case 7 6; nmod:with 5 7; punct 3 8")).reading(2);
        assertThat(r.factuality()).isEqualTo(PLANNED);
        assertThat(r.tense()).isEqualTo(Tense.FUTURE);
        assertThat(r.predicate()).isEqualTo(2);
    }

    @Test
    void datesAPlannedComplementAheadThoughItsControllerIsPast() {
        // "agreed to meet on Friday": the agreeing is past, the meeting it plans lies ahead
        ClauseView v = ClauseView.of(sentence("Lima agreed/agree to/to meet/meet Quito on/on Friday .", "NNP VBD TO VB NNP IN NNP .",
                "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; obj 4 5; case 7 6; obl:on 4 7; punct 2 8"));
        assertThat(v.reading(3).factuality()).isEqualTo(PLANNED);
        assertThat(v.reading(3).tense()).isEqualTo(Tense.FUTURE);
        assertThat(v.reading(3).chain()).containsExactly(3, 1);
        assertThat(v.tense(3)).as("the grammatical tense of the governing clause").isEqualTo(Tense.PAST);
        assertThat(v.reading(1).factuality()).isEqualTo(HAPPENED);
        assertThat(v.reading(1).tense()).isEqualTo(Tense.PAST);
    }

    @Test
    void neverJudgesAVerbAheadToHaveHappened() {
        // anchored on "going" itself, the walk finds no marker; the tense says the act lies ahead
        ClauseView v = ClauseView.of(sentence("They are/be going/go to/to stop/stop ships/ship .", "PRP VBP VBG TO VB NNS .",
                "nsubj 3 1; aux 3 2; root 0 3; mark 5 4; xcomp 3 5; obj 5 6; punct 3 7"));
        assertThat(v.reading(2).factuality()).isEqualTo(PLANNED);
        assertThat(v.reading(2).tense()).isEqualTo(Tense.FUTURE);
        assertThat(v.reading(4).factuality()).isEqualTo(PLANNED);
        assertThat(v.reading(4).tense()).isEqualTo(Tense.FUTURE);
    }

    @Test
    void placesAPresupposedEventBehindAVerbAhead() {
        // "would halt loans after the raid": the raid happened, the halting may come
        ClauseView v = ClauseView.of(sentence("Berlin would halt/halt loans/loan after/after the raid .", "NNP MD VB NNS IN DT NN .",
                "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; case 7 5; det 7 6; obl:after 3 7; punct 3 8"));
        assertThat(v.reading(6).factuality()).isEqualTo(HAPPENED);
        assertThat(v.reading(6).tense()).isEqualTo(Tense.PAST);
        assertThat(v.reading(2).factuality()).isEqualTo(POSSIBLE);
        assertThat(v.reading(2).tense()).isEqualTo(Tense.FUTURE);
    }

    @Test
    void readsARefusalOfAnActAheadAsMadeNow() {
        ClauseView v = ClauseView.of(sentence("Paris will not/not send/send troops/troop .", "NNP MD RB VB NNS .",
                "nsubj 4 1; aux 4 2; advmod 4 3; root 0 4; obj 4 5; punct 4 6"));
        ClauseReading refusal = v.reading(2);
        assertThat(refusal.refusal()).isTrue();
        assertThat(refusal.factuality()).isEqualTo(HAPPENED);
        assertThat(refusal.tense()).isEqualTo(Tense.PRESENT);
        ClauseReading sending = v.reading(3);
        assertThat(sending.refusal()).isFalse();
        assertThat(sending.factuality()).isEqualTo(DENIED);
        assertThat(sending.negator()).isEqualTo(2);
        assertThat(sending.tense()).isEqualTo(Tense.FUTURE);
    }

    @Test
    void agreesWithItselfOnASentenceWithoutAParse() {
        Sentence parsed = sentence("Ministers will meet/meet .", "NNS MD VB .", "nsubj 3 1; aux 3 2; root 0 3; punct 3 4");
        Sentence bare = new Sentence(0, 0, parsed.text(), 0, parsed.end(), parsed.tokens(), null, List.of(), List.of(), List.of());
        ClauseReading r = ClauseView.of(bare).reading(2);
        assertThat(r.tense()).isEqualTo(Tense.FUTURE);
        assertThat(r.factuality()).isEqualTo(PLANNED);
    }

    @Test
    void buildsOneViewPerSentence() {
        Sentence s = sentence("Rome traded/trade with/with Oslo .", "NNP VBD IN NNP .", "nsubj 2 1; root 0 2; case 4 3; obl:with 2 4; punct 2 5");
        ClauseView v = ClauseView.of(s);
        assertThat(ClauseView.of(s)).isSameAs(v);
        assertThat(v.reading(1)).isSameAs(v.reading(1));
        assertThat(v.reading(-1).factuality()).isEqualTo(HAPPENED);
    }

    @Test
    void readsAnOfferOrAVowAsTheDoersOwnIntent() {
        ClauseView offer = ClauseView.of(sentence("Oslo offered/offer to/to mediate/mediate .", "NNP VBD TO VB .",
                "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; punct 2 5"));
        assertThat(offer.reading(3).intent()).isEqualTo(Intent.OWN);
        assertThat(offer.reading(1).intent()).as("the offering itself happened").isEqualTo(Intent.NONE);
        ClauseView agreed = ClauseView.of(sentence("Lima agreed/agree to/to meet/meet Quito on/on Friday .", "NNP VBD TO VB NNP IN NNP .",
                "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; obj 4 5; case 7 6; obl:on 4 7; punct 2 8"));
        assertThat(agreed.reading(3).intent()).isEqualTo(Intent.CONSENT);
    }

    @Test
    void readsAFutureReportedByItsDoerAsIntentButNotAForecastOrASchedule() {
        ClauseView said = ClauseView.of(sentence("Oslo said/say it would/would send/send troops/troop .", "NNP VBD PRP MD VB NNS .",
                "nsubj 2 1; root 0 2; nsubj 5 3; aux 5 4; ccomp 2 5; obj 5 6; punct 2 7"));
        assertThat(said.reading(4).intent()).isEqualTo(Intent.OWN);
        ClauseView forecast = ClauseView.of(sentence("Oslo says/say farmers/farmer will/will suffer/suffer .", "NNP VBZ NNS MD VB .",
                "nsubj 2 1; root 0 2; nsubj 5 3; aux 5 4; ccomp 2 5; punct 2 6"));
        assertThat(forecast.reading(4).factuality()).isEqualTo(PLANNED);
        assertThat(forecast.reading(4).intent()).isEqualTo(Intent.NONE);
        ClauseView schedule = ClauseView.of(sentence("Oslo will sign/sign a pact with/with Rome .", "NNP MD VB DT NN IN NNP .",
                "nsubj 3 1; aux 3 2; root 0 3; det 5 4; obj 3 5; case 7 6; nmod:with 5 7; punct 3 8"));
        assertThat(schedule.reading(2).intent()).isEqualTo(Intent.NONE);
    }

    @Test
    void readsAPartysFutureWithATrailingReportAsIntent() {
        // the parser hangs the trailing reporting verb on the main clause (parataxis, dep or ccomp)
        for (String rel : List.of("parataxis", "dep", "ccomp")) {
            ClauseView v = ClauseView.of(sentence("Oslo will fund/fund the dam , officials/official said/say .", "NNP MD VB DT NN , NNS VBD .",
                    "nsubj 3 1; aux 3 2; root 0 3; det 5 4; obj 3 5; punct 8 6; nsubj 8 7; " + rel + " 3 8; punct 3 9"));
            assertThat(v.reading(2).intent()).as(rel).isEqualTo(Intent.OWN);
        }
        ClauseView forecast = ClauseView.of(sentence("Farmers/farmer will/will suffer/suffer , officials/official said/say .", "NNS MD VB , NNS VBD .",
                "nsubj 3 1; aux 3 2; root 0 3; punct 6 4; nsubj 6 5; parataxis 3 6; punct 3 7"));
        assertThat(forecast.reading(2).intent()).as("a common noun's future is a forecast").isEqualTo(Intent.NONE);
        ClauseView past = ClauseView.of(sentence("Oslo funded/fund the dam , officials/official said/say .", "NNP VBD DT NN , NNS VBD .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 7 5; nsubj 7 6; parataxis 2 7; punct 2 8"));
        assertThat(past.reading(1).intent()).as("a past act is the act").isEqualTo(Intent.NONE);
    }

    @Test
    void readsAnEventNounAsIntendedWhenTheVerbWhoseObjectItIsIs() {
        ClauseView v = ClauseView.of(sentence("Oslo said/say it would/would impose/impose a blockade .", "NNP VBD PRP MD VB DT NN .",
                "nsubj 2 1; root 0 2; nsubj 5 3; aux 5 4; ccomp 2 5; det 7 6; obj 5 7; punct 2 8"));
        assertThat(v.reading(6).intent()).isEqualTo(Intent.OWN);
        ClauseView past = ClauseView.of(sentence("Oslo imposed/impose a blockade .", "NNP VBD DT NN .",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; punct 2 5"));
        assertThat(past.reading(3).intent()).isEqualTo(Intent.NONE);
    }

    @Test
    void aPastPlotOrAnOngoingActIsNoStatedIntent() {
        ClauseView plot = ClauseView.of(sentence("Agents planned/plan to/to seize/seize the port .", "NNS VBD TO VB DT NN .",
                "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; det 6 5; obj 4 6; punct 2 7"));
        assertThat(plot.reading(3).intent()).isEqualTo(Intent.NONE);
        ClauseView plans = ClauseView.of(sentence("Oslo plans/plan to/to seize/seize the port .", "NNP VBZ TO VB DT NN .",
                "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; det 6 5; obj 4 6; punct 2 7"));
        assertThat(plans.reading(3).intent()).isEqualTo(Intent.OWN);
        ClauseView ongoing = ClauseView.of(sentence("We will continue/continue to/to back/back Kyiv .", "PRP MD VB TO VB NNP .",
                "nsubj 3 1; aux 3 2; root 0 3; mark 5 4; xcomp 3 5; obj 5 6; punct 3 7"));
        assertThat(ongoing.reading(4).intent()).isEqualTo(Intent.NONE);
    }

    @Test
    void anActThatGoesOnHappenedThoughItsContinuingLiesAhead() {
        ClauseView v = ClauseView.of(sentence("We will continue/continue to/to back/back Kyiv .", "PRP MD VB TO VB NNP .",
                "nsubj 3 1; aux 3 2; root 0 3; mark 5 4; xcomp 3 5; obj 5 6; punct 3 7"));
        assertThat(v.reading(4).factuality()).isEqualTo(HAPPENED);
        assertThat(v.reading(4).tense()).isEqualTo(Tense.PRESENT);
        ClauseView stops = ClauseView.of(sentence("Oslo will not continue/continue to/to fund/fund the mission .", "NNP MD RB VB TO VB DT NN .",
                "nsubj 4 1; aux 4 2; advmod 4 3; root 0 4; mark 6 5; xcomp 4 6; det 8 7; obj 6 8; punct 4 9"));
        assertThat(stops.reading(5).factuality()).isEqualTo(DENIED);
    }

    @Test
    void anAttemptIsReportedAsItsOwnVerbReportsIt() {
        ClauseView past = ClauseView.of(sentence("Rebels tried/try to/to seize/seize the port .", "NNS VBD TO VB DT NN .",
                "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; det 6 5; obj 4 6; punct 2 7"));
        assertThat(past.reading(3).factuality()).isEqualTo(HAPPENED);
        ClauseView ahead = ClauseView.of(sentence("Rebels will try/try to/to seize/seize the port .", "NNS MD VB TO VB DT NN .",
                "nsubj 3 1; aux 3 2; root 0 3; mark 5 4; xcomp 3 5; det 7 6; obj 5 7; punct 3 8"));
        assertThat(ahead.reading(4).factuality()).isEqualTo(PLANNED);
        ClauseView not = ClauseView.of(sentence("Rebels did/do not try/try to/to seize/seize the port .", "NNS VBD RB VB TO VB DT NN .",
                "nsubj 4 1; aux 4 2; advmod 4 3; root 0 4; mark 6 5; xcomp 4 6; det 8 7; obj 6 8; punct 4 9"));
        assertThat(not.reading(5).factuality()).isEqualTo(DENIED);
    }

    @Test
    void aPossessedEventTakenAsGivenHappenedWhateverIsDeniedOfIt() {
        // "Lima never condemned Quito's raid": the raid took place; the condemning did not
        ClauseView condemn = ClauseView.of(sentence("Lima never condemned/condemn Quito 's raid .", "NNP RB VBD NNP POS NN .",
                "nsubj 3 1; advmod 3 2; root 0 3; nmod:poss 6 4; case 4 5; obj 3 6; punct 3 7"));
        assertThat(condemn.reading(5).factuality()).isEqualTo(HAPPENED);
        assertThat(condemn.reading(2).factuality()).isEqualTo(DENIED);
        // "Quito's raid was not a reprisal": the subject is given
        ClauseView subject = ClauseView.of(sentence("Quito 's raid was/be not a reprisal .", "NNP POS NN VBD RB DT NN .",
                "nmod:poss 3 1; case 1 2; nsubj 7 3; cop 7 4; advmod 7 5; det 7 6; root 0 7; punct 7 8"));
        assertThat(subject.reading(2).factuality()).isEqualTo(HAPPENED);
        // "could secure Ana's release": a goal, not given
        ClauseView goal = ClauseView.of(sentence("Oslo could secure/secure Ana 's release .", "NNP MD VB NNP POS NN .",
                "nsubj 3 1; aux 3 2; root 0 3; nmod:poss 6 4; case 4 5; obj 3 6; punct 3 7"));
        assertThat(goal.reading(5).factuality()).isEqualTo(POSSIBLE);
    }

    @Test
    void aPastToClauseUnderBeIsAPurposeNotAPlan() {
        ClauseView v = ClauseView.of(sentence("I was/be there to/to watch/watch the vote .", "PRP VBD RB TO VB DT NN .",
                "nsubj 2 1; root 0 2; advmod 2 3; mark 5 4; xcomp 2 5; det 7 6; obj 5 7; punct 2 8"));
        assertThat(v.reading(4).factuality()).isEqualTo(HAPPENED);
        ClauseView plan = ClauseView.of(sentence("They are/be to/to meet/meet on/on Friday .", "PRP VBP TO VB IN NNP .",
                "nsubj 4 1; aux 4 2; mark 4 3; root 0 4; case 6 5; obl 4 6; punct 4 7"));
        assertThat(plan.reading(3).factuality()).isEqualTo(PLANNED);
    }

    @Test
    void whatSomeoneManagedOrWasAbleToDoTookPlace() {
        ClauseView were = ClauseView.of(sentence("Its lawyers were/be able/able to/to delay/delay the ruling .", "PRP$ NNS VBD JJ TO VB DT NN .",
                "nmod:poss 2 1; nsubj 4 2; cop 4 3; root 0 4; mark 6 5; xcomp 4 6; det 8 7; obj 6 8; punct 4 9"));
        assertThat(were.reading(5).factuality()).isEqualTo(HAPPENED);
        ClauseView managed = ClauseView.of(sentence("Rebels managed/manage to/to seize/seize the port .", "NNS VBD TO VB DT NN .",
                "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; det 6 5; obj 4 6; punct 2 7"));
        assertThat(managed.reading(3).factuality()).isEqualTo(HAPPENED);
        // a capacity now is no act yet
        ClauseView is = ClauseView.of(sentence("Oslo is/be able/able to/to strike/strike the port .", "NNP VBZ JJ TO VB DT NN .",
                "nsubj 3 1; cop 3 2; root 0 3; mark 5 4; xcomp 3 5; det 7 6; obj 5 7; punct 3 8"));
        assertThat(is.reading(4).factuality()).isEqualTo(POSSIBLE);
    }
}
