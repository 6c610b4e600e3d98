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
 * written while the person was in government, or after the dictionary stops. The title must be a present
 * one: "former", "late", "then", "ousted" and qualified titles ("deputy", "opposition") say nothing here.
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
        Map<Named, int[]> titled = new LinkedHashMap<>(); // holder -> {mentions, past-only}
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
                    Set<String> title = OfficeTermReader.title(s, i, end);
                    if (!OfficeTitles.isTitle(title) || OfficeTitles.isQualified(title) || OfficeTitles.isGeneric(title)) continue;
                    boolean past = TenseReader.tense(s, i) == Tense.PAST;
                    int[] tally = titled.computeIfAbsent(new Named(List.copyOf(folded.subList(i, end)), List.copyOf(same)), k -> new int[]{0, 1});
                    tally[0]++;
                    if (!past) tally[1] = 0;
                }
            }
        }
        for (Map.Entry<Named, int[]> e : titled.entrySet()) {
            int grace = e.getValue()[1] == 1 ? OfficeTermReader.PAST_TENSE_GRACE_DAYS : 0;
            List<DateRange> days = new ArrayList<>();
            StringBuilder evidence = new StringBuilder(String.join(" ", e.getKey().words())).append(" in government");
            for (DateRange r : e.getKey().holders().stream().flatMap(h -> h.terms().stream()).toList()) {
                LocalDate from = r.from().minusDays(SLACK_DAYS), to = r.to().isAfter(today) ? today : r.to().plusDays(SLACK_DAYS + grace);
                if (to.isAfter(today)) to = today;
                if (from.isAfter(to)) continue;
                days.add(new DateRange(from, to));
                evidence.append(' ').append(r.from().equals(ClueCombiner.FLOOR) ? "" : r.from()).append("..")
                        .append(r.to().isAfter(today) ? "" : r.to());
            }
            // the dictionary stops: a later term is unknown to it, not ruled out
            LocalDate after = dictionary.coveredTo().minusDays(SLACK_DAYS);
            if (!after.isAfter(today)) days.add(new DateRange(after, today));
            if (days.isEmpty()) continue;
            evidence.append(" (Phoenix dictionary, or after ").append(dictionary.coveredTo()).append(')');
            out.add(DateClue.fixed(WEIGHT + 0.1 * Math.min(e.getValue()[0] - 1, 3), evidence.toString(), DateSet.union(days)));
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
