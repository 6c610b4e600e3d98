package org.dyad.actors;

import org.dyad.article.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence's tokens as folded words for phrase matching: a hyphenated token becomes several words
 * ("Franco-British" -> franco, -, british) so entries match however the tokenizer split hyphens.
 * Every word maps back to its token.
 */
final class SentenceWords {
    private final List<Token> tokens;
    private final List<String> folded = new ArrayList<>();
    private final List<String> original = new ArrayList<>();
    private final List<Integer> tokenOf = new ArrayList<>();
    private final int[] firstWordOfToken;

    private final String source;
    private final int base;
    /** the token the parse gives as the main clause's subject, or -1 */
    private int subjectToken = -1;
    /** per token: inside a direct quotation */
    private boolean[] quotedTokens = new boolean[0];

    SentenceWords(List<Token> tokens) {
        this(tokens, null, 0);
    }

    /**
     * @param source the sentence text the tokens' offsets point into (minus {@code base}), or null
     */
    SentenceWords(List<Token> tokens, String source, int base) {
        this.tokens = tokens;
        this.source = source;
        this.base = base;
        this.firstWordOfToken = new int[tokens.size() + 1];
        for (int t = 0; t < tokens.size(); t++) {
            firstWordOfToken[t] = folded.size();
            String word = tokens.get(t).word() == null ? "" : tokens.get(t).word();
            // editorial brackets inside a name ("[Vladimir] Putin") are not words of it
            if (word.equals("[") || word.equals("]")) continue;
            if (word.isEmpty()) continue;
            List<String> parts = Words.splitHyphens(Words.fold(word));
            List<String> origParts = parts.size() == 1 ? List.of(word) : splitOriginal(word);
            for (int k = 0; k < parts.size(); k++) {
                folded.add(parts.get(k));
                original.add(k < origParts.size() ? origParts.get(k) : parts.get(k));
                tokenOf.add(t);
            }
        }
        firstWordOfToken[tokens.size()] = folded.size();
    }

    private static List<String> splitOriginal(String word) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '-' || c == '–' || c == '‐') {
                if (i > start) out.add(word.substring(start, i));
                out.add("-");
                start = i + 1;
            }
        }
        if (start < word.length()) out.add(word.substring(start));
        return out;
    }

    /**
     * The sentence as read for coreference: the main clause's subject token (from the dependency parse,
     * -1 when none) and which tokens sit inside a direct quotation.
     */
    SentenceWords withReading(int subjectToken, boolean[] quotedTokens) {
        this.subjectToken = subjectToken;
        this.quotedTokens = quotedTokens.clone();
        return this;
    }

    /** The main clause's subject word as written, or null. */
    String subjectWord() {
        if (subjectToken < 0 || subjectToken >= tokens.size()) return null;
        return tokens.get(subjectToken).word();
    }

    /**
     * The main clause's subject when it is a name the NER took for no person ("Ada Obi of the X Society is
     * among ...", tagged a place): the run of two or more capitalised proper nouns ending at the subject's head,
     * as written; else null.
     */
    String untaggedSubjectName() {
        if (subjectToken < 1 || subjectToken >= tokens.size() || subjectQuoted()) return null;
        int from = subjectToken;
        while (from > 0 && "NNP".equals(tokens.get(from - 1).pos()) && Words.isCapitalized(tokens.get(from - 1).word())) from--;
        if (from == subjectToken || !"NNP".equals(tokens.get(subjectToken).pos())) return null;
        StringBuilder name = new StringBuilder();
        for (int t = from; t <= subjectToken; t++) {
            if ("PERSON".equals(tokens.get(t).ner()) || !Character.isLetter(tokens.get(t).word().charAt(0))) return null;
            name.append(t > from ? " " : "").append(tokens.get(t).word());
        }
        return name.toString();
    }

    /** The main clause's subject sits inside a quotation. */
    boolean subjectQuoted() {
        return subjectToken >= 0 && subjectToken < quotedTokens.length && quotedTokens[subjectToken];
    }

    /** Words [from, to) hold the head of the main clause's subject. */
    boolean isSubject(int from, int to) {
        if (subjectToken < 0) return false;
        for (int i = from; i < to && i < size(); i++) if (tokenOf.get(i) == subjectToken) return true;
        return false;
    }

    /** Word {@code word} sits inside a direct quotation. */
    boolean quoted(int word) {
        int t = word < size() ? tokenOf.get(word) : -1;
        return t >= 0 && t < quotedTokens.length && quotedTokens[t];
    }

    List<String> folded() {
        return folded;
    }

    int size() {
        return folded.size();
    }

    String original(int word) {
        return original.get(word);
    }

    String originalSpan(int from, int to) {
        return String.join(" ", original.subList(from, to));
    }

    Token token(int word) {
        return tokens.get(tokenOf.get(word));
    }

    int tokenIndex(int word) {
        return tokenOf.get(word);
    }

    /** The token just after the one holding word {@code endWord - 1}. */
    int tokenEnd(int endWord) {
        return endWord == 0 ? 0 : tokenOf.get(endWord - 1) + 1;
    }

    int firstWord(int token) {
        return firstWordOfToken[token];
    }

    List<Token> tokens() {
        return tokens;
    }

    /** The surface text of words [from, to) joined as written, hyphens glued ("Jean-Noël Barrot"). */
    String text(int from, int to) {
        if (source != null && from < to && firstWord(tokenIndex(from)) == from
                && (to == size() || firstWord(tokenIndex(to)) == to)) {
            int b = tokens.get(tokenIndex(from)).begin() - base, e = tokens.get(tokenIndex(to - 1)).end() - base;
            String raw = b >= 0 && e <= source.length() && b < e ? source.substring(b, e) : null;
            if (raw != null && raw.indexOf('[') < 0 && raw.indexOf(']') < 0) return raw;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            String w = original.get(i);
            boolean glue = i > from && (w.equals("-") || original.get(i - 1).equals("-")
                    || w.equals("'s") || w.equals("’s") || w.equals("."));
            if (i > from && !glue) sb.append(' ');
            sb.append(w);
        }
        return sb.toString();
    }
}
