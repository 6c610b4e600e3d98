package org.dyad.dates;

import org.dyad.article.Sentence;
import org.dyad.article.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The title written around a person's name ("French Foreign Minister NAME", "NAME, the Foreign Secretary,")
 * and whether it is a past one ("the fall of President NAME", "former"), as office-term and dictionary
 * clues read it. Stateless.
 */
final class NameTitle {
    /** Words before a title that say the term is over. */
    static final Set<String> ENDED = Set.of("fall", "fell", "ouster", "ousting", "ousted", "overthrow", "overthrew",
            "overthrown", "toppled", "toppling", "death", "died", "killing", "assassination", "assassinated", "resignation",
            "resigned", "impeachment", "impeached", "removal", "deposed", "exiled", "successor", "predecessor", "funeral",
            "late", "former", "then", "ex", "legacy");
    /**
     * Those of {@link #ENDED} that say the term was over when the article was written ("the late", "ousted");
     * not those that may be said during it ("the impeachment of", "calls for the removal of", "then").
     */
    private static final Set<String> AFTER_END = Set.of("former", "ex", "late", "fall", "fell", "ousted", "overthrown",
            "toppled", "deposed", "exiled", "predecessor", "funeral");
    private static final Set<String> STOP_BACK = Set.of(",", ";", ":", "and", "&", "or", "with", "by", "(", ")", "\"", "“", "”");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "'s", "’s", "-", "his", "her", "their", "its", "a");

    private NameTitle() {
    }

    /** The title words written just before the name ("French Foreign Minister") or in apposition after it. */
    static Set<String> around(Sentence s, int begin, int end) {
        List<Token> t = s.tokens();
        StringBuilder words = new StringBuilder();
        int i = begin - 1;
        // "the Prime Minister of Canada, Ana Ruiz": a title, a comma, then the name
        if (i >= 1 && t.get(i).word().equals(",")) i--;
        for (int n = 0; i >= 0 && n < 8; i--, n++) {
            Token tok = t.get(i);
            String w = tok.word();
            String lw = w.toLowerCase(Locale.ROOT);
            if (STOP_BACK.contains(lw)) break;
            boolean titleWord = Character.isUpperCase(w.charAt(0)) || CONNECTORS.contains(lw)
                    || OfficeTitles.isTitle(Set.of(lw)) || OfficeTitles.isQualified(Set.of(lw))
                    || "TITLE".equals(tok.ner()) || "NATIONALITY".equals(tok.ner()) || "JJ".equals(tok.pos());
            if (!titleWord) break;
            words.insert(0, w + " ");
        }
        Set<String> before = OfficeTitles.words(words.toString());
        // "since the ouster of President NAME", "ousted President NAME": the title is a past one
        Set<String> ended = new HashSet<>(before);
        ended.retainAll(ENDED);
        for (int k = Math.max(0, i - 3); k <= i && k >= 0; k++) {
            String w = t.get(k).word().toLowerCase(Locale.ROOT);
            if (!ENDED.contains(w)) continue;
            // "the fall of President X" ends X's term; "at the funeral, President X said" does not
            boolean joined = true;
            for (int m = k + 1; m <= i; m++) joined &= Set.of("of", "the").contains(t.get(m).word().toLowerCase(Locale.ROOT));
            ended.add(joined ? w : "then");
        }
        if (!ended.isEmpty()) {
            Set<String> office = new HashSet<>(before);
            office.removeAll(ENDED);
            // only words that say the term is over are read as "former" with the office they name
            if (!AFTER_END.containsAll(ended) || !OfficeTitles.isTitle(office)) return Set.of("former");
            office.add("former");
            return office;
        }
        if (OfficeTitles.isTitle(before)) return before;
        // "David Lammy, the Foreign Secretary, said"
        if (end < t.size() && t.get(end).word().equals(",")) {
            StringBuilder after = new StringBuilder();
            for (int k = end + 1; k < t.size() && k <= end + 8; k++) {
                String w = t.get(k).word();
                if (w.equals(",") || w.equals(".") || w.equals(";")) break;
                after.append(w).append(' ');
            }
            Set<String> a = OfficeTitles.words(after.toString());
            if (OfficeTitles.isTitle(a) && after.toString().matches("(?i)(the|his|her|[A-Z]\\S*)\\b.*")) return a;
        }
        return before.stream().anyMatch(w -> Set.of("former", "late", "then", "ex").contains(w)) ? before : Set.of();
    }
}
