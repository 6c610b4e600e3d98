package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeWindowsTest {
    private final TimeGate gate = new TimeGate(null, TimeGate.loadAnchors());

    private static List<CoreLabel> tokens(String text) {
        List<CoreLabel> out = new ArrayList<>();
        for (String w : text.split(" ")) {
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            l.setTag(w.matches("[0-9][0-9,.]*") ? "CD" : "NN");
            out.add(l);
        }
        return out;
    }

    private static String show(List<int[]> ranges) {
        StringBuilder b = new StringBuilder();
        for (int[] r : ranges) b.append('[').append(r[0]).append(',').append(r[1]).append(')');
        return b.toString();
    }

    private static List<int[]> singles(int n) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new int[]{i, i + 1});
        return out;
    }

    @Test
    void windowsReachSixTokensEachSideOfAnAnchor() {
        // 20 filler words with "Tuesday" at 10: [4, 17)
        List<CoreLabel> t = tokens("a b c d e f g h i j Tuesday k l m n o p q r s");
        assertEquals("[4,17)", show(TimeWindows.ranges(t, gate::isAnchor, singles(t.size()))));
    }

    @Test
    void nearAnchorsShareOneWindowAndFarOnesGetTheirOwn() {
        List<CoreLabel> t = tokens("March x x x x x x x x x x x x x x x x x x x x x x x x week");
        assertEquals("[0,7)[19,26)", show(TimeWindows.ranges(t, gate::isAnchor, singles(t.size()))));
        List<CoreLabel> near = tokens("March x x x x x x x x week x");
        assertEquals("[0,11)", show(TimeWindows.ranges(near, gate::isAnchor, singles(near.size()))));
    }

    @Test
    void aWindowNeverCutsAMergedNumber() {
        // tokens 0-4 stand for one merged number; the anchor "years" at 10 alone would start its window at 4
        List<CoreLabel> t = tokens("p q r s t x x x x x years");
        List<int[]> spans = new ArrayList<>();
        spans.add(new int[]{0, 5});
        for (int i = 5; i < t.size(); i++) spans.add(new int[]{i, i + 1});
        List<int[]> r = TimeWindows.ranges(t, gate::isAnchor, spans);
        assertEquals(0, r.get(0)[0]);
    }

    @Test
    void aCountOpensNoWindowOfItsOwnButSitsInsideAnotherAnchorsWindow() {
        List<CoreLabel> soldiers = tokens("rebels killed two soldiers and 12 police , 1,500 troops or 2.5 percent");
        assertTrue(gate.mayHoldTime(soldiers), "SUTime still runs: counts are anchors");
        assertTrue(TimeWindows.ranges(soldiers, gate::opensWindow, singles(soldiers.size())).isEmpty());
        List<CoreLabel> weeks = tokens("rebels left two weeks ago");
        assertEquals("[0,5)", show(TimeWindows.ranges(weeks, gate::opensWindow, singles(weeks.size()))));
    }

    @Test
    void yearsAndClockTimesOpenWindows() {
        assertEquals("[0,3)", show(TimeWindows.ranges(tokens("in 1995 talks"), gate::opensWindow, singles(3))));
        assertEquals("[0,4)", show(TimeWindows.ranges(tokens("at 10 p.m. curfew"), gate::opensWindow, singles(4))));
    }

    @Test
    void sentencesWithoutAnchorsHaveNoWindow() {
        assertTrue(TimeWindows.ranges(tokens("envoys signed the accord"), gate::isAnchor, singles(4)).isEmpty());
    }

    @Test
    void numerizedTokensThatDoNotCoverTheSentenceGiveNoSpans() {
        assertNull(TimeWindows.spans(List.of(new CoreLabel()), 3));
        assertEquals(2, TimeWindows.spans(List.of(new CoreLabel(), new CoreLabel()), 2).size());
    }
}
