package org.dyad.query;

import org.dyad.article.PloverType;
import org.dyad.store.EventStore;
import org.dyad.store.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A dyad's timeline: for each period, de-duplicated events per PLOVER type and a
 * cooperation-conflict score ({@link CooperationScale}). Both directions count (GBR to FRA and FRA
 * to GBR); undated events are left out. Periods without events between the first and the last are
 * listed with zeros, so the rows form a regular series.
 *
 * <pre>{@code
 * try (EventStore store = EventStore.openReadOnly(db)) {
 *     List<TimelineRow> rows = new TimelineQuery(store).timeline("GBR", "FRA", Granularity.MONTH);
 *     System.out.print(TablePrinter.aligned(TimelineQuery.table(rows, false), TablePrinter.MAX_CELL));
 * }
 * }</pre>
 */
public final class TimelineQuery {
    private final EventStore store;

    public TimelineQuery(EventStore store) {
        this.store = store;
    }

    public List<TimelineRow> timeline(String countryA, String countryB, Granularity by) {
        return timeline(countryA, countryB, by, null, null);
    }

    /** As {@link #timeline(String, String, Granularity)}, limited to event dates in [from, to] (either may be null). */
    public List<TimelineRow> timeline(String countryA, String countryB, Granularity by, LocalDate from, LocalDate to) {
        DyadCondition dyad = DyadCondition.of(countryA.toUpperCase(Locale.ROOT), countryB.toUpperCase(Locale.ROOT), false);
        List<Object> params = new ArrayList<>(dyad.params());
        StringBuilder where = new StringBuilder(dyad.sql()).append(" AND event_date IS NOT NULL").append(placeable(by));
        if (from != null) {
            where.append(" AND event_date >= ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" AND event_date <= ?");
            params.add(to);
        }
        // the database groups and pivots, so one row per period crosses JDBC however many events there
        // are; the period is a day number (cheaper than a DATE), scores are split by sign in SQL
        StringBuilder sql = new StringBuilder("SELECT CAST(date_trunc('").append(by.sqlUnit())
                .append("', event_date) AS DATE) - DATE '1970-01-01' AS period");
        for (PloverType t : PloverType.values())
            sql.append(", sum(CAST(type = '").append(t.name()).append("' AS INTEGER))");
        sql.append(", sum(greatest(s, 0)), sum(least(s, 0)) FROM (SELECT event_date, type, ")
                .append(CooperationScale.weightSql("type")).append(" * ").append(CooperationScale.factorSql("factuality"))
                .append(" AS s FROM events WHERE ").append(where).append(") GROUP BY 1");
        Table groups = store.select(sql.toString(), params.toArray());
        int nTypes = PloverType.values().length;
        TreeMap<LocalDate, double[]> byStart = new TreeMap<>();
        for (List<Object> r : groups.rows()) {
            double[] acc = new double[nTypes + 2];
            for (int i = 0; i < nTypes + 2; i++) acc[i] = ((Number) r.get(1 + i)).doubleValue();
            byStart.put(LocalDate.ofEpochDay(((Number) r.get(0)).longValue()), acc);
        }
        List<TimelineRow> out = new ArrayList<>();
        if (byStart.isEmpty()) return out;
        for (LocalDate p = byStart.firstKey(); !p.isAfter(byStart.lastKey()); p = by.next(p)) {
            double[] acc = byStart.getOrDefault(p, new double[nTypes + 2]);
            Map<PloverType, Integer> counts = new EnumMap<>(PloverType.class);
            int total = 0;
            for (PloverType t : PloverType.values()) {
                counts.put(t, (int) acc[t.ordinal()]);
                total += (int) acc[t.ordinal()];
            }
            out.add(new TimelineRow(p, by.label(p), counts, total, round(acc[nTypes]), round(acc[nTypes + 1]),
                    round(acc[nTypes] + acc[nTypes + 1])));
        }
        return out;
    }

    /** SQL condition: the event's date window is narrow enough to place it in one period. */
    private static String placeable(Granularity by) {
        return " AND (date_from IS NULL OR date_to IS NULL OR date_to - date_from + 1 <= " + by.maxWindowDays() + ")";
    }

    /**
     * How many of the dyad's events the timeline leaves out because their date windows are wider
     * than {@link Granularity#maxWindowDays()} (printed under the timeline, so nothing is hidden silently).
     */
    public long unplaced(String countryA, String countryB, Granularity by) {
        DyadCondition dyad = DyadCondition.of(countryA.toUpperCase(Locale.ROOT), countryB.toUpperCase(Locale.ROOT), false);
        Table t = store.select("SELECT count(*) FROM events WHERE " + dyad.sql()
                + " AND date_from IS NOT NULL AND date_to IS NOT NULL AND date_to - date_from + 1 > " + by.maxWindowDays(),
                dyad.params().toArray());
        return ((Number) t.rows().get(0).get(0)).longValue();
    }

    /**
     * The rows as a table: period, events, one column per PLOVER type (all 16 when {@code allTypes},
     * else only the types that occur), cooperation, conflict, score.
     */
    public static Table table(List<TimelineRow> rows, boolean allTypes) {
        List<PloverType> types = new ArrayList<>();
        for (PloverType t : PloverType.values())
            if (allTypes || rows.stream().anyMatch(r -> r.count(t) > 0)) types.add(t);
        List<String> cols = new ArrayList<>(List.of("period", "events"));
        for (PloverType t : types) cols.add(t.name());
        cols.addAll(List.of("cooperation", "conflict", "score"));
        List<List<Object>> out = new ArrayList<>();
        for (TimelineRow r : rows) {
            List<Object> row = new ArrayList<>(List.of(r.period(), r.events()));
            for (PloverType t : types) row.add(r.count(t));
            row.add(r.cooperation());
            row.add(r.conflict());
            row.add(r.score());
            out.add(row);
        }
        return new Table(cols, out);
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
