package org.dyad.dates;

import org.dyad.article.DateRange;
import org.dyad.article.PublishedDate;
import org.dyad.article.Sentence;

/** Placeholder: the publication window (replaced by the dating issue). */
public final class EventDater {
    public DateRange date(Sentence s, int anchor, PublishedDate published) {
        return published.window();
    }
}
