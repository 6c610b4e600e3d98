package org.dyad.actors;

import org.dyad.article.AnnotatedArticle;
import org.dyad.article.CleanArticle;
import org.dyad.article.PublishedDate;
import org.dyad.article.Sentence;
import org.dyad.article.Token;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny test kit: annotated articles from lines of text with inline NER tags as CoreNLP's fine-grained
 * NER gives them, {@code [PERSON Rishi Sunak] met [NATIONALITY French] [TITLE President] ...}.
 * One line is one sentence; a blank line starts a new paragraph. Untagged words get NER {@code O}.
 * Part of speech: pronouns PRP, prepositions IN, capitalised words NNP, other words VB unless written {@code word/NN}.
 */
final class ArticleKit {
    private static final Pattern TAG = Pattern.compile("\\[([A-Z_]+) ([^\\]]+)\\]");
    private static final Pattern WORD = Pattern.compile("[’']s\\b|\\p{Lu}\\.(?=\\s)|[\\p{L}\\p{N}][\\p{L}\\p{N}.’'&-]*[\\p{L}\\p{N}](/NNS?|/JJ)?|[\\p{L}\\p{N}](/NNS?|/JJ)?|[^\\s\\p{L}\\p{N}]");
    /** prepositions, tagged IN as the tagger would, so they never read as verbs */
    private static final Set<String> FUNCTION = Set.of("of", "at", "on", "for", "to", "in", "with", "from", "about", "near");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "them", "his", "her", "their", "its", "it", "we", "i");

    private ArticleKit() {
    }

    static AnnotatedArticle article(String text) {
        List<Sentence> sentences = new ArrayList<>();
        StringBuilder clean = new StringBuilder();
        int paragraph = 0;
        boolean blank = false;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                blank = true;
                continue;
            }
            if (blank && !sentences.isEmpty()) paragraph++;
            blank = false;
            sentences.add(sentence(sentences.size(), paragraph, line, clean));
        }
        CleanArticle article = new CleanArticle("test", "test.txt", null, "en", null, null, null, null,
                clean.toString(), List.of());
        return new AnnotatedArticle(article, sentences);
    }

    static AnnotatedArticle fixture(String name) {
        try (InputStream in = ArticleKit.class.getResourceAsStream("/actors/" + name)) {
            return article(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static PublishedDate on(String day) {
        LocalDate d = LocalDate.parse(day);
        return new PublishedDate(d, d, d, null, null);
    }

    private static Sentence sentence(int index, int paragraph, String line, StringBuilder clean) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int begin = clean.length();
        Matcher tag = TAG.matcher(line);
        int last = 0;
        while (tag.find()) {
            addWords(line.substring(last, tag.start()), "O", tokens, plain, begin);
            addWords(tag.group(2), tag.group(1), tokens, plain, begin);
            last = tag.end();
        }
        addWords(line.substring(last), "O", tokens, plain, begin);
        clean.append(plain).append('\n');
        return new Sentence(index, paragraph, plain.toString(), begin, begin + plain.length(), tokens, null,
                List.of(), List.of(), List.of());
    }

    private static void addWords(String chunk, String ner, List<Token> tokens, StringBuilder plain, int base) {
        Matcher m = WORD.matcher(chunk);
        int last = 0;
        while (m.find()) {
            String gap = chunk.substring(last, m.start());
            if (!gap.isEmpty() || (plain.length() > 0 && !m.group().matches("[’']s|[.,:;!?)]")))
                if (plain.length() > 0) plain.append(' ');
            last = m.end();
            String w = m.group();
            String given = null;
            int slash = w.lastIndexOf('/');
            if (slash > 0) {
                given = w.substring(slash + 1);
                w = w.substring(0, slash);
            }
            int start = base + plain.length();
            plain.append(w);
            String lower = w.toLowerCase();
            String pos = given != null ? given : PRONOUNS.contains(lower) ? "PRP" : FUNCTION.contains(lower) ? "IN"
                    : Character.isUpperCase(w.charAt(0)) ? "NNP" : Character.isLetter(w.charAt(0)) ? "VB" : w;
            tokens.add(new Token(tokens.size(), w, lower, pos, ner, null, start, start + w.length()));
        }
    }
}
