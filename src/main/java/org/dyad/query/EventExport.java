package org.dyad.query;

import org.dyad.store.CopyFormat;
import org.dyad.store.EventStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports one row per de-duplicated event, ready for pandas, R or DuckDB. Columns POLECAT also has
 * carry POLECAT's public names ("Event ID", "Event Date", "Quad Code", "Actor Name", "Recipient
 * Country", ...); Dyad's own fields follow ("Factuality", "Date From", "Evidence", "Mention Count", ...).
 * docs/STORE.md lists every column and where its value comes from.
 */
public final class EventExport {
    public static final String VERSION = "dyad-0.1.0";

    /** Column name and the SQL giving it, in file order. */
    private static final String[][] COLUMNS = {
            // POLECAT's names
            {"Event ID", "CAST(e.id AS VARCHAR)"},
            {"Event Date", "e.event_date"},
            {"Event Type", "e.type"},
            {"Event Mode", "e.mode"},
            {"Intensity", CooperationScale.weightSql("e.type")},
            {"Quad Code", CooperationScale.quadSql("e.type")},
            {"Contexts", "e.context"},
            {"Actor Name", "e.source_name"},
            {"Actor Country", "e.source_country"},
            {"Primary Actor Sector", "e.source_sector"},
            {"Actor Title", "CAST(NULL AS VARCHAR)"},
            {"Actor Name Raw", "e.source_text"},
            {"Recipient Name", "e.target_name"},
            {"Recipient Country", "e.target_country"},
            {"Primary Recipient Sector", "e.target_sector"},
            {"Recipient Title", "CAST(NULL AS VARCHAR)"},
            {"Recipient Name Raw", "e.target_text"},
            {"Placename", "e.location_name"},
            {"City", "CASE WHEN e.location_precision = 'place' THEN e.location_name END"},
            {"District", "CAST(NULL AS VARCHAR)"},
            {"Province", "coalesce(e.location_region, CASE WHEN e.location_precision = 'region' THEN e.location_name END)"},
            {"Country", "e.location_country"},
            {"Latitude", "e.location_lat"},
            {"Longitude", "e.location_lon"},
            {"GeoNames ID", "e.location_geonames_id"},
            {"Raw Placename", "e.location_name"},
            {"Feature Type", "e.location_precision"},
            {"Source", "s.sources"},
            {"Publication Date", "e.first_published"},
            {"Language", "s.languages"},
            {"Version", "'" + VERSION + "'"},
            // Dyad's own
            {"CAMEO Code", "e.cameo"},
            {"Actor Code", "e.source_code"},
            {"Recipient Code", "e.target_code"},
            {"Factuality", "e.factuality"},
            {"Date From", "e.date_from"},
            {"Date To", "e.date_to"},
            {"Evidence", "e.sentence"},
            {"Confidence", "e.confidence"},
            {"Score", CooperationScale.weightSql("e.type") + " * " + CooperationScale.factorSql("e.factuality")},
            {"Mention Count", "e.mention_count"},
            {"Article Count", "e.article_count"},
            {"Article IDs", "s.article_ids"},
    };

    private final EventStore store;

    public EventExport(EventStore store) {
        this.store = store;
    }

    public static List<String> columns() {
        List<String> out = new ArrayList<>(COLUMNS.length);
        for (String[] c : COLUMNS) out.add(c[0]);
        return out;
    }

    /** The SELECT behind every export format. */
    public static String selectSql() {
        StringBuilder sb = new StringBuilder("SELECT ");
        for (int i = 0; i < COLUMNS.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(COLUMNS[i][1]).append(" AS \"").append(COLUMNS[i][0]).append('"');
        }
        return sb.append("""
                 FROM events e LEFT JOIN (
                  SELECT m.event_id,
                         string_agg(DISTINCT a.source, '; ' ORDER BY a.source) AS sources,
                         string_agg(DISTINCT a.language, '; ' ORDER BY a.language) AS languages,
                         string_agg(DISTINCT m.article_id, '; ' ORDER BY m.article_id) AS article_ids
                  FROM event_mentions m JOIN articles a ON a.id = m.article_id
                  GROUP BY m.event_id) s ON s.event_id = e.id
                 ORDER BY e.event_date NULLS LAST, e.id""").toString();
    }

    /** Writes every event to {@code out}; returns the number of rows written. */
    public long export(CopyFormat format, Path out) {
        return store.copy(selectSql(), out, format);
    }
}
