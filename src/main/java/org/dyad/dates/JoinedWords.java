package org.dyad.dates;

import java.util.List;

import org.dyad.article.Sentence;
import org.dyad.article.Token;

/**
 * A sentence's words joined by single spaces, so patterns can run over words and map back to token
 * indices without depending on the annotator's character offsets.
 */
record JoinedWords(String text, int[] startOf) {

    static JoinedWords of(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        StringBuilder joined = new StringBuilder();
        int[] startOf = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) joined.append(' ');
            startOf[i] = joined.length();
            joined.append(tokens.get(i).word());
        }
        return new JoinedWords(joined.toString(), startOf);
    }

    /** The token holding character {@code charIndex}. */
    int tokenAt(int charIndex) {
        int i = 0;
        while (i + 1 < startOf.length && startOf[i + 1] <= charIndex) i++;
        return i;
    }
}
