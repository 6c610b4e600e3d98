package org.dyad.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word normalisation shared by every table: one folding so a dictionary entry and a token compare equal. */
final class Words {
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern PHRASE_TOKEN = Pattern.compile("[’']s\\b|[\\p{L}\\p{N}][\\p{L}\\p{N}.’'&]*[\\p{L}\\p{N}.]|[\\p{L}\\p{N}]|-|[^\\s\\p{L}\\p{N}]");

    static final Set<String> SINGULAR_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");
    /** possessive pronouns of people, by the pronoun they resolve as */
    static final java.util.Map<String, String> POSSESSIVE_PRONOUNS = java.util.Map.of("his", "he", "her", "she", "their", "they", "its", "it");

    private Words() {
    }

    /** Lower case, accents removed, typographic quotes and dashes made plain. */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
        n = COMBINING.matcher(n).replaceAll("");
        n = n.replace('’', '\'').replace('‘', '\'').replace('–', '-').replace('—', '-').replace('‐', '-');
        return n.toLowerCase(Locale.ROOT).trim();
    }

    /** A phrase as words, hyphens kept as words of their own ("Jean-Noël" -> jean, -, noel). */
    static List<String> foldedWords(String phrase) {
        List<String> out = new ArrayList<>();
        for (String raw : tokenize(phrase)) out.addAll(splitHyphens(fold(raw)));
        return out;
    }

    /** Splits "franco-british" into franco, -, british; a lone "-" stays one word. */
    static List<String> splitHyphens(String folded) {
        if (folded.length() < 2 || folded.indexOf('-') < 0) return List.of(folded);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < folded.length(); i++) {
            if (folded.charAt(i) == '-') {
                if (i > start) out.add(folded.substring(start, i));
                out.add("-");
                start = i + 1;
            }
        }
        if (start < folded.length()) out.add(folded.substring(start));
        return out;
    }

    /** A rough tokeniser for free phrases, splitting like CoreNLP does on possessives and punctuation. */
    static List<String> tokenize(String phrase) {
        List<String> out = new ArrayList<>();
        Matcher m = PHRASE_TOKEN.matcher(phrase);
        while (m.find()) {
            String t = m.group();
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            if (t.length() > 2 && (lower.endsWith("'s") || lower.endsWith("’s"))) {
                out.add(t.substring(0, t.length() - 2)); // "Putin's" -> Putin, 's
                out.add(t.substring(t.length() - 2));
                continue;
            }
            // keep "U.S." whole but drop a sentence-final full stop from ordinary words
            if (t.length() > 1 && t.endsWith(".") && t.indexOf('.') == t.length() - 1 && !t.equals("No.")
                    && !t.matches("(Mr|Mrs|Ms|Dr|Gen|Lt|Col|Adm|St)\\.")) {
                out.add(t.substring(0, t.length() - 1));
                out.add(".");
            } else {
                out.add(t);
            }
        }
        return out;
    }

    static boolean isCapitalized(String word) {
        return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)));
    }

    static boolean isAllCaps(String word) {
        boolean letter = false;
        for (char c : word.toCharArray()) {
            if (Character.isLowerCase(c)) return false;
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** Splits a ';'-separated cell, trimmed, empty parts dropped. */
    static List<String> cell(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        for (String p : s.split(";")) if (!p.isBlank()) out.add(p.trim());
        return out;
    }
}
