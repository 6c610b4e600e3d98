package org.dyad.dictionary;

import java.util.List;

/**
 * One inflected form of a dictionary verb, e.g. {@code BROKEN} of block {@code BREAK}, or the
 * head of a multi-word verb such as {@code CORDONED} + {@code OFF}.
 *
 * @param word   the form as it appears in text, upper case
 * @param before words that must precede it (text order), for verbs like {@code WIRE_+TAP}
 * @param after  words that must follow it (text order), for verbs like {@code +CORDON_OFF}
 * @param code   the event code of the bare verb ({@code ---}: no event without a pattern)
 * @param block  key of the pattern block the verb belongs to
 */
public record VerbForm(String word, List<String> before, List<String> after, String code, String block) {
    public VerbForm {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public boolean multiWord() {
        return !before.isEmpty() || !after.isEmpty();
    }
}
