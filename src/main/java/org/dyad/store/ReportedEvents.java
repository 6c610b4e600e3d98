package org.dyad.store;

import org.dyad.article.CodedArticle;
import org.dyad.article.Factuality;
import org.dyad.article.PloverType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One article's events exactly as the store would file them, for writers that have no store (the
 * dyad-spark job): the same mention ids and canonical actor names ({@link ArticleMentions}) and the
 * values a one-mention event gets ({@link EventSummary}: event date, window, factuality, confidence).
 * Cross-article de-duplication is left to {@code dyad ingest}.
 */
public final class ReportedEvents {
    private ReportedEvents() {
    }

    /** One report of an event, with the columns {@code events} and {@code event_mentions} hold for it. */
    public record Report(String mentionId, String articleId, PloverType type, String cameo, String mode, String context,
                         String sourceName, String sourceText, String sourceCountry, String sourceSector, String sourceCode,
                         String targetName, String targetText, String targetCountry, String targetSector, String targetCode,
                         String dyad, LocalDate eventDate, LocalDate dateFrom, LocalDate dateTo, Factuality factuality,
                         String sentence, int sentenceIndex, String locationName, String locationCountry,
                         String locationRegion, Double locationLat, Double locationLon, String locationPrecision,
                         String locationGeonameId, double confidence,
                         LocalDate published) {
    }

    /** The article's reports in the coder's order; events without a type are left out, as the store leaves them out. */
    public static List<Report> of(CodedArticle article) {
        List<Mention> mentions = ArticleMentions.of(article);
        List<Report> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            EventSummary s = EventSummary.of(List.of(m));
            Mention.Party src = m.source(), tgt = m.target();
            out.add(new Report(m.mentionId(), m.articleId(), s.type(), m.cameo(), m.mode(), EventMerger.context(m.context()),
                    src.name(), src.text(), src.country(), src.sector(), src.code(),
                    tgt.name(), tgt.text(), tgt.country(), tgt.sector(), tgt.code(),
                    EventMatcher.dyad(src.country(), tgt.country()), s.eventDate(), s.dateFrom(), s.dateTo(), s.factuality(),
                    m.sentence(), m.sentenceIndex(), s.location().name(), s.location().country(), s.location().region(),
                    s.location().lat(), s.location().lon(), s.location().precision(), s.location().geonameId(),
                    s.confidence(), s.firstPublished()));
        }
        return out;
    }
}
