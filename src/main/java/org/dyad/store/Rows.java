package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/**
 * Binds values and inserts many rows with one statement. DuckDB plans every statement it is
 * given (a JDBC batch is still one execution per row), so one multi-row INSERT per table and
 * article is what keeps a save to a few milliseconds.
 */
final class Rows {
    /** Rows per statement: keeps statements (and their parameter lists) of bounded size. */
    private static final int CHUNK = 400;

    private Rows() {
    }

    static void insert(Connection c, String table, String columns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) return;
        int width = rows.get(0).length;
        String one = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        for (int start = 0; start < rows.size(); start += CHUNK) {
            List<Object[]> chunk = rows.subList(start, Math.min(rows.size(), start + CHUNK));
            String sql = "INSERT INTO " + table + " (" + columns + ") VALUES " + String.join(", ", Collections.nCopies(chunk.size(), one));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (Object[] row : chunk) {
                    if (row.length != width) throw new IllegalArgumentException("rows of different widths for " + table);
                    for (Object v : row) bind(ps, i++, v);
                }
                ps.executeUpdate();
            }
        }
    }

    static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) ps.setNull(i, Types.VARCHAR);
        else if (v instanceof String s) ps.setString(i, s);
        else if (v instanceof Integer n) ps.setInt(i, n);
        else if (v instanceof Long n) ps.setLong(i, n);
        else if (v instanceof Double d) ps.setDouble(i, d);
        else if (v instanceof LocalDate d) ps.setObject(i, d);
        else if (v instanceof Timestamp t) ps.setTimestamp(i, t);
        else ps.setObject(i, v);
    }

    static void bindAll(PreparedStatement ps, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) bind(ps, i + 1, values.get(i));
    }
}
