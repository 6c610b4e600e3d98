package org.dyad.validate;

import java.util.Set;

/**
 * The outcome of one validation record.
 *
 * @param coded  the triples the coder produced
 * @param skip   why the coder skipped the sentence ({@code NONE} when it coded it)
 * @param crash  an exception message when coding failed unexpectedly, else null
 */
public record RecordResult(ValidationRecord record, Set<String> coded, String skip, boolean passed, String crash) {
    public RecordResult {
        coded = Set.copyOf(coded);
    }
}
