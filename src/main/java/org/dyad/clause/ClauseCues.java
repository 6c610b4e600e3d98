package org.dyad.clause;

import org.dyad.article.Factuality;
import org.dyad.knowledge.KnowledgeFiles;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cue words of tense, modality and negation, read once from the knowledge files
 * {@code negators.txt}, {@code auxiliaries.tsv}, {@code modality-cues.tsv} and
 * {@code reporting-verbs.txt} (formats in their headers). One instance serves every sentence; an
 * unknown cue or reading is a set-up error, reported when the class is first used.
 */
final class ClauseCues {

    /** What an auxiliary says about its verb. */
    enum Auxiliary { FUTURE, CONDITIONAL, POSSIBLE, PAST }

    /** The constructions of {@code modality-cues.tsv}. */
    enum Cue { COMPLEMENT, AHEAD, REPORTED, ALLEGATION, READINESS, MODIFIER, PRESUPPOSED, SCHEDULE, INTENT, CONSENT, ASPECT, ATTEMPT, IMPLICATIVE, OBLIGATION }

    private static final class Holder {
        static final ClauseCues CUES = load();
    }

    private final Set<String> negators;
    private final Map<String, Auxiliary> auxiliaries;
    private final Map<Cue, Map<String, Factuality>> cues;
    private final Set<String> reporting;

    private ClauseCues(Set<String> negators, Map<String, Auxiliary> auxiliaries, Map<Cue, Map<String, Factuality>> cues,
                       Set<String> reporting) {
        this.negators = Set.copyOf(negators);
        this.auxiliaries = Map.copyOf(auxiliaries);
        this.cues = cues;
        this.reporting = Set.copyOf(reporting);
    }

    static ClauseCues get() {
        return Holder.CUES;
    }

    private static ClauseCues load() {
        Set<String> negators = new HashSet<>();
        for (String w : KnowledgeFiles.entries("negators.txt")) negators.add(w.toLowerCase(Locale.ROOT));
        Map<String, Auxiliary> aux = new HashMap<>();
        for (String[] r : KnowledgeFiles.rows("auxiliaries.tsv", 2))
            aux.put(r[0].toLowerCase(Locale.ROOT), parse(Auxiliary.class, r[1], "auxiliaries.tsv"));
        Map<Cue, Map<String, Factuality>> cues = new EnumMap<>(Cue.class);
        for (Cue c : Cue.values()) cues.put(c, new HashMap<>());
        for (String[] r : KnowledgeFiles.rows("modality-cues.tsv", 3)) {
            Cue cue = parse(Cue.class, r[1], "modality-cues.tsv");
            cues.get(cue).put(r[0].toLowerCase(Locale.ROOT), parse(Factuality.class, r[2], "modality-cues.tsv"));
        }
        cues.replaceAll((c, m) -> Map.copyOf(m));
        Set<String> reporting = new HashSet<>();
        for (String w : KnowledgeFiles.entries("reporting-verbs.txt")) reporting.add(w.toLowerCase(Locale.ROOT));
        return new ClauseCues(negators, aux, cues, reporting);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String file) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("knowledge file " + file + ": unknown " + type.getSimpleName().toLowerCase(Locale.ROOT)
                    + " '" + value + "'");
        }
    }

    boolean negator(String word) {
        return negators.contains(word);
    }

    /** The auxiliary's reading, or null for a word that is none ("be" and "do" say nothing alone). */
    Auxiliary auxiliary(String word) {
        return auxiliaries.get(word);
    }

    /** The reading a lemma gives under a cue, or null. */
    Factuality cue(Cue cue, String lemma) {
        return cues.get(cue).get(lemma);
    }

    /**
     * The reading a token gives under a cue, or null: by its lemma, and when the lemma is the word
     * itself (text read without a lemmatizer), by the word's plain stems.
     */
    Factuality cue(Cue cue, String lemma, String word) {
        Map<String, Factuality> m = cues.get(cue);
        Factuality f = m.get(lemma);
        if (f != null || !lemma.equals(word)) return f;
        for (String stem : stems(word)) {
            f = m.get(stem);
            if (f != null) return f;
        }
        return null;
    }

    boolean has(Cue cue, String lemma) {
        return cues.get(cue).containsKey(lemma);
    }

    /** Every phrase of one cue (schedule words are matched as phrases over a time expression's words). */
    Set<String> words(Cue cue) {
        return cues.get(cue).keySet();
    }

    boolean reporting(String lemma) {
        return reporting.contains(lemma);
    }

    /**
     * Plain stems of an inflected word for text whose lemmas are missing (a sentence read without a
     * lemmatizer carries the word as its lemma): "scheduled" -> "schedule", "plans" -> "plan".
     */
    private static List<String> stems(String w) {
        if (w.length() < 4) return List.of();
        if (w.endsWith("ed")) {
            String s = w.substring(0, w.length() - 2);
            return s.length() > 2 && s.charAt(s.length() - 1) == s.charAt(s.length() - 2)
                    ? List.of(w.substring(0, w.length() - 1), s, s.substring(0, s.length() - 1))
                    : List.of(w.substring(0, w.length() - 1), s);
        }
        if (w.endsWith("ing")) return List.of(w.substring(0, w.length() - 3), w.substring(0, w.length() - 3) + "e");
        if (w.endsWith("es")) return List.of(w.substring(0, w.length() - 1), w.substring(0, w.length() - 2));
        if (w.endsWith("s")) return List.of(w.substring(0, w.length() - 1));
        return List.of();
    }
}
