package org.dyad.locations;

import org.dyad.article.Sentence;
import org.dyad.article.Token;
import org.dyad.knowledge.KnowledgeFiles;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the Peru-Ecuador border", "the Indian–Pakistani border": the phrases naming a border between two states,
 * kept by the pair they join, so fighting between neighbours can be placed on the border the story names.
 */
final class BorderPhrases {
    private static final Pattern JOINED = Pattern.compile("(\\p{L}+)[-–—](\\p{L}+)");
    private static final Set<String> DASHES = Set.of("-", "–", "—", "--");
    private static final Set<String> BORDER_NOUNS = Set.of("border", "frontier");

    static final String TRUCE_NOUNS = "truce-nouns.txt";

    private final PlaceGazetteer gazetteer;
    /** "truce", "ceasefire": a halt to fighting holds where the fighting was */
    private final Set<String> truceNouns = Set.copyOf(KnowledgeFiles.entries(TRUCE_NOUNS));

    BorderPhrases(PlaceGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The sentence names a truce ("agreed on a ceasefire", "the truce held"). */
    boolean namesTruce(Sentence s) {
        return s.tokens().stream().anyMatch(t -> t.pos().startsWith("NN") && truceNouns.contains(t.lemma().toLowerCase(Locale.ROOT)));
    }

    /** The same key for the two countries in either order. */
    static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** Adds the sentence's border phrases to {@code out}, the first phrase for a pair winning. */
    void find(Sentence s, Map<String, String> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            String first, second;
            int end;
            Matcher joined = JOINED.matcher(t.get(i).word());
            if (joined.matches()) {
                first = joined.group(1);
                second = joined.group(2);
                end = i + 1;
            } else if (i + 2 < t.size() && DASHES.contains(t.get(i + 1).word())) {
                first = t.get(i).word();
                second = t.get(i + 2).word();
                end = i + 3;
            } else continue;
            if (end >= t.size() || !BORDER_NOUNS.contains(t.get(end).lemma().toLowerCase(Locale.ROOT))) continue;
            String a = stateOf(first), b = stateOf(second);
            if (a == null || b == null || a.equals(b)) continue;
            out.putIfAbsent(pairKey(a, b), PlaceMentionFinder.text(s, i, end + 1));
        }
    }

    private String stateOf(String word) {
        return gazetteer.countryOfAdjective(word).or(() -> gazetteer.country(word)).filter(gazetteer::isState).orElse(null);
    }
}
