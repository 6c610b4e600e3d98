package org.dyad.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dyad.article.AnnotatedArticle;
import org.dyad.article.CleanArticle;
import org.dyad.article.DateMethod;
import org.dyad.article.Dependency;
import org.dyad.article.PublishedDate;
import org.dyad.article.RemovedLine;
import org.dyad.article.Sentence;
import org.dyad.article.TimeExpression;
import org.dyad.article.Token;

/** Builds Dyad's records by hand so the daters can be tested without CoreNLP. */
final class TestKit {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|[^\\s\\p{L}\\p{N}]");
    private static final Set<String> MODALS = Set.of("will", "would", "shall", "can", "could", "may", "might", "must", "should");
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "said", "met", "told", "began", "made", "held",
            "took", "gave", "wrote", "sent", "led", "came", "went", "saw", "spoke", "struck", "won", "left", "became");
    private static final Set<String> PRESENT = Set.of("is", "are", "has", "have", "says", "does", "am");
    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "by",
            "with", "from", "his", "her", "their", "its", "this", "that", "last", "next", "since", "during", "as", "after", "before");

    private TestKit() {
    }

    /** A sentence from "word/TAG word/TAG ..." (a token without a tag gets NN), no dependencies. */
    static Sentence tagged(String taggedText, TimeExpression... times) {
        return tagged(taggedText, List.of(), times);
    }

    static Sentence tagged(String taggedText, List<Dependency> deps, TimeExpression... times) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String part : taggedText.trim().split("\\s+")) {
            int slash = part.lastIndexOf('/');
            String word = slash > 0 ? part.substring(0, slash) : part;
            String pos = slash > 0 ? part.substring(slash + 1) : "NN";
            if (text.length() > 0) text.append(' ');
            int b = text.length();
            text.append(word);
            tokens.add(new Token(tokens.size(), word, word.toLowerCase(), pos, "O", null, b, text.length()));
        }
        return new Sentence(0, 0, text.toString(), 0, text.length(), tokens, null, deps, List.of(), List.of(times));
    }

    static Dependency dep(String relation, int governor, int dependent) {
        return new Dependency(relation, governor, dependent);
    }

    /** A time expression as SUTime would give it without a document date. */
    static TimeExpression time(String text, String type, String value, int begin, int end) {
        return new TimeExpression(text, type, value, begin, end);
    }

    static PublishedDate published(String from, String to) {
        return new PublishedDate(LocalDate.parse(to), LocalDate.parse(from), LocalDate.parse(to), DateMethod.INFERRED, "test");
    }

    static PublishedDate publishedOn(String day) {
        LocalDate d = LocalDate.parse(day);
        return new PublishedDate(d, d, d, DateMethod.GIVEN, "test");
    }

    static AnnotatedArticle article(String text) {
        return article(text, null, null, List.of());
    }

    /**
     * An article whose lines become paragraphs and whose sentences are tagged by a crude tagger
     * (enough for tense: modals, past forms, "-ed" words, capitalised names).
     */
    static AnnotatedArticle article(String text, LocalDate given, String dateline, List<RemovedLine> removed) {
        List<Sentence> sentences = new ArrayList<>();
        int offset = 0, paragraph = 0;
        for (String line : text.split("\n", -1)) {
            int lineStart = offset;
            offset += line.length() + 1;
            if (line.isBlank()) continue;
            Matcher sm = Pattern.compile("[^.!?]+(?:[.!?]+|$)").matcher(line);
            while (sm.find()) {
                String st = sm.group();
                if (st.isBlank()) continue;
                int sb = lineStart + sm.start();
                List<Token> tokens = new ArrayList<>();
                Matcher wm = WORD.matcher(st);
                while (wm.find()) {
                    String w = wm.group();
                    tokens.add(new Token(tokens.size(), w, w.toLowerCase(), tag(w, tokens), "O", null, sb + wm.start(), sb + wm.end()));
                }
                sentences.add(new Sentence(sentences.size(), paragraph, st.trim(), sb, sb + st.length(), tokens, null,
                        List.of(), List.of(), List.of()));
            }
            paragraph++;
        }
        CleanArticle clean = new CleanArticle("t", "t.txt", null, "en", null, null, dateline, given, text, removed);
        return new AnnotatedArticle(clean, sentences);
    }

    /** The article with the given words tagged as people's names, as the annotator's NER would tag them. */
    static AnnotatedArticle withPersonNames(AnnotatedArticle a, String... words) {
        Set<String> names = Set.of(words);
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<Token> tokens = new ArrayList<>();
            for (Token t : s.tokens())
                tokens.add(names.contains(t.word()) ? new Token(t.index(), t.word(), t.lemma(), t.pos(), "PERSON", t.normalized(), t.begin(), t.end()) : t);
            out.add(new Sentence(s.index(), s.paragraph(), s.text(), s.begin(), s.end(), tokens, s.parse(), s.dependencies(),
                    s.entities(), s.times()));
        }
        return new AnnotatedArticle(a.article(), out);
    }

    private static String tag(String w, List<Token> before) {
        String l = w.toLowerCase();
        String prev = before.isEmpty() ? "" : before.get(before.size() - 1).lemma();
        if (MODALS.contains(l)) return "MD";
        if (w.matches("\\d+.*")) return "CD";
        if (!w.matches(".*\\p{L}.*")) return w;
        if (PAST.contains(l)) return "VBD";
        if (PRESENT.contains(l)) return "VBZ";
        if (FUNCTION.contains(l)) return "IN";
        if (Character.isUpperCase(w.charAt(0)) && !before.isEmpty()) return "NNP";
        if (MODALS.contains(prev) || prev.equals("to")) return "VB";
        if (l.endsWith("ed")) return "VBD";
        if (l.endsWith("ing")) return "VBG";
        return Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
    }

    /** Nothing in the text dated the article: a window up to the latest day, no single day, said so. */
    static void noClue(org.dyad.article.PublishedDate d) {
        org.assertj.core.api.Assertions.assertThat(d.date()).isNull();
        org.assertj.core.api.Assertions.assertThat(d.evidence()).startsWith("no datable clue");
        org.assertj.core.api.Assertions.assertThat(d.from()).isBefore(d.to());
    }
}
