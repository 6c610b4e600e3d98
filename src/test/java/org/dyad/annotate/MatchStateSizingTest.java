package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class MatchStateSizingTest {
    private static byte[] coreNlpClassFile() throws Exception {
        try (InputStream in = TokenSequencePattern.class.getClassLoader().getResourceAsStream(MatchStateSizing.CLASS_FILE)) {
            assertNotNull(in, "CoreNLP's class file");
            return in.readAllBytes();
        }
    }

    @Test
    void changesOnlyTheCapacityOperandOfCoreNlpsClass() throws Exception {
        byte[] before = coreNlpClassFile();
        byte[] after = MatchStateSizing.resized(before);
        assertNotNull(after, "the expected instruction sequence is in CoreNLP 4.5's class");
        assertEquals(before.length, after.length);
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.length; i++) if (before[i] != after[i]) changed.add(i);
        // sipush 512 (0x02 0x00) becomes sipush 16 (0x00 0x10): two bytes, side by side
        assertEquals(2, changed.size());
        assertEquals(changed.get(0) + 1, changed.get(1));
        assertEquals(0x11, before[changed.get(0) - 1] & 0xFF);
        assertEquals(MatchStateSizing.CAPACITY, ((after[changed.get(0)] & 0xFF) << 8) | (after[changed.get(1)] & 0xFF));
    }

    @Test
    void leavesAnUnexpectedClassAlone() throws Exception {
        byte[] twice = coreNlpClassFile();
        byte[] doubled = new byte[twice.length * 2];
        System.arraycopy(twice, 0, doubled, 0, twice.length);
        System.arraycopy(twice, 0, doubled, twice.length, twice.length);
        assertNull(MatchStateSizing.resized(doubled), "two candidate sites: not patched");
        assertNull(MatchStateSizing.resized(new byte[]{(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}));
    }

    @Test
    void tokensRegexFindsTheSameMatchesWithTheSmallerStates() {
        MatchStateSizing.install();
        // a pattern with groups and alternatives, so that matching opens several branches
        TokenSequencePattern p = TokenSequencePattern.compile("(?$when [{word:/early|late/}]? [{word:/March|April/}] [{word:/\\d+/}]?)");
        List<CoreLabel> tokens = new ArrayList<>();
        for (String w : "The council met in late March 12 and again early April after a delay in March".split(" ")) {
            CoreLabel t = new CoreLabel();
            t.setWord(w);
            t.setValue(w);
            tokens.add(t);
        }
        TokenSequenceMatcher m = p.getMatcher(tokens);
        List<String> found = new ArrayList<>();
        while (m.find()) found.add(m.group("$when"));
        assertEquals(List.of("late March 12", "early April", "March"), found.stream().map(String::strip).toList());
    }
}
