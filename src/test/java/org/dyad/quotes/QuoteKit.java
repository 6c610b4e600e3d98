package org.dyad.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dyad.actors.ResolvedActors;
import org.dyad.actors.Speakers;
import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.CleanArticle;
import org.dyad.article.Quote;
import org.dyad.article.Sentence;
import org.dyad.article.Token;

/**
 * A tiny stand-in for the annotator, for tests: regex sentences and tokens over a text, no tags
 * (POS null, NER "O" except for words named as people), quote tokens rewritten the way CoreNLP
 * writes them (`` and ''), so the stage must read marks from the text offsets. Mentions are built by
 * hand from the words they cover.
 */
final class QuoteKit {
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}(?:\\.\\p{L})+\\.|[\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*(?=['’]s\\b)|['’]s\\b|[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*|\\S");
    private static final Pattern END = Pattern.compile("[.!?]+[\"”»’')]*(?=\\s+[\"“«(]?\\p{Lu})");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep");

    private QuoteKit() {
    }

    static String fixture(String name) {
        try (InputStream in = QuoteKit.class.getResourceAsStream("/quotes/" + name + ".txt")) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AnnotatedArticle annotate(String text, String... personWords) {
        Set<String> persons = Set.of(personWords);
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        for (String line : text.split("\n", -1)) {
            int end = start + line.length();
            int from = start;
            Matcher m = END.matcher(line);
            while (m.find()) {
                int cut = start + m.end();
                String before = text.substring(from, cut);
                String[] w = before.strip().split("\\s+");
                String last = w[w.length - 1].replaceAll("[.!?\"”»’')]+$", "").toLowerCase(Locale.ROOT);
                if (ABBREVIATIONS.contains(last)) continue;
                add(text, from, cut, paragraph, persons, sentences);
                from = cut;
            }
            add(text, from, end, paragraph, persons, sentences);
            if (!line.isBlank()) paragraph++;
            start = end + 1;
        }
        CleanArticle clean = new CleanArticle("t", "test", null, "en", null, null, null, null, text, List.of());
        return new AnnotatedArticle(clean, sentences);
    }

    private static void add(String text, int from, int to, int paragraph, Set<String> persons, List<Sentence> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        if (from >= to) return;
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.substring(from, to));
        while (m.find()) {
            String w = m.group();
            String word = w.equals("“") || w.equals("«") ? "``" : w.equals("”") || w.equals("»") ? "''" : w;
            String ner = persons.contains(w) ? "PERSON" : "O";
            tokens.add(new Token(tokens.size(), word, word.toLowerCase(Locale.ROOT), null, ner, null,
                    from + m.start(), from + m.end()));
        }
        out.add(new Sentence(out.size(), paragraph, text.substring(from, to), from, to, tokens, null,
                List.of(), List.of(), List.of()));
    }

    /** A mention over the {@code occurrence}-th (0-based) place where these words appear. */
    static ActorMention mention(AnnotatedArticle a, String words, int occurrence, String name, String country,
                                String sector, ActorKind kind) {
        List<ActorMention> all = mentions(a, words, name, country, sector, kind);
        if (occurrence >= all.size()) throw new IllegalArgumentException("'" + words + "' occurs " + all.size() + " times");
        return all.get(occurrence);
    }

    /** Mentions over every place where these words appear (case-insensitive). */
    static List<ActorMention> mentions(AnnotatedArticle a, String words, String name, String country, String sector,
                                       ActorKind kind) {
        List<String> want = new ArrayList<>();
        Matcher m = TOKEN.matcher(words);
        while (m.find()) want.add(m.group().toLowerCase(Locale.ROOT));
        String text = a.article().text();
        List<ActorMention> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i + want.size() <= t.size(); i++) {
                boolean match = true;
                for (int k = 0; k < want.size() && match; k++) {
                    Token tok = t.get(i + k);
                    match = text.substring(tok.begin(), tok.end()).toLowerCase(Locale.ROOT).equals(want.get(k));
                }
                if (match) {
                    String code = country == null ? null : sector == null ? country : country + sector;
                    out.add(new ActorMention(name, text.substring(t.get(i).begin(), t.get(i + want.size() - 1).end()),
                            country, sector, code, s.index(), i, i + want.size(), kind));
                }
            }
        }
        return out;
    }

    private static final QuotationFinder FINDER = new QuotationFinder();
    private static final Speakers SPEAKERS = new Speakers();

    /** The quotes of an article with their speakers, as the quotes and actors stages compose them. */
    static List<Quote> attribute(AnnotatedArticle a, List<ActorMention> mentions) {
        return SPEAKERS.attribute(a, FINDER.find(a), mentions);
    }

    /** The same, with the people the actors stage named beside its mentions. */
    static List<Quote> attribute(AnnotatedArticle a, ResolvedActors actors) {
        return SPEAKERS.attribute(a, FINDER.find(a), actors);
    }

    /** The one quote whose text starts with {@code start}. */
    static Quote starting(List<Quote> quotes, String start) {
        return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting '" + start + "' in " + quotes));
    }
}
