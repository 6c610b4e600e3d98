package org.dyad.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows a read returns: column names and values in column order. Values are JDK types
 * ({@code String}, {@code Long}, {@code Integer}, {@code Double}, {@code java.time.LocalDate},
 * {@code Boolean}) or null.
 */
public record Table(List<String> columns, List<List<Object>> rows) {
    public Table {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            if (r.size() != columns.size())
                throw new IllegalArgumentException("row has " + r.size() + " values for " + columns.size() + " columns");
            copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    public int size() {
        return rows.size();
    }

    public int column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no column " + name + " in " + columns);
        return i;
    }

    public Object value(int row, String column) {
        return rows.get(row).get(column(column));
    }
}
