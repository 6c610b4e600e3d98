package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeGateTest {
    private final TimeGate gate = new TimeGate(null, TimeGate.loadAnchors());

    /** Tokens from "word/TAG" pairs. */
    private static List<CoreLabel> tokens(String tagged) {
        List<CoreLabel> out = new ArrayList<>();
        for (String w : tagged.split(" ")) {
            int slash = w.lastIndexOf('/');
            CoreLabel l = new CoreLabel();
            l.setWord(w.substring(0, slash));
            l.setTag(w.substring(slash + 1));
            out.add(l);
        }
        return out;
    }

    @Test
    void sentencesWithoutAnyTimeAnchorSkipSutime() {
        assertFalse(gate.mayHoldTime(tokens("Envoys/NNS from/IN Chile/NNP signed/VBD the/DT accord/NN ./.")));
        assertFalse(gate.mayHoldTime(tokens("The/DT last/JJ convoy/NN left/VBD early/RB ,/, officials/NNS said/VBD ./.")));
    }

    @Test
    void digitsNumbersAndTimeWordsKeepSutime() {
        assertTrue(gate.mayHoldTime(tokens("Talks/NNS resume/VBP on/IN Thursday/NNP")));
        assertTrue(gate.mayHoldTime(tokens("The/DT truce/NN began/VBD in/IN 1995/CD")));
        assertTrue(gate.mayHoldTime(tokens("Troops/NNS left/VBD two/CD weeks/NNS ago/RB")));
        assertTrue(gate.mayHoldTime(tokens("They/PRP met/VBD yesterday/NN")));
        assertTrue(gate.mayHoldTime(tokens("a/DT two-day/JJ visit/NN")));
        assertTrue(gate.mayHoldTime(tokens("the/DT nineties/NNS")));
        assertTrue(gate.mayHoldTime(tokens("Aug./NNP rains/NNS")));
        assertTrue(gate.mayHoldTime(tokens("decades/NNS of/IN war/NN")));
        assertTrue(gate.mayHoldTime(tokens("a/DT Christmas/NNP truce/NN")));
    }
}
