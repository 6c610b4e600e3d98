package org.dyad.quotes;

import org.dyad.knowledge.SpeechWords;

import java.util.Locale;

import org.dyad.article.Dependency;
import org.dyad.article.Token;

/**
 * Speaker noun phrases read off the surface of a sentence: the subject before a verb of saying
 * ("Defence Secretary John Healey said", "the writers of the essay note", "Ana Ruiz,
 * the agency's deputy head, told"), the phrase after one ("said Barrot, the minister"). Capitals,
 * determiners, possessives and "of"/"and" carry the phrase; part-of-speech tags narrow it where given
 * and the dependency parse's subject is the fallback. Tokens inside quotes never belong to a phrase.
 */
final class NounPhrases {
    private NounPhrases() {
    }

    /**
     * The subject of the verb of saying at k: the noun phrase before it, or for a participle after a
     * comma ("Lammy echoed this, saying, “...”") the noun phrase that opens the sentence.
     */
    static int[] subject(ArticleView v, int s, int k) {
        int[] np = left(v, s, k);
        int[] parsed = parsedSubject(v, s, k);
        // "NAME, a long title in the Bureau of X, with charge of Y, said": the surface reading stops at the
        // last comma and finds the bureau; the parse's subject, a person, is the speaker
        if (np == null || parsed != null && parsed[0] < np[0] && person(v, s, parsed) && !person(v, s, np)) np = parsed;
        if (np != null || !v.lower(s, k).endsWith("ing") || k == 0 || !v.raw(s, k - 1).equals(",")) return np;
        int[] first = right(v, s, 0);
        if (first == null) return null;
        boolean pronoun = first[1] - first[0] == 1 && SpeechWords.PRONOUNS.contains(v.lower(s, first[0]));
        return pronoun || hasProperName(v, s, first[0], first[1]) ? first : null;
    }
    /** Some word of the phrase is tagged PERSON by NER. */
    private static boolean person(ArticleView v, int s, int[] np) {
        for (int t = np[0]; t < np[1]; t++) if ("PERSON".equals(v.token(s, t).ner())) return true;
        return false;
    }

    /** The subject of the sentence's root, as a noun phrase, when it names someone (a capital or a pronoun); or null. */
    static int[] rootSubject(ArticleView v, int s) {
        for (Dependency d : v.sentences.get(s).dependencies()) {
            if (d.governor() >= 0 || !"root".equals(d.relation())) continue;
            int[] np = parsedSubject(v, s, d.dependent());
            if (np == null) return null;
            boolean pronoun = np[1] - np[0] == 1 && SpeechWords.PRONOUNS.contains(v.lower(s, np[0]));
            return pronoun || hasProperName(v, s, np[0], np[1]) ? np : null;
        }
        return null;
    }

    /** The nominal subject the dependency parse gives the verb at k, as a noun phrase; or null. */
    static int[] parsedSubject(ArticleView v, int s, int k) {
        for (Dependency d : v.sentences.get(s).dependencies()) {
            if (d.governor() != k || !d.relation().startsWith("nsubj") || d.relation().startsWith("nsubj:pass")) continue;
            int t = d.dependent();
            if (t < 0 || t >= v.size(s) || t >= k || v.quoted(s, t)) return null;
            int[] np = left(v, s, t + 1);
            if (np != null && np[1] == t + 1) return np;
            return npWord(v, s, t) || SpeechWords.PRONOUNS.contains(v.lower(s, t)) ? new int[] {t, t + 1} : null;
        }
        return null;
    }
    /** The subject noun phrase ending just left of token k (skipping auxiliaries and adverbs), or null. */
    static int[] left(ArticleView v, int s, int k) {
        int t = k - 1;
        while (t >= 0 && !v.quoted(s, t) && skippable(v.lower(s, t))) t--;
        // "President Joe Biden on Monday warned": step over a time adjunct between subject and verb
        int u = t;
        while (u >= 0 && !v.quoted(s, u) && (SpeechWords.TIME.contains(v.lower(s, u)) || v.lower(s, u).matches("\\d+"))) u--;
        if (u < t && u >= 0 && SpeechWords.TIME_PREP.contains(v.lower(s, u))) {
            t = u - 1;
            while (t >= 0 && !v.quoted(s, t) && skippable(v.lower(s, t))) t--;
        }
        if (t >= 0 && v.lower(s, t).equals("who")) {
            t--;
            if (t >= 0 && v.raw(s, t).equals(",")) t--;
        }
        String sep = t > 0 ? v.raw(s, t) : "";
        if (sep.equals(",") || sep.equals("—") || sep.equals("–")) {
            // "Ana Ruiz, the agency's deputy head, said": the name before the appositive
            for (int c = t - 1; c > 0 && c >= t - 25; c--) {
                if (v.quoted(s, c) || v.isMark(s, c)) break;
                if (v.raw(s, c).equals(sep)) {
                    int[] name = left(v, s, c);
                    if (allCapitalised(v, s, c + 1, t) && t - c - 1 <= 4 && (name == null || hasLowerCase(v, s, name))) {
                        return new int[] {c + 1, t}; // "One of the study's editors, Ana Ruiz, told"
                    }
                    return name != null && hasProperName(v, s, name[0], name[1]) ? name : null;
                }
            }
            return null;
        }
        int e = t + 1;
        int b = e;
        while (t >= 0 && !v.quoted(s, t) && !v.isMark(s, t)) {
            String w = v.lower(s, t);
            if (SpeechWords.PRONOUNS.contains(w)) {
                if (b == e) b = t;
                break;
            }
            if (SpeechWords.DETS.contains(w)) {
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
            // "the envoy in Kabul", "Resident Coordinator for Myanmar": a title's place or remit, capitalised
            boolean place = (w.equals("in") || w.equals("at") || w.equals("for")) && t + 1 < v.size(s)
                    && Character.isUpperCase(v.raw(s, t + 1).codePointAt(0));
            if (w.equals("of") || w.equals("and") || w.equals("&") || w.equals("from") || place) {
                if (b == e || t == 0 || !(npWord(v, s, t - 1) || SpeechWords.DETS.contains(v.lower(s, t - 1)))) break;
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
        if (t < v.size(s) && SpeechWords.PRONOUNS.contains(v.lower(s, t))) return new int[] {t, t + 1};
        if (t < v.size(s) && SpeechWords.DETS.contains(v.lower(s, t))) t++;
        int e = a;
        while (t < v.size(s) && !v.quoted(s, t)) {
            String w = v.lower(s, t);
            if ((w.equals("of") || w.equals("and") || SpeechWords.DETS.contains(w)) && e > a) {
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
    static boolean skippable(String w) {
        return SpeechWords.SKIP.contains(w) || w.length() > 4 && w.endsWith("ly");
    }
    /** A word that can sit inside a speaker's noun phrase. */
    static boolean npWord(ArticleView v, int s, int t) {
        String raw = v.raw(s, t);
        String w = raw.toLowerCase(Locale.ROOT);
        if (raw.isEmpty() || v.quoted(s, t) || v.isMark(s, t)) return false;
        if (w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’") || w.equals("-")) return true;
        if (!Character.isLetterOrDigit(raw.codePointAt(0))) return false;
        boolean initial = t == 0 || punct(v.raw(s, t - 1));
        if (Character.isUpperCase(raw.codePointAt(0))) return !(initial && SpeechWords.STOP.contains(w));
        if (Character.isDigit(raw.codePointAt(0))) return true;
        if (SpeechWords.STOP.contains(w)) return false;
        if (!untagged(v, s, t)) {
            String pos = v.token(s, t).pos();
            return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD");
        }
        if (SpeechWords.SAY.contains(w)) {
            // untagged "report", "statement"-like nouns: nominal after a determiner, a name or a possessive
            if (t == 0) return false;
            String before = v.raw(s, t - 1);
            return SpeechWords.DETS.contains(before.toLowerCase(Locale.ROOT))
                    || Character.isUpperCase(before.codePointAt(0)) || before.equals("'s") || before.equals("’s");
        }
        return !(w.length() > 4 && w.endsWith("ly"));
    }
    /** A verb of saying used as a verb (tag VB* when tags are given). */
    static boolean isSay(ArticleView v, int s, int t) {
        if (v.quoted(s, t) || !SpeechWords.SAY.contains(v.lower(s, t))) return false;
        return verbal(v, s, t);
    }
    static boolean untagged(ArticleView v, int s, int t) {
        String pos = v.token(s, t).pos();
        return pos == null || pos.isBlank() || pos.equals("X");
    }
    static boolean verbal(ArticleView v, int s, int t) {
        Token k = v.token(s, t);
        String pos = k.pos();
        return pos == null || pos.isBlank() || pos.equals("X") || pos.startsWith("VB");
    }
    /** A capitalised word other than a leading determiner ("The"): the phrase names someone. */
    static boolean hasProperName(ArticleView v, int s, int b, int e) {
        for (int t = b; t < e; t++) {
            String raw = v.raw(s, t);
            if (t == b && SpeechWords.DETS.contains(raw.toLowerCase(java.util.Locale.ROOT))) continue;
            if (SpeechWords.capitalised(raw)) return true;
        }
        return false;
    }

    static boolean punct(String raw) {
        return !raw.isEmpty() && !Character.isLetterOrDigit(raw.codePointAt(0)) && !raw.equals("'s") && !raw.equals("’s");
    }

    private static boolean allCapitalised(ArticleView v, int s, int b, int e) {
        if (b >= e) return false;
        for (int t = b; t < e; t++) {
            if (v.quoted(s, t) || !Character.isUpperCase(v.raw(s, t).codePointAt(0))) return false;
        }
        return true;
    }

    private static boolean hasLowerCase(ArticleView v, int s, int[] np) {
        for (int t = np[0]; t < np[1]; t++) {
            if (Character.isLowerCase(v.raw(s, t).codePointAt(0))) return true;
        }
        return false;
    }
}
