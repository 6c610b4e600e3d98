package org.dyad.article;

import java.util.List;

/**
 * One coded event: who did what to whom, when, how sure, and the evidence.
 *
 * @param id          {@code <doc_id>-e<n>}
 * @param cameo       CAMEO event code as a string ("040", "1711"), or null
 * @param mode        PLOVER mode, or null
 * @param context     PLOVER contexts
 * @param date        the event's own date window, or null before dating
 * @param factuality  happened / planned / possible / denied, or null before assessment
 * @param sentence    the evidence sentence, as in the cleaned text
 * @param sentenceIndex index of the evidence sentence
 * @param anchor      token index of the event's main verb or nominal trigger in that sentence, or -1
 * @param location    where, or null
 * @param confidence  0..1: how sure the coder is
 */
public record CodedEvent(String id, PloverType type, String cameo, String mode, List<String> context,
                         EventActor source, EventActor target, DateRange date, Factuality factuality,
                         String sentence, int sentenceIndex, int anchor, Location location, double confidence) {
    public CodedEvent {
        context = context == null ? List.of() : List.copyOf(context);
    }

    public CodedEvent withDate(DateRange d) {
        return new CodedEvent(id, type, cameo, mode, context, source, target, d, factuality, sentence, sentenceIndex, anchor, location, confidence);
    }

    public CodedEvent withFactuality(Factuality f) {
        return new CodedEvent(id, type, cameo, mode, context, source, target, date, f, sentence, sentenceIndex, anchor, location, confidence);
    }

    public CodedEvent withId(String newId) {
        return new CodedEvent(newId, type, cameo, mode, context, source, target, date, factuality, sentence, sentenceIndex, anchor, location, confidence);
    }

    public CodedEvent withLocation(Location l) {
        return new CodedEvent(id, type, cameo, mode, context, source, target, date, factuality, sentence, sentenceIndex, anchor, l, confidence);
    }

    public CodedEvent withConfidence(double c) {
        return new CodedEvent(id, type, cameo, mode, context, source, target, date, factuality, sentence, sentenceIndex, anchor, location, c);
    }
}
