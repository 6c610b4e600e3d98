package org.dyad.query;

import java.util.List;

/**
 * The SQL condition selecting events between two countries. Undirected, it uses the store's
 * {@code dyad} column (the two codes sorted, joined by "-": one equality, fast on millions of rows);
 * directed, it compares source and target.
 */
record DyadCondition(String sql, List<Object> params) {
    static DyadCondition of(String a, String b, boolean directed) {
        if (a == null && b == null) return new DyadCondition("TRUE", List.of());
        if (a == null || b == null) {
            String c = a != null ? a : b;
            return new DyadCondition("(source_country = ? OR target_country = ?)", List.of(c, c));
        }
        if (directed) return new DyadCondition("(source_country = ? AND target_country = ?)", List.of(a, b));
        String key = a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
        return new DyadCondition("dyad = ?", List.of(key));
    }
}
