package org.dyad.quotes;

import org.dyad.article.Dependency;
import org.dyad.article.Token;

/**
 * Finds the words that name a quote's speaker, from the words around the quote.
 *
 * <p>Order of trust: a verb of saying right before the quote ("Healey said: “"), then an attribution
 * right after it ("“...,” said Barrot", "“...,” the article says"), then the nearest verb of saying
 * earlier in the same sentence ("the diplomat said that ... would “have to go for it”", "what Lammy
 * called “...”"), then a sentence ending in "said:" just before a quote that opens its sentence. The
 * speaker is the noun phrase that is the verb's subject, read on the surface (capitals, determiners,
 * possessives, "of", "and"); part-of-speech tags are used only where given. Stateless.
 */
final class CueFinder {

    /** The speaker words for the quote, or null when no rule fires. */
    Cue find(ArticleView v, QuoteSpan q) {
        int s1 = v.sentenceAt(q.markBegin());
        int m = v.firstTokenFrom(s1, q.markBegin());
        int s2 = v.sentenceAt(Math.max(q.markBegin(), q.markEnd() - 1));
        Cue before = before(v, s1, m, true);
        if (before != null) return before;
        Cue after = after(v, q, s2, v.firstTokenFrom(s2, q.markEnd()));
        if (after != null) return after;
        Cue earlier = before(v, s1, m, false);
        if (earlier != null) return earlier;
        Cue according = according(v, s1, 0, m);
        if (according != null) return according;
        if (m == 0 || allMarks(v, s1, m)) return intro(v, s1);
        return null;
    }

    /**
     * A reporting outlet named in sentence s ("Le Monde reports this", "according to Le Monde"):
     * the subject of a reporting verb outside quotes, or null.
     */
    Cue reporter(ArticleView v, int s) {
        for (int t = 0; t < v.size(s); t++) {
            if (v.quoted(s, t) || !Lexicon.REPORT.contains(v.lower(s, t)) || !verbal(v, s, t)) continue;
            int[] np = left(v, s, t);
            if (np != null) return new Cue(s, np[0], np[1], Cue.How.EARLIER);
        }
        return according(v, s, 0, v.size(s));
    }

    /** A verb of saying before the quote mark at token m; adjacent = only punctuation, "that" or a short object between. */
    private Cue before(ArticleView v, int s, int m, boolean adjacent) {
        int t = m - 1;
        while (t >= 0 && v.isMark(s, t) && !v.quoted(s, t)) t--;
        if (adjacent) {
            int lowest = Math.max(0, t - 4);
            String last = t >= 0 ? v.lower(s, t) : "";
            boolean joint = last.equals(":") || last.equals(",") || last.equals("that") || t >= 0 && isSay(v, s, t);
            if (!joint) return null;
            for (int k = t; k >= lowest; k--) {
                if (v.quoted(s, k)) break;
                if (isSay(v, s, k)) {
                    int[] np = subject(v, s, k);
                    return np == null ? null : new Cue(s, np[0], np[1], Cue.How.BEFORE);
                }
            }
            // a headline "Macron: “...”" names the speaker with a colon alone
            if (last.equals(":") && t > 0) {
                int[] np = left(v, s, t);
                if (np != null && np[0] == 0) return new Cue(s, np[0], np[1], Cue.How.BEFORE);
            }
            return null;
        }
        for (int k = t; k >= 0; k--) {
            if (v.quoted(s, k) || !isSay(v, s, k)) continue;
            String w = v.lower(s, k);
            if (w.startsWith("call") && !calledTheQuote(v, s, k, m)) continue;
            String pos = v.token(s, k).pos();
            // "a cell called “...”" is a participle with no speaker; "X called the move “...”" is not
            if (pos != null && (pos.equals("VBN") || pos.equals("VBG")) && m - k > 2 && !w.startsWith("say")) continue;
            int[] np = subject(v, s, k);
            if (np != null) return new Cue(s, np[0], np[1], Cue.How.EARLIER);
            // no subject ("They criticised ... and accused ..."): the earlier verb's subject speaks
        }
        return null;
    }

    /** "called" counts as "what X called “...”", "called (it) “...”", "called for “...”", not "called off". */
    private static boolean calledTheQuote(ArticleView v, int s, int k, int m) {
        if (m - k <= 2) return true;
        int next = k + 1 < v.size(s) ? k + 1 : k;
        String after = v.lower(s, next);
        return !after.equals("off") && !after.equals("up");
    }

    /** Attribution after the closing mark: "said X", "X said", "according to X". */
    private Cue after(ArticleView v, QuoteSpan q, int s, int a) {
        while (a < v.size(s) && (v.isMark(s, a) || punct(v.raw(s, a)))) a++;
        boolean moved = false;
        if (a >= v.size(s)) {
            // the closing mark ended its sentence: "Lammy said." may follow as a sentence of its own
            if (s + 1 >= v.sentences.size() || v.sentences.get(s + 1).paragraph() != v.sentences.get(s).paragraph()) {
                return null;
            }
            s = s + 1;
            a = 0;
            moved = true;
            if (v.size(s) == 0) return null;
        }
        // "“... peace.” Experts say ..." may be a new sentence: then only "X said." with little after counts
        boolean newSentence = moved || endsSentence(q) && Character.isUpperCase(v.raw(s, a).codePointAt(0));
        if (a + 2 < v.size(s) && (v.lower(s, a).equals("is") || v.lower(s, a).equals("was"))
                && v.lower(s, a + 1).equals("what")) {
            a += 2; // "“...” is what Nino Galissa recounts"
        }
        if (!newSentence && isSay(v, s, a) && Lexicon.INVERTED.contains(v.lower(s, a))) {
            int[] np = right(v, s, a + 1);
            return np == null ? null : new Cue(s, np[0], np[1], Cue.How.AFTER);
        }
        Cue acc = newSentence ? null : according(v, s, a, Math.min(v.size(s), a + 3));
        if (acc != null) return acc;
        for (int j = a + 1; j < Math.min(v.size(s), a + 20); j++) {
            if (v.quoted(s, j)) break;
            // "the authors of the article note." - taggers read a clause-final "note"/"says" as a noun
            boolean clauseEnd = j + 1 >= v.size(s) || punct(v.raw(s, j + 1));
            if (isSay(v, s, j) || clauseEnd && !v.quoted(s, j) && Lexicon.SAY.contains(v.lower(s, j))) {
                int[] np = left(v, s, j);
                if (np != null && np[0] == a && (!newSentence || sentenceRest(v, s, j + 1) <= 6)) {
                    return new Cue(s, np[0], np[1], Cue.How.AFTER);
                }
                break;
            }
        }
        return null;
    }

    /** "according to X" with the "according" in [from, to). */
    private Cue according(ArticleView v, int s, int from, int to) {
        for (int t = from; t + 1 < to; t++) {
            if (!v.quoted(s, t) && v.lower(s, t).equals("according") && v.lower(s, t + 1).equals("to")) {
                int[] np = right(v, s, t + 2);
                if (np != null) return new Cue(s, np[0], np[1], Cue.How.AFTER);
            }
        }
        return null;
    }

    /**
     * The sentence just before a quote that opens its sentence: "X said:" ending it, or the last verb
     * of saying in it ("Jones said the plan would fail." then a quote: Jones is still speaking).
     */
    private Cue intro(ArticleView v, int s) {
        int p = s - 1;
        while (p >= 0 && allMarks(v, p, v.size(p))) p--;
        if (p < 0) return null;
        int last = v.size(p) - 1;
        Cue c = null;
        if (v.raw(p, last).equals(":")) {
            c = before(v, p, last + 1, true);
        } else {
            c = before(v, p, v.size(p), false);
        }
        return c == null ? null : new Cue(c.sentence(), c.tokenBegin(), c.tokenEnd(), Cue.How.INTRO);
    }

    /**
     * The subject of the verb of saying at k: the noun phrase before it, or for a participle after a
     * comma ("Lammy echoed this, saying, “...”") the noun phrase that opens the sentence.
     */
    static int[] subject(ArticleView v, int s, int k) {
        int[] np = left(v, s, k);
        if (np == null) np = parsedSubject(v, s, k);
        if (np != null || !v.lower(s, k).endsWith("ing") || k == 0 || !v.raw(s, k - 1).equals(",")) return np;
        int[] first = right(v, s, 0);
        if (first == null) return null;
        boolean pronoun = first[1] - first[0] == 1 && Lexicon.PRONOUNS.contains(v.lower(s, first[0]));
        return pronoun || SpeakerResolver.hasProperName(v, s, first[0], first[1]) ? first : null;
    }

    /** The nominal subject the dependency parse gives the verb at k, as a noun phrase; or null. */
    private static int[] parsedSubject(ArticleView v, int s, int k) {
        for (Dependency d : v.sentences.get(s).dependencies()) {
            if (d.governor() != k || !d.relation().startsWith("nsubj") || d.relation().startsWith("nsubj:pass")) continue;
            int t = d.dependent();
            if (t < 0 || t >= v.size(s) || t >= k || v.quoted(s, t)) return null;
            int[] np = left(v, s, t + 1);
            if (np != null && np[1] == t + 1) return np;
            return npWord(v, s, t) || Lexicon.PRONOUNS.contains(v.lower(s, t)) ? new int[] {t, t + 1} : null;
        }
        return null;
    }

    /** The subject noun phrase ending just left of token k (skipping auxiliaries and adverbs), or null. */
    static int[] left(ArticleView v, int s, int k) {
        int t = k - 1;
        while (t >= 0 && !v.quoted(s, t) && skippable(v.lower(s, t))) t--;
        // "President Joe Biden on Monday warned": step over a time adjunct between subject and verb
        int u = t;
        while (u >= 0 && !v.quoted(s, u) && (Lexicon.TIME.contains(v.lower(s, u)) || v.lower(s, u).matches("\\d+"))) u--;
        if (u < t && u >= 0 && Lexicon.TIME_PREP.contains(v.lower(s, u))) {
            t = u - 1;
            while (t >= 0 && !v.quoted(s, t) && skippable(v.lower(s, t))) t--;
        }
        if (t >= 0 && v.lower(s, t).equals("who")) {
            t--;
            if (t >= 0 && v.raw(s, t).equals(",")) t--;
        }
        String sep = t > 0 ? v.raw(s, t) : "";
        if (sep.equals(",") || sep.equals("—") || sep.equals("–")) {
            // "Catherine Russell, UNICEF's executive director, said": the name before the appositive
            for (int c = t - 1; c > 0 && c >= t - 25; c--) {
                if (v.quoted(s, c) || v.isMark(s, c)) break;
                if (v.raw(s, c).equals(sep)) {
                    int[] name = left(v, s, c);
                    return name != null && SpeakerResolver.hasProperName(v, s, name[0], name[1]) ? name : null;
                }
            }
            return null;
        }
        int e = t + 1;
        int b = e;
        while (t >= 0 && !v.quoted(s, t) && !v.isMark(s, t)) {
            String w = v.lower(s, t);
            if (Lexicon.PRONOUNS.contains(w)) {
                if (b == e) b = t;
                break;
            }
            if (Lexicon.DETS.contains(w)) {
                if (b == e) break;
                b = t;
                if (t >= 2 && (v.lower(s, t - 1).equals("of") || v.lower(s, t - 1).equals("and")
                        || v.lower(s, t - 1).equals("from"))
                        && npWord(v, s, t - 2)) {
                    t -= 2;
                    b = t;
                    t--;
                    continue;
                }
                break;
            }
            boolean place = (w.equals("in") || w.equals("at")) && t + 1 < v.size(s)
                    && Character.isUpperCase(v.raw(s, t + 1).codePointAt(0));
            if (w.equals("of") || w.equals("and") || w.equals("&") || w.equals("from") || place) {
                if (b == e || t == 0 || !(npWord(v, s, t - 1) || Lexicon.DETS.contains(v.lower(s, t - 1)))) break;
                t--;
                continue;
            }
            if (!npWord(v, s, t)) break;
            b = t;
            t--;
        }
        return b < e ? new int[] {b, e} : null;
    }

    /** The noun phrase starting at token a ("Barrot", "the spokesman", "Le Monde"), or null. */
    static int[] right(ArticleView v, int s, int a) {
        int t = a;
        if (t < v.size(s) && Lexicon.PRONOUNS.contains(v.lower(s, t))) return new int[] {t, t + 1};
        if (t < v.size(s) && Lexicon.DETS.contains(v.lower(s, t))) t++;
        int e = a;
        while (t < v.size(s) && !v.quoted(s, t)) {
            String w = v.lower(s, t);
            if ((w.equals("of") || w.equals("and") || Lexicon.DETS.contains(w)) && e > a) {
                t++;
                continue;
            }
            if (!npWord(v, s, t) || isSay(v, s, t)) break;
            String raw = v.raw(s, t);
            // untagged text: a name is not followed by a common word ("David Lammy echoed")
            if (e > a + 1 && untagged(v, s, t) && Character.isLowerCase(raw.codePointAt(0))
                    && Character.isUpperCase(v.raw(s, e - 1).codePointAt(0))
                    && Character.isUpperCase(v.raw(s, e - 2).codePointAt(0))) {
                break;
            }
            t++;
            e = t;
        }
        return e > a ? new int[] {a, e} : null;
    }

    private static boolean skippable(String w) {
        return Lexicon.SKIP.contains(w) || w.length() > 4 && w.endsWith("ly");
    }

    /** A word that can sit inside a speaker's noun phrase. */
    static boolean npWord(ArticleView v, int s, int t) {
        String raw = v.raw(s, t);
        String w = raw.toLowerCase(java.util.Locale.ROOT);
        if (raw.isEmpty() || v.quoted(s, t) || v.isMark(s, t)) return false;
        if (w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’") || w.equals("-")) return true;
        if (!Character.isLetterOrDigit(raw.codePointAt(0))) return false;
        boolean initial = t == 0 || punct(v.raw(s, t - 1));
        if (Character.isUpperCase(raw.codePointAt(0))) return !(initial && Lexicon.STOP.contains(w));
        if (Character.isDigit(raw.codePointAt(0))) return true;
        if (Lexicon.STOP.contains(w)) return false;
        if (!untagged(v, s, t)) {
            String pos = v.token(s, t).pos();
            return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD");
        }
        if (Lexicon.SAY.contains(w)) {
            // untagged "report", "statement"-like nouns: nominal after a determiner, a name or a possessive
            if (t == 0) return false;
            String before = v.raw(s, t - 1);
            return Lexicon.DETS.contains(before.toLowerCase(java.util.Locale.ROOT))
                    || Character.isUpperCase(before.codePointAt(0)) || before.equals("'s") || before.equals("’s");
        }
        return !(w.length() > 4 && w.endsWith("ly"));
    }

    /** A verb of saying used as a verb (tag VB* when tags are given). */
    static boolean isSay(ArticleView v, int s, int t) {
        if (v.quoted(s, t) || !Lexicon.SAY.contains(v.lower(s, t))) return false;
        return verbal(v, s, t);
    }

    private static boolean untagged(ArticleView v, int s, int t) {
        String pos = v.token(s, t).pos();
        return pos == null || pos.isBlank() || pos.equals("X");
    }

    private static boolean verbal(ArticleView v, int s, int t) {
        Token k = v.token(s, t);
        String pos = k.pos();
        return pos == null || pos.isBlank() || pos.equals("X") || pos.startsWith("VB");
    }

    private static boolean endsSentence(QuoteSpan q) {
        String t = q.text().strip();
        return !t.isEmpty() && ".!?…".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Tokens from a to the end of the sentence, punctuation not counted. */
    private static int sentenceRest(ArticleView v, int s, int a) {
        int n = 0;
        for (int t = a; t < v.size(s); t++) if (!punct(v.raw(s, t))) n++;
        return n;
    }

    private static boolean allMarks(ArticleView v, int s, int m) {
        for (int t = 0; t < m; t++) if (!v.isMark(s, t)) return false;
        return true;
    }

    static boolean punct(String raw) {
        return !raw.isEmpty() && !Character.isLetterOrDigit(raw.codePointAt(0)) && !raw.equals("'s") && !raw.equals("’s");
    }
}
