package org.dyad.columnar;

import org.dyad.article.ArticleOutcome;
import org.dyad.article.CodedArticle;
import org.dyad.article.PublishedDate;
import org.dyad.output.ArticleJson;
import org.dyad.query.CooperationScale;
import org.dyad.query.EventExport;
import org.dyad.store.ReportedEvents;
import org.dyad.store.ReportedEvents.Report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The two tables of a run without a store (the dyad-spark job writes them as Parquet):
 *
 * <ul>
 *   <li><b>events</b>: one row per event an article reports, with the columns of {@code dyad export}
 *       (POLECAT's names, then Dyad's; {@link EventExport#columns()}), then {@link #EVENT_EXTRAS}.
 *       Values are those a one-mention event gets in the store: "Event ID" is the mention id
 *       ({@code <doc_id>-e<n>}), "Mention Count" and "Article Count" are 1. Cross-article
 *       de-duplication happens when the run is ingested.</li>
 *   <li><b>articles</b>: one row per input with its status ({@code coded}, {@code failed},
 *       {@code unreadable}) or error, its publication date, the {@code dyad code} JSON line, and the
 *       lossless {@link CodedJson} that {@code dyad ingest} stores.</li>
 * </ul>
 *
 * Values are plain Java ({@link String}, {@link java.time.LocalDate}, {@link Double}, {@link Integer}) in
 * column order; {@link Column#type()} is the SQL type a writer should give the column.
 */
public final class RunTables {
    public static final String STATUS_CODED = "coded", STATUS_FAILED = "failed", STATUS_UNREADABLE = "unreadable";

    /** A column's name and SQL type: VARCHAR, DATE, DOUBLE or INTEGER. */
    public record Column(String name, String type) {
    }

    /** What an event row is computed from: the report and its article's source and language. */
    private record Ctx(Report r, String source, String language) {
    }

    private static final Map<String, Column> TYPES = new LinkedHashMap<>();
    private static final Map<String, Function<Ctx, Object>> EVENT_VALUES = new LinkedHashMap<>();

    private static void ev(String name, String type, Function<Ctx, Object> value) {
        TYPES.put(name, new Column(name, type));
        EVENT_VALUES.put(name, value);
    }

    static {
        // the export's columns, by the export's own names; values as a one-mention event has them
        ev("Event ID", "VARCHAR", c -> c.r.mentionId());
        ev("Event Date", "DATE", c -> c.r.eventDate());
        ev("Event Type", "VARCHAR", c -> c.r.type().name());
        ev("Event Mode", "VARCHAR", c -> c.r.mode());
        ev("Intensity", "DOUBLE", c -> CooperationScale.weight(c.r.type()));
        ev("Quad Code", "VARCHAR", c -> CooperationScale.quad(c.r.type()));
        ev("Contexts", "VARCHAR", c -> c.r.context());
        ev("Actor Name", "VARCHAR", c -> c.r.sourceName());
        ev("Actor Country", "VARCHAR", c -> c.r.sourceCountry());
        ev("Primary Actor Sector", "VARCHAR", c -> c.r.sourceSector());
        ev("Actor Title", "VARCHAR", c -> null);
        ev("Actor Name Raw", "VARCHAR", c -> c.r.sourceText());
        ev("Recipient Name", "VARCHAR", c -> c.r.targetName());
        ev("Recipient Country", "VARCHAR", c -> c.r.targetCountry());
        ev("Primary Recipient Sector", "VARCHAR", c -> c.r.targetSector());
        ev("Recipient Title", "VARCHAR", c -> null);
        ev("Recipient Name Raw", "VARCHAR", c -> c.r.targetText());
        ev("Placename", "VARCHAR", c -> c.r.locationName());
        ev("City", "VARCHAR", c -> "place".equals(c.r.locationPrecision()) ? c.r.locationName() : null);
        ev("District", "VARCHAR", c -> null);
        ev("Province", "VARCHAR", c -> c.r.locationRegion() != null ? c.r.locationRegion()
                : "region".equals(c.r.locationPrecision()) ? c.r.locationName() : null);
        ev("Country", "VARCHAR", c -> c.r.locationCountry());
        ev("Latitude", "DOUBLE", c -> c.r.locationLat());
        ev("Longitude", "DOUBLE", c -> c.r.locationLon());
        ev("GeoNames ID", "VARCHAR", c -> c.r.locationGeonameId());
        ev("Raw Placename", "VARCHAR", c -> c.r.locationName());
        ev("Feature Type", "VARCHAR", c -> c.r.locationPrecision());
        ev("Source", "VARCHAR", c -> c.source);
        ev("Publication Date", "DATE", c -> c.r.published());
        ev("Language", "VARCHAR", c -> c.language);
        ev("Version", "VARCHAR", c -> EventExport.VERSION);
        ev("CAMEO Code", "VARCHAR", c -> c.r.cameo());
        ev("Actor Code", "VARCHAR", c -> c.r.sourceCode());
        ev("Recipient Code", "VARCHAR", c -> c.r.targetCode());
        ev("Factuality", "VARCHAR", c -> c.r.factuality() == null ? null : c.r.factuality().label());
        ev("Date From", "DATE", c -> c.r.dateFrom());
        ev("Date To", "DATE", c -> c.r.dateTo());
        ev("Evidence", "VARCHAR", c -> c.r.sentence());
        ev("Confidence", "DOUBLE", c -> c.r.confidence());
        ev("Score", "DOUBLE", c -> CooperationScale.score(c.r.type(), c.r.factuality()));
        ev("Mention Count", "INTEGER", c -> 1);
        ev("Article Count", "INTEGER", c -> 1);
        ev("Article IDs", "VARCHAR", c -> c.r.articleId());
        // Dyad's columns a run adds: the store's dyad key and where in the article the evidence is
        ev("Article ID", "VARCHAR", c -> c.r.articleId());
        ev("Dyad", "VARCHAR", c -> c.r.dyad());
        ev("Sentence Index", "INTEGER", c -> c.r.sentenceIndex());
        List<String> export = EventExport.columns(), ours = new ArrayList<>(EVENT_VALUES.keySet());
        // a column added to the export must be added here too, or runs and exports would drift apart
        if (!ours.subList(0, Math.min(ours.size(), export.size())).equals(export))
            throw new IllegalStateException("RunTables' event columns " + ours + " do not start with the export's " + export);
    }

    /** The columns after the export's. */
    public static final List<String> EVENT_EXTRAS = List.of("Article ID", "Dyad", "Sentence Index");

    public static final List<Column> ARTICLE_COLUMNS = List.of(
            new Column("id", "VARCHAR"), new Column("source", "VARCHAR"), new Column("url", "VARCHAR"),
            new Column("title", "VARCHAR"), new Column("language", "VARCHAR"),
            new Column("status", "VARCHAR"), new Column("error_stage", "VARCHAR"), new Column("error", "VARCHAR"),
            new Column("published_date", "DATE"), new Column("published_from", "DATE"), new Column("published_to", "DATE"),
            new Column("published_method", "VARCHAR"), new Column("published_evidence", "VARCHAR"),
            new Column("event_count", "INTEGER"), new Column("content_hash", "VARCHAR"),
            new Column("json", "VARCHAR"), new Column("coded", "VARCHAR"));

    private RunTables() {
    }

    public static List<Column> eventColumns() {
        return List.copyOf(TYPES.values());
    }

    /** One row per event the article reports (none for a failed article), values in {@link #eventColumns()} order. */
    public static List<Object[]> eventRows(ArticleOutcome outcome) {
        if (!(outcome instanceof ArticleOutcome.Coded coded)) return List.of();
        CodedArticle a = coded.article();
        List<Object[]> rows = new ArrayList<>();
        for (Report r : ReportedEvents.of(a)) {
            Ctx c = new Ctx(r, outcome.source(), a.article().language());
            Object[] row = new Object[EVENT_VALUES.size()];
            int i = 0;
            for (Function<Ctx, Object> f : EVENT_VALUES.values()) row[i++] = f.apply(c);
            rows.add(row);
        }
        return rows;
    }

    /**
     * The article's row in {@link #ARTICLE_COLUMNS} order.
     *
     * @param unreadable true when the input could not be read at all (no article: ingest does not store it)
     * @param contentHash {@link org.dyad.store.ContentHash} of the raw input, or null when unreadable
     */
    public static Object[] articleRow(ArticleOutcome outcome, boolean unreadable, String contentHash) {
        String json = new ArticleJson().toLine(outcome);
        if (outcome instanceof ArticleOutcome.Failed f) {
            return new Object[]{f.id(), f.source(), null, null, null, unreadable ? STATUS_UNREADABLE : STATUS_FAILED,
                    f.stage(), f.message(), null, null, null, null, null, 0, contentHash, json, null};
        }
        CodedArticle a = ((ArticleOutcome.Coded) outcome).article();
        PublishedDate p = a.published() == null ? PublishedDate.unknown() : a.published();
        return new Object[]{outcome.id(), outcome.source(), a.article().url(), a.article().title(), a.article().language(),
                STATUS_CODED, null, null, p.date(), p.from(), p.to(), p.method() == null ? null : p.method().label(),
                p.evidence(), ReportedEvents.of(a).size(), contentHash, json, CodedJson.write(a)};
    }
}
