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
        StringBuilder where = new StringBuilder(dyad.sql()).append(" AND event_date IS NOT NULL");
        if (from != null) {
            where.append(" AND event_date >= ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" AND event_date <= ?");
            params.add(to);
        }
        // the database groups and pivots: one row per period comes back, however many events
        StringBuilder select = new StringBuilder("SELECT CAST(date_trunc('" + by.sqlUnit() + "', event_date) AS DATE) AS period");
        for (PloverType t : PloverType.values())
            select.append(", count(*) FILTER (WHERE type = '").append(t.name()).append("')");
        select.append(", coalesce(sum(s) FILTER (WHERE s > 0), 0), coalesce(sum(s) FILTER (WHERE s < 0), 0)")
                .append(" FROM (SELECT event_date, type, ").append(CooperationScale.weightSql("type")).append(" * ")
                .append(CooperationScale.factorSql("factuality")).append(" AS s FROM events WHERE ").append(where)
                .append(") GROUP BY 1 ORDER BY 1");
        Table periods = store.select(select.toString(), params.toArray());
        TreeMap<LocalDate, List<Object>> byStart = new TreeMap<>();
        for (List<Object> r : periods.rows()) byStart.put((LocalDate) r.get(0), r);
        List<TimelineRow> out = new ArrayList<>();
        if (byStart.isEmpty()) return out;
        LocalDate first = byStart.firstKey(), last = byStart.lastKey();
        int nTypes = PloverType.values().length;
        for (LocalDate p = first; !p.isAfter(last); p = by.next(p)) {
            List<Object> r = byStart.get(p);
            Map<PloverType, Integer> counts = new EnumMap<>(PloverType.class);
            int total = 0;
            for (PloverType t : PloverType.values()) {
                int n = r == null ? 0 : ((Number) r.get(1 + t.ordinal())).intValue();
                counts.put(t, n);
                total += n;
            }
            double coop = r == null ? 0 : ((Number) r.get(1 + nTypes)).doubleValue();
            double conflict = r == null ? 0 : ((Number) r.get(2 + nTypes)).doubleValue();
            out.add(new TimelineRow(p, by.label(p), counts, total, round(coop), round(conflict), round(coop + conflict)));
        }
        return out;
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
