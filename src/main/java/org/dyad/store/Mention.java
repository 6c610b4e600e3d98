package org.dyad.store;

import org.dyad.article.Factuality;
import org.dyad.article.PloverType;

import java.time.LocalDate;
import java.util.List;

/**
 * One article's report of an event, as stored in {@code event_mentions}: the coded event, its
 * actors' canonical names, and the article's publication date. Several mentions make one event.
 */
record Mention(long eventId, String articleId, String mentionId, PloverType type, String cameo, String mode,
               List<String> context, Party source, Party target, LocalDate dateFrom, LocalDate dateTo,
               Factuality factuality, String sentence, int sentenceIndex, Place location,
               double confidence, LocalDate published) {

    Mention {
        context = context == null ? List.of() : List.copyOf(context);
        if (source == null) source = Party.NONE;
        if (target == null) target = Party.NONE;
        if (location == null) location = Place.NONE;
    }

    /** Where: the name as written, country, region, point (null for a country), precision, GeoNames id. */
    record Place(String name, String country, String region, Double lat, Double lon, String precision, String geonameId) {
        static final Place NONE = new Place(null, null, null, null, null, null, null);

        boolean known() {
            return name != null || country != null;
        }
    }

    /** A source or target: canonical name, the words as written, country, sector, full code. */
    record Party(String name, String text, String country, String sector, String code) {
        static final Party NONE = new Party(null, null, null, null, null);
    }

    boolean dated() {
        return dateFrom != null && dateTo != null;
    }

    Mention inEvent(long id) {
        return new Mention(id, articleId, mentionId, type, cameo, mode, context, source, target, dateFrom, dateTo,
                factuality, sentence, sentenceIndex, location, confidence, published);
    }
}
