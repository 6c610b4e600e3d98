package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParseSelectionTest {
    static {
        System.setProperty("dyad.parse.select", "actors");
    }


    /** Tokens from "word/TAG/NER" triples. */
    private static List<CoreLabel> tokens(String tagged) {
        List<CoreLabel> out = new ArrayList<>();
        for (String w : tagged.split(" ")) {
            String[] f = w.split("/");
            CoreLabel l = new CoreLabel();
            l.setWord(f[0]);
            l.setTag(f[1]);
            l.setNER(f[2]);
            out.add(l);
        }
        return out;
    }

    @Test
    void sentenceNamingNoActorIsNotParsed() {
        assertFalse(ParseSelection.needsParse(tokens("Prices/NNS/O rose/VBD/O sharply/RB/O on/IN/O Monday/NNP/DATE")));
        assertFalse(ParseSelection.needsParse(tokens("The/DT/O talks/NNS/O lasted/VBD/O three/CD/DURATION hours/NNS/DURATION")));
    }

    @Test
    void namedActorOrPronounIsParsed() {
        assertTrue(ParseSelection.needsParse(tokens("Envoys/NNS/O from/IN/O Chile/NNP/COUNTRY arrived/VBD/O")));
        assertTrue(ParseSelection.needsParse(tokens("They/PRP/O signed/VBD/O the/DT/O accord/NN/O")));
        assertTrue(ParseSelection.needsParse(tokens("The/DT/O minister/NN/TITLE resigned/VBD/O")));
        assertTrue(ParseSelection.needsParse(tokens("Peruvian/JJ/NATIONALITY troops/NNS/O withdrew/VBD/O")));
    }
}
