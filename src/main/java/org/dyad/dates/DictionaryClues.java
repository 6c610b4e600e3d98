package org.dyad.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dyad.article.AnnotatedArticle;
import org.dyad.article.DateRange;
import org.dyad.article.Sentence;
import org.dyad.article.Token;

/**
 * Date clues from people named with a current title ("Foreign Minister NAME said") whom Dyad's office
 * files do not hold but the Phoenix actor dictionary dates ({@link DictionaryTerms}): the article was
 * written after the person's first term in government began. Only that lower bound: the dictionary stops
 * in 2015 and its ends are often rounded, and a past head of state is still called by the title in a
 * history ("President NAME opened relations with ..."), so the end of a term bounds nothing. The title must
 * be a present one: "former", "late", "then", "ousted" and qualified titles ("deputy", "opposition") say
 * nothing here.
 */
final class DictionaryClues {
    /**
     * Below a title matched to an office of Dyad's own files ({@link OfficeTermReader#TITLED}): the
     * dictionary does not say which office, and its days are often rounded; above a year told as past.
     */
    static final double WEIGHT = 1.8;
    /** Days either side of a dictionary term: many of its bounds are rounded to a month or a year's start. */
    static final int SLACK_DAYS = 31;

    private DictionaryClues() {
    }

    /**
     * @param known the names (folded words) of the people Dyad's office files hold: those are dated there
     */
    static List<DateClue> clues(AnnotatedArticle article, DictionaryTerms dictionary, Set<List<String>> known, LocalDate today) {
        List<DateClue> out = new ArrayList<>();
        if (dictionary.size() == 0) return out;
        Map<Named, Integer> titled = new LinkedHashMap<>(); // holder -> {mentions, past-only}
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            List<String> folded = new ArrayList<>(tokens.size());
            for (Token t : tokens) folded.add(DictionaryTerms.fold(t.word()));
            boolean dated = false, datedChecked = false;
            for (int i = 0; i < folded.size(); i++) {
                // people of one name are not told apart: the clue allows the terms of every one of them
                List<DictionaryTerms.Holder> same = new ArrayList<>();
                int end = -1;
                for (DictionaryTerms.Holder h : dictionary.startingWith(folded.get(i))) {
                    int e = matchEnd(h, folded, i);
                    if (e < 0 || e < end) continue;
                    if (e > end) same.clear();
                    end = e;
                    same.add(h);
                }
                if (end >= 0 && same.stream().noneMatch(h -> isKnown(h, known))) {
                    if (!datedChecked) {
                        dated = hasAbsoluteDate(s);
                        datedChecked = true;
                    }
                    // "President X and Prime Minister Y signed on 2 November 2010": titles as of that day
                    if (dated) continue;
                    Set<String> title = NameTitle.around(s, i, end);
                    if (!OfficeTitles.isTitle(title) || OfficeTitles.isQualified(title) || OfficeTitles.isGeneric(title)) continue;
                    titled.merge(new Named(List.copyOf(folded.subList(i, end)), List.copyOf(same)), 1, Integer::sum);
                }
            }
        }
        for (Map.Entry<Named, Integer> e : titled.entrySet()) {
            LocalDate first = null;
            for (DictionaryTerms.Holder h : e.getKey().holders())
                for (DateRange r : h.terms()) if (first == null || r.from().isBefore(first)) first = r.from();
            // a term with no known start ("[XYZGOV <090101]") bounds nothing
            if (first == null || first.equals(ClueCombiner.FLOOR)) continue;
            LocalDate from = first.minusDays(SLACK_DAYS);
            if (from.isAfter(today)) continue;
            out.add(DateClue.fixed(WEIGHT + 0.1 * Math.min(e.getValue() - 1, 3),
                    String.join(" ", e.getKey().words()) + " in government from " + first + " (Phoenix dictionary)",
                    DateSet.of(from, today)));
        }
        return out;
    }

    /** A name as the text writes it (folded words) and the dictionary's people of that name. */
    private record Named(List<String> words, List<DictionaryTerms.Holder> holders) {
    }

    /** The token after the end of one of the holder's names starting at {@code i}, or -1. */
    private static int matchEnd(DictionaryTerms.Holder h, List<String> folded, int i) {
        int best = -1;
        for (List<String> n : h.names()) {
            if (i + n.size() > folded.size()) continue;
            boolean all = true;
            for (int k = 0; k < n.size() && all; k++) all = n.get(k).equals(folded.get(i + k));
            // a longer name may follow: "Kim Jong" is not "Kim Jong Un"
            if (all && (i + n.size() >= folded.size() || !isNameWord(folded.get(i + n.size()), h))) best = Math.max(best, i + n.size());
        }
        return best;
    }

    /** True when the word continues one of the holder's names (so the match so far is a prefix, not the name). */
    private static boolean isNameWord(String next, DictionaryTerms.Holder h) {
        for (List<String> n : h.names()) if (n.contains(next)) return true;
        return false;
    }

    private static boolean isKnown(DictionaryTerms.Holder h, Set<List<String>> known) {
        for (List<String> n : h.names()) if (known.contains(n)) return true;
        return false;
    }

    /** A sentence dated by itself, not about the future ("will host it in 2025" still speaks of now). */
    private static boolean hasAbsoluteDate(Sentence s) {
        for (SentenceTimes.Mention m : SentenceTimes.find(s))
            if (m.reference().absolute() != null && TenseReader.tense(s, m.tokenBegin()) != Tense.FUTURE) return true;
        return false;
    }
}
