package org.dyad.events.pattern;

import java.util.List;
import java.util.Set;
import org.dyad.dictionary.VerbDictionary;
import org.dyad.dictionary.VerbPattern;
import org.dyad.dictionary.VerbPattern.Element;

/**
 * Matches one verb pattern against the words before the verb ({@code upper}, nearest first)
 * and after it ({@code lower}, within the verb phrase). Elements joined by {@code _} must be
 * adjacent, except that PETRARCH's filler words (articles, some pronouns, auxiliaries "has",
 * "have", numbers) may sit between them; elements joined by a blank may have any words between.
 * {@code $}/{@code +} bind the noun phrase the match is in, or the next one; {@code %} binds a
 * compound; {@code ^} skips the rest of the current noun phrase, or the next one.
 */
final class VerbMatcher {

    /** Noun-phrase bindings made by a successful match; a compound binding names its id. */
    static final class Binding {
        NounPhrase source;
        NounPhrase target;
        int compound = -1;
        boolean sourceIsCompound;
        boolean targetIsCompound;
    }

    private static final Set<String> FILLER = Set.of("THE", "A", "AN", "IT", "HE", "THEY", "HER", "HAS", "HAD",
            "HAVE", "SOME", "FEW", "THAT", "HUNDRED", "THOUSAND", "MILLION", "BILLION", "TRILLION", "DOZEN", "ONE",
            "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "DOLLAR", "DUCAT");

    private final VerbDictionary dict;

    VerbMatcher(VerbDictionary dict) {
        this.dict = dict;
    }

    static boolean filler(String w) {
        if (FILLER.contains(w)) return true;
        if (w.isEmpty()) return false;
        for (int i = 0; i < w.length(); i++) if (!Character.isDigit(w.charAt(i))) return false;
        return true;
    }

    /** Returns the bindings, or null when the pattern does not match. */
    Binding match(VerbPattern p, List<Tok> upper, List<Tok> lower, boolean plurals) {
        Binding b = new Binding();
        if (!new Side(false, plurals).match(p.lower(), 0, lower, 0, b)) return null;
        if (!new Side(true, plurals).match(p.upper(), 0, upper, 0, b)) return null;
        return b;
    }

    /** One side of the pattern; {@code reversed} for the words before the verb (nearest first). */
    private final class Side {
        private final boolean reversed;
        private final boolean plurals;

        Side(boolean reversed, boolean plurals) {
            this.reversed = reversed;
            this.plurals = plurals;
        }

        private boolean wordMatches(String text, String patternWord) {
            if (text.equals(patternWord)) return true;
            if (!plurals || text.length() <= patternWord.length() || !text.startsWith(patternWord.substring(0, patternWord.length() - 1))) return false;
            return text.equals(patternWord + "S") || text.equals(patternWord + "ES")
                    || patternWord.endsWith("Y") && text.equals(patternWord.substring(0, patternWord.length() - 1) + "IES");
        }

        boolean match(List<Element> els, int k, List<Tok> toks, int p, Binding b) {
            if (k == els.size()) return true;
            Element e = els.get(k);
            int n = toks.size();
            switch (e.kind()) {
                case SOURCE, TARGET, COMPOUND, SKIP_PHRASE -> {
                    if (inside(toks, p)) {
                        if (tryPhrase(els, k, toks, p, b, true)) return true;
                        if (e.tight()) return false;
                    }
                    for (int q = p; q < n; q++) {
                        if (toks.get(q).phrase() != null && startsPhrase(toks, q) && tryPhrase(els, k, toks, q, b, false)) return true;
                        if (e.tight() && !filler(toks.get(q).word())) return false;
                    }
                    return false;
                }
                default -> {
                    for (int q = p; q < n; q++) {
                        int len = e.kind() == VerbPattern.Kind.WORD
                                ? (wordMatches(toks.get(q).word(), e.value()) ? 1 : -1)
                                : -2;
                        if (len == 1 && match(els, k + 1, toks, q + 1, b)) return true;
                        if (len == -2) {
                            for (List<String> member : dict.synset(e.value(), reversed)) {
                                int m = member(member, 0, toks, q, 0);
                                if (m > 0 && match(els, k + 1, toks, q + m, b)) return true;
                            }
                        }
                        if (e.tight() && !filler(toks.get(q).word())) return false;
                    }
                    return false;
                }
            }
        }

        /** Consumed length when synset member {@code words} (from {@code i}) matches at {@code q}. */
        private int member(List<String> words, int i, List<Tok> toks, int q, int depth) {
            if (i == words.size()) return 0;
            if (q >= toks.size() || depth > 4) return -1;
            String w = words.get(i);
            if (w.startsWith("&")) {
                for (List<String> sub : dict.synset(w, reversed)) {
                    int a = member(sub, 0, toks, q, depth + 1);
                    if (a > 0) {
                        int rest = member(words, i + 1, toks, q + a, depth);
                        if (rest >= 0) return a + rest;
                    }
                }
                return -1;
            }
            if (!toks.get(q).word().equals(w)) return -1;
            int rest = member(words, i + 1, toks, q + 1, depth);
            return rest < 0 ? -1 : 1 + rest;
        }

        private boolean tryPhrase(List<Element> els, int k, List<Tok> toks, int q, Binding b, boolean insideAlready) {
            Element e = els.get(k);
            NounPhrase ne = toks.get(q).phrase();
            switch (e.kind()) {
                case SKIP_PHRASE -> {
                    int end = q;
                    while (end < toks.size() && toks.get(end).phrase() == ne) end++;
                    return match(els, k + 1, toks, end, b);
                }
                case COMPOUND -> {
                    int c = ne.compoundId;
                    if (c < 0) return false;
                    NounPhrase s = b.source, t = b.target;
                    boolean sc = b.sourceIsCompound, tc = b.targetIsCompound;
                    int old = b.compound;
                    b.compound = c;
                    b.targetIsCompound = true;
                    b.target = ne;
                    if (reversed) { // before the verb the compound acts on itself: "% HAVE *"
                        b.sourceIsCompound = true;
                        b.source = ne;
                    }
                    if (match(els, k + 1, toks, q, b)) return true;
                    b.source = s;
                    b.target = t;
                    b.sourceIsCompound = sc;
                    b.targetIsCompound = tc;
                    b.compound = old;
                    return false;
                }
                default -> {
                    boolean source = e.kind() == VerbPattern.Kind.SOURCE;
                    NounPhrase old = source ? b.source : b.target;
                    boolean oldC = source ? b.sourceIsCompound : b.targetIsCompound;
                    if (source) {
                        b.source = ne;
                        b.sourceIsCompound = false;
                    } else {
                        b.target = ne;
                        b.targetIsCompound = false;
                    }
                    if (match(els, k + 1, toks, q, b)) return true;
                    if (source) {
                        b.source = old;
                        b.sourceIsCompound = oldC;
                    } else {
                        b.target = old;
                        b.targetIsCompound = oldC;
                    }
                    return false;
                }
            }
        }
    }

    private static boolean inside(List<Tok> toks, int p) {
        return p > 0 && p < toks.size() && toks.get(p).phrase() != null && toks.get(p).phrase() == toks.get(p - 1).phrase();
    }

    private static boolean startsPhrase(List<Tok> toks, int q) {
        return q == 0 || toks.get(q - 1).phrase() != toks.get(q).phrase();
    }
}
