package org.dyad.store;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How alike two evidence sentences are, in two cheap measures that need no model: the Jaccard
 * overlap of their content words, and the number of key terms (capitalised words inside the
 * sentence, numbers) they share. Words naming the event's own actors are left out of both, because
 * every report of a GBR-FRA event says "Britain" and "France": sharing them proves nothing.
 */
final class EvidenceSimilarity {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Set<String> STOP = Set.of(
            "the", "and", "for", "with", "that", "this", "from", "into", "onto", "over", "under", "about", "after",
            "before", "between", "during", "against", "among", "its", "his", "her", "their", "our", "your", "they",
            "them", "she", "him", "who", "whom", "which", "what", "when", "where", "while", "was", "were", "are",
            "been", "being", "has", "have", "had", "having", "will", "would", "shall", "should", "can", "could",
            "may", "might", "must", "not", "but", "also", "than", "then", "there", "here", "such", "both", "each",
            "other", "more", "most", "some", "any", "all", "very", "just", "only", "said", "says", "say", "told",
            "according", "reported", "reports", "report", "statement", "added", "mr", "mrs", "ms", "dr", "on",
            "in", "at", "to", "of", "by", "as", "is", "be", "it", "an", "or", "if", "so", "no", "up", "out",
            "new", "two", "one", "first", "last", "next", "week", "day", "today", "yesterday", "tomorrow");

    private EvidenceSimilarity() {
    }

    /** Lower-cased content words, crudely singularised, without stop words and actor words. */
    static Set<String> contentWords(String sentence, Set<String> actorWords) {
        Set<String> out = new HashSet<>();
        if (sentence == null) return out;
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String w = normalise(m.group());
            if (w.length() < 3 || STOP.contains(w) || actorWords.contains(w)) continue;
            out.add(singular(w));
        }
        return out;
    }

    /** Capitalised words not opening the sentence, and numbers: names of places, days, things. */
    static Set<String> keyTerms(String sentence, Set<String> actorWords) {
        Set<String> out = new HashSet<>();
        if (sentence == null) return out;
        Matcher m = WORD.matcher(sentence);
        boolean first = true;
        while (m.find()) {
            String raw = m.group();
            boolean opens = first;
            first = false;
            String w = normalise(raw);
            if (actorWords.contains(w) || STOP.contains(w)) continue;
            if (Character.isDigit(raw.charAt(0)) && raw.length() >= 2) out.add(w);
            else if (!opens && Character.isUpperCase(raw.charAt(0)) && raw.length() >= 3) out.add(w);
        }
        return out;
    }

    /** The words of actor names and texts ("Prime Minister Rishi Sunak" gives prime, minister, rishi, sunak). */
    static Set<String> actorWords(Iterable<String> phrases) {
        Set<String> out = new HashSet<>();
        for (String p : phrases) {
            if (p == null) continue;
            Matcher m = WORD.matcher(p);
            while (m.find()) out.add(normalise(m.group()));
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 0;
        int common = 0;
        for (String w : a) if (b.contains(w)) common++;
        return (double) common / (a.size() + b.size() - common);
    }

    static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String w : a) if (b.contains(w)) n++;
        return n;
    }

    static String normalise(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s") || w.endsWith("s'")) w = w.substring(0, w.length() - (w.endsWith("'s") ? 2 : 1));
        return w;
    }

    static String singular(String w) {
        // a crude singular: "talks"/"talk", "countries"/"country" should meet; "press" must not lose its s
        if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) return w.substring(0, w.length() - 1);
        return w;
    }
}
