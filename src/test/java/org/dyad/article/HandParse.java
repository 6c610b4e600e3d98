package org.dyad.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tiny test kit: sentences with tokens, tags, lemmas and dependencies written by hand, in the
 * CoNLL habit of 1-based token numbers (0 = root).
 *
 * <pre>
 * HandParse.sentence("Macron met/meet Lammy .", "NNP VBD NNP .", "nsubj 2 1; root 0 2; obj 2 3; punct 2 4")
 * </pre>
 * A word may carry its lemma after a slash ({@code met/meet}); otherwise the lemma is the word in
 * lower case. Relations may be basic ({@code obl} with a {@code case} child) or enhanced
 * ({@code obl:with}).
 */
public final class HandParse {

    private HandParse() {
    }

    public static Sentence sentence(String words, String tags, String deps) {
        return sentence(0, words, tags, deps);
    }

    public static Sentence sentence(int index, String words, String tags, String deps) {
        String[] ws = words.trim().split("\\s+");
        String[] ts = tags.trim().split("\\s+");
        if (ws.length != ts.length) throw new IllegalArgumentException(ws.length + " words but " + ts.length + " tags");
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ws.length; i++) {
            String w = ws[i], lemma;
            int slash = w.indexOf('/');
            if (slash > 0) {
                lemma = w.substring(slash + 1);
                w = w.substring(0, slash);
            } else {
                lemma = w.toLowerCase(Locale.ROOT);
            }
            if (text.length() > 0) text.append(' ');
            int begin = text.length();
            text.append(w);
            tokens.add(new Token(i, w, lemma, ts[i], "O", null, begin, text.length()));
        }
        List<Dependency> ds = new ArrayList<>();
        for (String d : deps.split(";")) {
            String[] f = d.trim().split("\\s+");
            if (f.length != 3) throw new IllegalArgumentException("want 'rel gov dep': " + d);
            int gov = Integer.parseInt(f[1]) - 1, dep = Integer.parseInt(f[2]) - 1;
            if (gov >= ws.length || dep < 0 || dep >= ws.length) throw new IllegalArgumentException("token out of range: " + d);
            ds.add(new Dependency(f[0], gov, dep));
        }
        return new Sentence(index, 0, text.toString(), 0, text.length(), tokens, null, ds, List.of(), List.of());
    }

    /** A hand-parsed scenario file: one sentence, its actor mentions and its expectation lines. */
    public record Scenario(String name, Sentence sentence, List<ActorMention> actors, List<String> expectations) {
    }

    /**
     * Reads a scenario in a CoNLL-like layout, one token per line:
     * {@code id word lemma tag head relation actor [ner]}, where head 0 is the root and actor is {@code _}
     * or a country code with an optional sector ({@code GBR}, {@code GBR/GOV}); neighbouring tokens
     * with the same actor form one mention, {@code GBR+FRA} puts two mentions on one span (a
     * resolved "they"). Lines {@code # expect: ...} are collected; {@code # time: text first last}
     * adds a time expression; other {@code #} lines are comments.
     */
    public static Scenario scenario(String name, List<String> lines) {
        StringBuilder words = new StringBuilder(), tags = new StringBuilder(), deps = new StringBuilder();
        List<String> actorTags = new ArrayList<>(), expect = new ArrayList<>(), times = new ArrayList<>(), ners = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            if (line.startsWith("# expect:")) expect.add(line.substring(9).strip());
            else if (line.startsWith("# time:")) times.add(line.substring(7).strip());
            if (line.startsWith("#")) continue;
            String[] f = line.split("\\s+");
            if (f.length != 7 && f.length != 8) throw new IllegalArgumentException(name + ": want 7 or 8 columns: " + line);
            ners.add(f.length == 8 ? f[7] : "O");
            words.append(f[1]).append('/').append(f[2]).append(' ');
            tags.append(f[3]).append(' ');
            deps.append(f[5]).append(' ').append(f[4]).append(' ').append(f[0]).append(';');
            actorTags.add(f[6]);
        }
        Sentence s = sentence(words.toString(), tags.toString(), deps.substring(0, deps.length() - 1));
        List<Token> tokens = new ArrayList<>();
        for (Token t : s.tokens()) tokens.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), ners.get(t.index()), null, t.begin(), t.end()));
        s = new Sentence(s.index(), s.paragraph(), s.text(), s.begin(), s.end(), tokens, null, s.dependencies(), s.entities(), s.times());
        for (String t : times) {
            String[] f = t.split("\\s+");
            s = withTime(s, String.join(" ", java.util.Arrays.asList(f).subList(0, f.length - 2)),
                    Integer.parseInt(f[f.length - 2]), Integer.parseInt(f[f.length - 1]));
        }
        List<ActorMention> actors = new ArrayList<>();
        for (int i = 0; i < actorTags.size(); ) {
            String tag = actorTags.get(i);
            int j = i + 1;
            while (j < actorTags.size() && actorTags.get(j).equals(tag)) j++;
            if (!tag.equals("_")) {
                for (String one : tag.split("\\+")) {
                    // "PER/COP@org": a group (police, a court), not a person
                    boolean group = one.endsWith("@org");
                    String[] cs = (group ? one.substring(0, one.length() - 4) : one).split("/");
                    ActorMention m = actor(s, i + 1, j, cs[0], cs.length > 1 ? cs[1] : null);
                    actors.add(group ? new ActorMention(m.name(), m.text(), m.country(), m.sector(), m.code(), m.sentence(),
                            m.tokenBegin(), m.tokenEnd(), ActorKind.ORGANIZATION) : m);
                }
            }
            i = j;
        }
        return new Scenario(name, s, actors, expect);
    }

    /** The sentence with one time expression over 1-based tokens {@code first..last}. */
    public static Sentence withTime(Sentence s, String text, int first, int last) {
        List<TimeExpression> times = new ArrayList<>(s.times());
        times.add(new TimeExpression(text, "DATE", null, first - 1, last));
        return new Sentence(s.index(), s.paragraph(), s.text(), s.begin(), s.end(), s.tokens(), s.parse(),
                s.dependencies(), s.entities(), times);
    }

    /** The sentence with the 1-based token {@code i} given a named-entity tag. */
    public static Sentence withNer(Sentence s, int i, String ner) {
        List<Token> tokens = new ArrayList<>(s.tokens());
        Token t = tokens.get(i - 1);
        tokens.set(i - 1, new Token(t.index(), t.word(), t.lemma(), t.pos(), ner, t.normalized(), t.begin(), t.end()));
        return new Sentence(s.index(), s.paragraph(), s.text(), s.begin(), s.end(), tokens, s.parse(),
                s.dependencies(), s.entities(), s.times());
    }

    /** An actor mention over 1-based tokens {@code first..last} of a sentence. */
    public static ActorMention actor(Sentence s, int first, int last, String country, String sector) {
        String text = String.join(" ", s.tokens().subList(first - 1, last).stream().map(Token::word).toList());
        String code = country + (sector == null ? "" : sector);
        return new ActorMention(text, text, country, sector, code, s.index(), first - 1, last,
                sector == null ? ActorKind.STATE : ActorKind.PERSON);
    }

    public static AnnotatedArticle article(String id, Sentence... sentences) {
        StringBuilder text = new StringBuilder();
        for (Sentence s : sentences) text.append(s.text()).append('\n');
        CleanArticle clean = new CleanArticle(id, id + ".txt", null, "en", null, null, null, null, text.toString(), List.of());
        return new AnnotatedArticle(clean, List.of(sentences));
    }
}
