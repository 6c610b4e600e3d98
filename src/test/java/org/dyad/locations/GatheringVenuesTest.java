package org.dyad.locations;

import org.dyad.article.AnnotatedArticle;
import org.dyad.article.CodedEvent;
import org.dyad.article.EventActor;
import org.dyad.article.Location;
import org.dyad.article.PloverType;
import org.dyad.article.Sentence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.locations.LocatorKit.article;
import static org.dyad.locations.LocatorKit.tagged;

/** A statement placed nowhere by its own sentence takes the place where its speaker was just seen meeting. */
class GatheringVenuesTest {
    // "Ministers met in Berlin on Monday ."
    private static final Sentence MET_IN_BERLIN = tagged(0, 0, "Ministers met/meet in Berlin|CITY on Monday|DATE .", "NNS VBD IN NNP IN NNP .",
            "nsubj 2 1; root 0 2; case 4 3; obl 2 4; case 6 5; obl 2 6; punct 2 7");

    /** "The ministers urged Russia to withdraw ." with {@code noun} for "ministers" */
    private static Sentence urged(int index, int paragraph, String noun) {
        return tagged(index, paragraph, "The " + noun + " urged/urge Russia|COUNTRY to withdraw .", "DT NNS VBD NNP TO VB .",
                "det 2 1; nsubj 3 2; root 0 3; obj 3 4; mark 6 5; xcomp 3 6; punct 3 7");
    }

    private static EventActor gov(String country) {
        return new EventActor("the ministers", country, "GOV", country + "GOV");
    }

    private static CodedEvent event(PloverType type, EventActor src, EventActor tgt, int sentence, int anchor) {
        return new CodedEvent("t-e" + sentence, type, null, null, List.of(), src, tgt, null, null, "", sentence, anchor, null, 0.8);
    }

    private static final CodedEvent MEETING = event(PloverType.CONSULT, gov("FRA"), gov("DEU"), 0, 1);

    private static Location urging(AnnotatedArticle a, EventActor speaker, int sentence) {
        List<CodedEvent> out = LocatorKit.locateAll(a, List.of(MEETING, event(PloverType.REQUEST, speaker, gov("RUS"), sentence, 2)));
        assertThat(out.get(0).location().name()).as("the meeting is placed by its own sentence").isEqualTo("Berlin");
        return out.get(1).location();
    }

    @Test
    void aPartyToAMeetingSpeaksWhereTheMeetingWas() {
        Location l = urging(article(MET_IN_BERLIN, urged(1, 1, "ministers")), gov("DEU"), 1);
        assertThat(l).isNotNull();
        assertThat(l.name()).isEqualTo("Berlin");
        assertThat(l.country()).isEqualTo("DEU");
    }

    @Test
    void someoneWhoWasNotAtTheMeetingSpeaksNowhereInParticular() {
        assertThat(urging(article(MET_IN_BERLIN, urged(1, 1, "ministers")), gov("USA"), 1)).isNull();
    }

    @Test
    void aCountryNamedAsAWholeWasNowhere() {
        assertThat(urging(article(MET_IN_BERLIN, urged(1, 1, "ministers")), new EventActor("France", "FRA", null, "FRA"), 1)).isNull();
    }

    @Test
    void aWrittenStatementIsNotSpokenAtTheMeeting() {
        assertThat(urging(article(MET_IN_BERLIN, urged(1, 1, "statement")), gov("FRA"), 1)).isNull();
    }

    @Test
    void aMeetingFarBackInTheStoryNoLongerPlacesWhatItsPartiesSay() {
        List<Sentence> s = new ArrayList<>(List.of(MET_IN_BERLIN));
        for (int i = 1; i <= GatheringVenues.REACH; i++)
            s.add(tagged(i, i, "Talks continued/continue .", "NNS VBD .", "nsubj 2 1; root 0 2; punct 2 3"));
        int last = s.size();
        s.add(urged(last, last, "ministers"));
        assertThat(urging(article(s.toArray(Sentence[]::new)), gov("FRA"), last)).isNull();
        s.remove(1);
        List<Sentence> nearer = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) nearer.add(renumber(s.get(i), i));
        assertThat(urging(article(nearer.toArray(Sentence[]::new)), gov("FRA"), last - 1)).isNotNull();
    }

    private static Sentence renumber(Sentence s, int index) {
        return new Sentence(index, index, s.text(), s.begin(), s.end(), s.tokens(), null, s.dependencies(), List.of(), List.of());
    }
}
