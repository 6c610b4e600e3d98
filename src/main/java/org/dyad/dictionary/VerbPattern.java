package org.dyad.dictionary;

import java.util.List;

/**
 * One verb pattern, such as {@code - + HOSTING * TABASKI ^ $ [042]}: the elements before the
 * verb ({@code *}) and after it, each list in matching order, i.e. walking away from the verb
 * ({@link #upper} therefore reads right to left).
 *
 * @param code  event code string ({@code 042}, {@code 032:033} for a symmetric pair,
 *              {@code :030} for the reverse direction only, {@code ---} for "no event")
 * @param order position in the dictionary; earlier patterns win
 */
public record VerbPattern(List<Element> upper, List<Element> lower, String code, int order, String text) {

    public VerbPattern {
        upper = List.copyOf(upper);
        lower = List.copyOf(lower);
    }

    /** What a pattern element matches. */
    public enum Kind {
        /** a literal word */
        WORD,
        /** {@code &NAME}: any member of a synonym set */
        SYNSET,
        /** {@code $}: the noun phrase of the source actor */
        SOURCE,
        /** {@code +}: the noun phrase of the target actor */
        TARGET,
        /** {@code %}: a compound noun phrase that is both source and target */
        COMPOUND,
        /** {@code ^}: skip over one noun phrase */
        SKIP_PHRASE
    }

    /**
     * @param tight true when the element must come right next to the previous one (joined by
     *              {@code _} in the dictionary); otherwise other words may intervene
     */
    public record Element(Kind kind, String value, boolean tight) {
    }

    /** Number of elements that must be found (a crude specificity measure). */
    public int size() {
        return upper.size() + lower.size();
    }
}
