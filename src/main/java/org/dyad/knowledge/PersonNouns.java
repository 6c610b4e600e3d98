package org.dyad.knowledge;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a common noun names people ("pensioners", "villagers", "fishermen", "hackers") rather than
 * things ("exports", "missiles") or acts ("strikes"): WordNet 3.1 files the noun's most frequent
 * sense under {@code noun.person}. A broad, general signal, so that "Chilean pensioners" can be
 * read as Chileans without a list of every kind of person. Answers are cached; thread-safe.
 */
public final class PersonNouns {

    private static final Map<String, Boolean> CACHE = new ConcurrentHashMap<>();

    private PersonNouns() {
    }

    /** True when the lemma's first WordNet noun sense is a person (false when WordNet cannot be read). */
    public static boolean isPerson(String lemma) {
        if (lemma == null || lemma.isBlank()) return false;
        return CACHE.computeIfAbsent(lemma.toLowerCase(Locale.ROOT), PersonNouns::lookUp);
    }

    private static boolean lookUp(String lemma) {
        Dictionary d = WordNet.dictionary();
        if (d == null) return false;
        try {
            synchronized (d) {
                IndexWord w = d.lookupIndexWord(POS.NOUN, lemma);
                return w != null && !w.getSenses().isEmpty() && "noun.person".equals(w.getSenses().get(0).getLexFileName());
            }
        } catch (JWNLException | RuntimeException e) {
            return false;
        }
    }
}
