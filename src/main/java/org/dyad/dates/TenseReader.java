package org.dyad.dates;

import org.dyad.article.Sentence;
import org.dyad.clause.ClauseView;

/**
 * The dates stage's door to the clause view ({@link ClauseView}): the tense of the clause governing a
 * token. Every reading comes from {@code org.dyad.clause}, the analysis factuality
 * and events read too; nothing is decided here.
 */
final class TenseReader {

    private TenseReader() {
    }

    /** The grammatical tense of the clause governing a token. */
    static Tense tense(Sentence s, int anchor) {
        return of(ClauseView.of(s).tense(anchor));
    }

    static Tense of(org.dyad.clause.Tense t) {
        return switch (t) {
            case PAST -> Tense.PAST;
            case PRESENT -> Tense.PRESENT;
            case FUTURE -> Tense.FUTURE;
        };
    }
}
