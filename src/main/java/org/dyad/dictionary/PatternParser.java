package org.dyad.dictionary;

import java.util.ArrayList;
import java.util.List;

/** Parses one pattern line ({@code - + WAS_ * TO_ ^ FROM $ [174]}) of a verb dictionary. */
final class PatternParser {
    private PatternParser() {
    }

    /** Returns null for lines PETRARCH skips (TABARI disjunctions, no verb marker). */
    static VerbPattern parse(String upperLine, int order) {
        String line = upperLine.substring(1).trim(); // drop the leading '-'
        int br = line.indexOf('[');
        String code = "---";
        if (br >= 0) {
            int close = line.indexOf(']', br);
            code = line.substring(br + 1, close < 0 ? line.length() : close).trim();
            if (code.isEmpty()) code = "---";
            line = line.substring(0, br);
        }
        if (line.contains("|")) return null;
        // PETRARCH-2 groupings {noun phrase} and (prepositional phrase) read as word sequences
        line = line.replace('{', ' ').replace('}', ' ').replace('(', ' ').replace(')', ' ');
        line = line.replace("_ ", " ").trim();
        if (line.endsWith("_")) line = line.substring(0, line.length() - 1);
        int star = line.indexOf('*');
        if (star < 0) return null;
        List<VerbPattern.Element> upper = elements(line.substring(0, star), true);
        List<VerbPattern.Element> lower = elements(line.substring(star + 1), false);
        return new VerbPattern(upper, lower, code, order, upperLine.trim().replaceAll("\\s+", " "));
    }

    /**
     * Splits one side of the pattern into elements in matching order (walking away from the
     * verb), each marked tight when joined to its verb-side neighbour by '_'.
     */
    private static List<VerbPattern.Element> elements(String side, boolean upper) {
        List<String> tokens = new ArrayList<>();
        List<Boolean> tightAfter = new ArrayList<>(); // connector after token k (towards the right)
        StringBuilder cur = new StringBuilder();
        boolean leadingTight = false; // lower side: '*_X'
        String s = side;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_' || Character.isWhitespace(c)) {
                if (cur.length() > 0) {
                    tokens.add(cur.toString());
                    tightAfter.add(c == '_');
                    cur.setLength(0);
                } else if (c == '_') {
                    if (tokens.isEmpty()) leadingTight = true;
                    else tightAfter.set(tokens.size() - 1, true);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            tokens.add(cur.toString());
            tightAfter.add(false);
        }
        List<VerbPattern.Element> out = new ArrayList<>();
        if (upper) {
            // the side ends just before '*': the last token's connector is the one to the verb
            boolean endsTight = side.endsWith("_");
            for (int k = tokens.size() - 1; k >= 0; k--) {
                boolean tight = k == tokens.size() - 1 ? endsTight : tightAfter.get(k);
                out.add(element(tokens.get(k), tight));
            }
        } else {
            for (int k = 0; k < tokens.size(); k++) {
                boolean tight = k == 0 ? leadingTight || side.startsWith("_") : tightAfter.get(k - 1);
                out.add(element(tokens.get(k), tight));
            }
        }
        return out;
    }

    private static VerbPattern.Element element(String token, boolean tight) {
        VerbPattern.Kind kind = switch (token) {
            case "$" -> VerbPattern.Kind.SOURCE;
            case "+" -> VerbPattern.Kind.TARGET;
            case "%" -> VerbPattern.Kind.COMPOUND;
            case "^" -> VerbPattern.Kind.SKIP_PHRASE;
            default -> token.startsWith("&") ? VerbPattern.Kind.SYNSET : VerbPattern.Kind.WORD;
        };
        return new VerbPattern.Element(kind, token, tight);
    }
}
