package org.dyad.query;

import org.dyad.article.Factuality;
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
        // the database groups (fast on millions of rows); Java only weighs a few hundred groups
        Table groups = store.select("SELECT CAST(date_trunc('" + by.sqlUnit() + "', event_date) AS DATE) AS period, type, factuality, "
                + "count(*) AS n FROM events WHERE " + where + " GROUP BY ALL", params.toArray());
        TreeMap<LocalDate, long[]> counts = new TreeMap<>();
        Map<LocalDate, double[]> scores = new TreeMap<>();
        for (List<Object> r : groups.rows()) {
            LocalDate p = (LocalDate) r.get(0);
            PloverType type = PloverType.valueOf((String) r.get(1));
            Factuality f = r.get(2) == null ? null : Factuality.valueOf(((String) r.get(2)).toUpperCase(Locale.ROOT));
            long n = ((Number) r.get(3)).longValue();
            counts.computeIfAbsent(p, k -> new long[PloverType.values().length])[type.ordinal()] += n;
            double s = n * CooperationScale.score(type, f);
            double[] sc = scores.computeIfAbsent(p, k -> new double[2]);
            if (s >= 0) sc[0] += s;
            else sc[1] += s;
        }
        List<TimelineRow> out = new ArrayList<>();
        if (counts.isEmpty()) return out;
        for (LocalDate p = counts.firstKey(); !p.isAfter(counts.lastKey()); p = by.next(p)) {
            long[] c = counts.getOrDefault(p, new long[PloverType.values().length]);
            double[] sc = scores.getOrDefault(p, new double[2]);
            Map<PloverType, Integer> byType = new EnumMap<>(PloverType.class);
            int total = 0;
            for (PloverType t : PloverType.values()) {
                byType.put(t, (int) c[t.ordinal()]);
                total += (int) c[t.ordinal()];
            }
            out.add(new TimelineRow(p, by.label(p), byType, total, round(sc[0]), round(sc[1]), round(sc[0] + sc[1])));
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
