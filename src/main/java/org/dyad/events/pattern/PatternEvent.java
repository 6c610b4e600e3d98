package org.dyad.events.pattern;

/**
 * One event coded from a sentence by a verb pattern.
 *
 * @param source      source actor code ({@code ---} null actor; quoted phrase text when
 *                    new-actor reporting is on)
 * @param target      target actor code
 * @param code        CAMEO event code as written in the dictionary ({@code 064}, {@code 174K})
 * @param verbToken   token index of the verb
 * @param sourceBegin first token of the source noun phrase (-1 when unknown)
 * @param sourceEnd   token just past the source noun phrase
 * @param targetBegin first token of the target noun phrase (-1 when unknown)
 * @param targetEnd   token just past the target noun phrase
 * @param negated     a negation ({@code not}, {@code n't}, {@code never}, {@code no}) stands
 *                    between the source and the verb
 * @param passive     the verb was read as passive and source and target were swapped
 * @param pattern     the dictionary pattern that matched, or the bare verb
 */
public record PatternEvent(String source, String target, String code, int verbToken,
                           int sourceBegin, int sourceEnd, int targetBegin, int targetEnd,
                           boolean negated, boolean passive, String pattern) {

    /** The (source, target, code) triple the validation suite compares. */
    public String triple() {
        return source + " " + target + " " + code;
    }
}
