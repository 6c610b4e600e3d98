package org.dyad.quotes;

import org.dyad.knowledge.SpeechWords;

/**
 * Finds the words that name a quote's speaker, from the words around the quote.
 *
 * <p>Order of trust: a verb of saying right before the quote ("Healey said: “"), then an attribution
 * right after it ("“...,” said Barrot", "“...,” the article says"), then the nearest verb of saying
 * earlier in the same sentence ("the diplomat said that ... would “need to try anyway”", "what Lammy
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
        if (before != null && !bareVerbBefore(v, s1, m)) return before;
        Cue after = after(v, q, s2, v.firstTokenFrom(s2, q.markEnd()));
        if (after != null) return after;
        if (before != null) return before;
        Cue earlier = before(v, s1, m, false);
        if (earlier != null) return earlier;
        Cue according = according(v, s1, 0, m);
        if (according != null) return according;
        if (opensSentence(v, s1, m)) return intro(v, s1);
        return null;
    }

    /**
     * A reporting outlet named in sentence s ("Le Monde reports this", "according to Le Monde"):
     * the subject of a reporting verb outside quotes, or null.
     */
    Cue reporter(ArticleView v, int s) {
        for (int t = 0; t < v.size(s); t++) {
            if (v.quoted(s, t) || !SpeechWords.REPORT.contains(v.lower(s, t)) || !NounPhrases.verbal(v, s, t)) continue;
            int[] np = NounPhrases.left(v, s, t);
            if (np != null) return new Cue(s, np[0], np[1], Cue.How.EARLIER);
        }
        return according(v, s, 0, v.size(s));
    }

    /**
     * The quote mark at token m follows a verb of saying with no colon, comma or "that" between: "X said
     * “...”" is rare, so a crosshead run into the text ("Resistance continues “...”") is as likely; a cue
     * after the quote then names the speaker.
     */
    private static boolean bareVerbBefore(ArticleView v, int s, int m) {
        int t = m - 1;
        while (t >= 0 && v.isMark(s, t) && !v.quoted(s, t)) t--;
        return t >= 0 && NounPhrases.isSay(v, s, t);
    }

    /** A verb of saying before the quote mark at token m; adjacent = only punctuation, "that" or a short object between. */
    private Cue before(ArticleView v, int s, int m, boolean adjacent) {
        int t = m - 1;
        while (t >= 0 && v.isMark(s, t) && !v.quoted(s, t)) t--;
        if (adjacent) {
            int lowest = Math.max(0, t - 4);
            String last = t >= 0 ? v.lower(s, t) : "";
            boolean joint = last.equals(":") || last.equals(",") || last.equals("that") || t >= 0 && NounPhrases.isSay(v, s, t);
            if (!joint) return null;
            for (int k = t; k >= lowest; k--) {
                if (v.quoted(s, k)) break;
                if (NounPhrases.isSay(v, s, k)) {
                    int[] np = NounPhrases.subject(v, s, k);
                    return np == null ? null : new Cue(s, np[0], np[1], Cue.How.BEFORE);
                }
            }
            // a headline "Macron: “...”" names the speaker with a colon alone
            if (last.equals(":") && t > 0) {
                int[] np = NounPhrases.left(v, s, t);
                if (np != null && np[0] == 0) return new Cue(s, np[0], np[1], Cue.How.BEFORE);
            }
            return null;
        }
        for (int k = t; k >= 0; k--) {
            if (!v.quoted(s, k) && (sendsDocument(v, s, k, m) || takesAStance(v, s, k, m))) {
                // "X issued a joint statement calling for “...”": the document's issuer says what it says
                int[] np = NounPhrases.subject(v, s, k);
                if (np != null) return new Cue(s, np[0], np[1], Cue.How.EARLIER);
            }
            if (v.quoted(s, k) || !NounPhrases.isSay(v, s, k)) continue;
            String w = v.lower(s, k);
            if (w.startsWith("call") && !calledTheQuote(v, s, k, m)) continue;
            String pos = v.token(s, k).pos();
            // "a cell called “...”" is a participle with no speaker; "X called the move “...”" is not
            // (a verb the parse gives a subject is finite whatever its tag, and so is one right after an
            // appositive that follows the sentence's opening name: "Iran, an ally of X, called on ...")
            if (pos != null && (pos.equals("VBN") || pos.equals("VBG")) && m - k > 2 && !w.startsWith("say")
                    && NounPhrases.parsedSubject(v, s, k) == null && !afterOpeningAppositive(v, s, k)) continue;
            int[] np = NounPhrases.subject(v, s, k);
            if (np == null && k > 0 && v.quoted(s, k - 1) && SpeechWords.INVERTED.contains(w)) {
                np = NounPhrases.right(v, s, k + 1); // "“...,” said Khoshbo, but “...”"
            }
            if (np != null) return new Cue(s, np[0], np[1], Cue.How.EARLIER);
            // no subject ("They criticised ... and accused ..."): the earlier verb's subject speaks
        }
        return null;
    }

    /**
     * The finite verb at k (not a verb of saying) has a document as its object, within a determiner and two
     * modifiers ("sent a letter", "issued a joint statement"), before the quote mark at m.
     */
    private static boolean sendsDocument(ArticleView v, int s, int k, int m) {
        String pos = v.token(s, k).pos();
        if (pos == null || !(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) || NounPhrases.isSay(v, s, k)) return false;
        if (k + 1 >= m || !SpeechWords.DETS.contains(v.lower(s, k + 1))) return false;
        for (int j = k + 2; j < Math.min(m, k + 5); j++) {
            if (v.quoted(s, j)) return false;
            if (SpeechWords.DOCUMENTS.contains(v.lower(s, j))) return true;
        }
        return false;
    }

    /** "Doe sees the levy as a tax on “...”": a stance verb with "as" between it and the quote mark at m. */
    private static boolean takesAStance(ArticleView v, int s, int k, int m) {
        if (!SpeechWords.STANCE_AS.contains(v.lower(s, k)) || !NounPhrases.verbal(v, s, k)) return false;
        for (int j = k + 1; j < m; j++) {
            if (v.quoted(s, j)) return false;
            if (v.lower(s, j).equals("as")) return true;
        }
        return false;
    }

    /** The verb at k follows "NAME, appositive," where NAME opens the sentence. */
    private static boolean afterOpeningAppositive(ArticleView v, int s, int k) {
        if (k < 3 || !v.raw(s, k - 1).equals(",")) return false;
        int[] np = NounPhrases.left(v, s, k);
        return np != null && np[0] == 0 && NounPhrases.hasProperName(v, s, np[0], np[1]);
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
        while (a < v.size(s) && (v.isMark(s, a) || NounPhrases.punct(v.raw(s, a)))) a++;
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
        if (!newSentence && NounPhrases.isSay(v, s, a) && SpeechWords.INVERTED.contains(v.lower(s, a))) {
            int[] np = NounPhrases.right(v, s, a + 1);
            return np == null ? null : new Cue(s, np[0], np[1], Cue.How.AFTER);
        }
        Cue acc = newSentence ? null : according(v, s, a, Math.min(v.size(s), a + 3));
        if (acc != null) return acc;
        for (int j = a + 1; j < Math.min(v.size(s), a + 20); j++) {
            if (v.quoted(s, j)) break;
            // "the writers of the essay note." - taggers read a clause-final "note"/"says" as a noun
            boolean clauseEnd = j + 1 >= v.size(s) || NounPhrases.punct(v.raw(s, j + 1));
            if (NounPhrases.isSay(v, s, j) || clauseEnd && !v.quoted(s, j) && SpeechWords.SAY.contains(v.lower(s, j))) {
                int[] np = NounPhrases.left(v, s, j);
                if (np != null && np[0] == a && (!newSentence || sentenceRest(v, s, j + 1) <= 6 || goesOnAdding(v, s, j + 1))) {
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
                int[] np = NounPhrases.right(v, s, t + 2);
                if (np != null) np = author(v, s, np);
                if (np != null) return new Cue(s, np[0], np[1], Cue.How.AFTER);
            }
        }
        return null;
    }

    /**
     * "according to a report by X", "a study from X": the work's author, named after "by" or "from" right after
     * it, speaks; any other phrase is its own speaker.
     */
    private static int[] author(ArticleView v, int s, int[] np) {
        int e = np[1];
        if (!SpeechWords.WORKS.contains(v.lower(s, e - 1)) || e + 1 >= v.size(s)) return np;
        String by = v.lower(s, e);
        if (!by.equals("by") && !by.equals("from")) return np;
        int[] author = NounPhrases.right(v, s, e + 1);
        return author != null ? author : np;
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
            // "NAME, the party leader, issued the following statement:" names the speaker as its subject
            if (c == null) {
                int[] np = NounPhrases.rootSubject(v, p);
                if (np != null) c = new Cue(p, np[0], np[1], Cue.How.BEFORE);
            }
        } else {
            c = before(v, p, v.size(p), false);
        }
        return c == null ? null : new Cue(c.sentence(), c.tokenBegin(), c.tokenEnd(), Cue.How.INTRO);
    }










    private static boolean endsSentence(QuoteSpan q) {
        String t = q.text().strip();
        return !t.isEmpty() && ".!?…".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /**
     * "“...” Doe said, adding that ...": the sentence after the quote goes on with a participle of the same
     * speaker, so a long rest still leaves "Doe said" the quote's attribution, not a new statement.
     */
    private static boolean goesOnAdding(ArticleView v, int s, int a) {
        return a + 1 < v.size(s) && v.raw(s, a).equals(",") && v.lower(s, a + 1).endsWith("ing")
                && NounPhrases.isSay(v, s, a + 1);
    }

    /** Tokens from a to the end of the sentence, punctuation not counted. */
    private static int sentenceRest(ArticleView v, int s, int a) {
        int n = 0;
        for (int t = a; t < v.size(s); t++) if (!NounPhrases.punct(v.raw(s, t))) n++;
        return n;
    }

    /** Before token m of sentence s come only quote marks and connectives ("But “...”"). */
    static boolean opensSentence(ArticleView v, int s, int m) {
        for (int t = 0; t < m; t++) {
            if (!v.isMark(s, t) && !CONNECTIVES.contains(v.lower(s, t))) return false;
        }
        return true;
    }

    private static final java.util.Set<String> CONNECTIVES = java.util.Set.of("but", "and", "yet", "still",
            "however", "so", "also", "then", "now", "meanwhile", "instead", "indeed", "again", ",", "—", "–");

    private static boolean allMarks(ArticleView v, int s, int m) {
        for (int t = 0; t < m; t++) if (!v.isMark(s, t)) return false;
        return true;
    }

}
