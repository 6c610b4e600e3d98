package org.dyad.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.dyad.output.Json;
import org.dyad.store.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a {@link Table}: aligned columns for people (long text clipped with "…", numbers
 * right-aligned), RFC 4180 CSV with a header, or a JSON array of objects keyed by column name.
 */
public final class TablePrinter {
    /** Widest cell an aligned table shows before clipping. */
    public static final int MAX_CELL = 60;

    private TablePrinter() {
    }

    public static String render(Table t, OutputFormat format) {
        return switch (format) {
            case TABLE -> aligned(t, MAX_CELL);
            case CSV -> csv(t);
            case JSON -> json(t);
        };
    }

    public static String aligned(Table t, int maxCell) {
        int n = t.columns().size();
        int[] width = new int[n];
        boolean[] numeric = new boolean[n];
        List<String[]> cells = new ArrayList<>(t.size());
        for (int i = 0; i < n; i++) {
            width[i] = t.columns().get(i).length();
            numeric[i] = true;
        }
        for (List<Object> row : t.rows()) {
            String[] r = new String[n];
            for (int i = 0; i < n; i++) {
                Object v = row.get(i);
                if (v != null && !(v instanceof Number)) numeric[i] = false;
                r[i] = clip(format(v).replace('\n', ' '), maxCell);
                width[i] = Math.max(width[i], r[i].length());
            }
            cells.add(r);
        }
        StringBuilder sb = new StringBuilder();
        line(sb, t.columns().toArray(String[]::new), width, numeric);
        String[] rule = new String[n];
        for (int i = 0; i < n; i++) rule[i] = "-".repeat(width[i]);
        line(sb, rule, width, numeric);
        for (String[] r : cells) line(sb, r, width, numeric);
        sb.append('(').append(t.size()).append(t.size() == 1 ? " row)" : " rows)").append('\n');
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] cells, int[] width, boolean[] numeric) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) l.append("  ");
            String pad = " ".repeat(width[i] - cells[i].length());
            if (numeric[i]) l.append(pad).append(cells[i]);
            else l.append(cells[i]).append(i == cells.length - 1 ? "" : pad);
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }

    public static String csv(Table t) {
        StringBuilder sb = new StringBuilder();
        csvLine(sb, new ArrayList<>(t.columns()));
        for (List<Object> row : t.rows()) csvLine(sb, row);
        return sb.toString();
    }

    private static void csvLine(StringBuilder sb, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) sb.append(',');
            Object v = values.get(i);
            if (v == null) continue;
            String s = format(v);
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)
                s = '"' + s.replace("\"", "\"\"") + '"';
            sb.append(s);
        }
        sb.append("\r\n");
    }

    public static String json(Table t) {
        List<Map<String, Object>> out = new ArrayList<>(t.size());
        for (List<Object> row : t.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < t.columns().size(); i++) m.put(t.columns().get(i), row.get(i));
            out.add(m);
        }
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write rows as JSON: " + e.getMessage(), e);
        }
    }

    /** Plain text of a value: no exponent, at most three decimals, no trailing zeros. */
    static String format(Object v) {
        if (v == null) return "";
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) return String.valueOf(d);
            BigDecimal b = BigDecimal.valueOf(d).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
            return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
        }
        if (v instanceof BigDecimal b) return b.toPlainString();
        return v.toString();
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)) + "…";
    }
}
