package org.dyad.events.pattern;

import java.time.LocalDate;
import java.util.List;

/**
 * Supplies the actor code of a noun phrase. The default reads the actor and agent
 * dictionaries ({@link DictionaryActors}); a caller with its own actor resolution (NER,
 * coreference, newer leader lists) can plug in here.
 */
@FunctionalInterface
public interface NounPhraseActors {

    /** The null actor: the phrase names no known actor. */
    String NONE = "---";

    /**
     * @param upperCaseWords the phrase's words, upper case, possessive markers removed
     * @param tokenIndexes   the sentence token index of each word (-1 for none)
     * @param date           the date codes must hold on (may be null)
     * @return a CAMEO actor code ({@code USAGOV}, {@code ---GOV}, several joined by {@code /}),
     *         or {@link #NONE}
     */
    String code(List<String> upperCaseWords, List<Integer> tokenIndexes, LocalDate date);
}
