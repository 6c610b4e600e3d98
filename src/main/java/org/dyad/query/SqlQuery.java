package org.dyad.query;

import org.dyad.store.EventStore;
import org.dyad.store.Table;

import java.util.Locale;
import java.util.Set;

/**
 * Runs SQL typed by a user against a store, read-only twice over: the statement must be a single
 * query (SELECT, WITH, FROM, VALUES, TABLE, DESCRIBE, SHOW, SUMMARIZE, or EXPLAIN of one of these),
 * and the store must have been opened read-only, so even a statement that slipped past the check
 * cannot change the file.
 */
public final class SqlQuery {
    private static final Set<String> QUERY_WORDS = Set.of("SELECT", "WITH", "FROM", "VALUES", "TABLE", "DESCRIBE", "SHOW", "SUMMARIZE");
    private final EventStore store;

    public SqlQuery(EventStore store) {
        if (!store.readOnly()) throw new IllegalArgumentException("user SQL runs only on a store opened read-only");
        this.store = store;
    }

    public Table run(String sql) {
        return store.select(checkReadOnly(sql));
    }

    /** Returns the statement without a trailing ";", or throws IllegalArgumentException saying why it is refused. */
    public static String checkReadOnly(String sql) {
        String code = withoutStringsAndComments(sql).strip();
        while (code.endsWith(";")) code = code.substring(0, code.length() - 1).strip();
        if (code.isEmpty()) throw new IllegalArgumentException("empty SQL");
        if (code.contains(";")) throw new IllegalArgumentException("one statement at a time, please (found ';' inside)");
        String[] words = code.replaceFirst("^[(\\s]+", "").split("[\\s(]+");
        int i = 0;
        if (words[i].equalsIgnoreCase("EXPLAIN")) {
            i++;
            // EXPLAIN ANALYZE runs its statement, so what follows must be a query too
            if (i < words.length && words[i].equalsIgnoreCase("ANALYZE")) i++;
        }
        String first = i < words.length ? words[i].toUpperCase(Locale.ROOT) : "";
        if (!QUERY_WORDS.contains(first))
            throw new IllegalArgumentException("dyad sql runs read-only queries only (SELECT, WITH, DESCRIBE, ...), not " + first);
        String trimmed = sql.strip();
        while (trimmed.endsWith(";")) trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        return trimmed;
    }

    /** The SQL with quoted strings, quoted identifiers and comments blanked out, so ';' inside them is ignored. */
    static String withoutStringsAndComments(String sql) {
        StringBuilder sb = new StringBuilder(sql.length());
        int i = 0, n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int j = i + 1;
                while (j < n) {
                    if (sql.charAt(j) == c) {
                        if (j + 1 < n && sql.charAt(j + 1) == c) j += 2;
                        else break;
                    } else j++;
                }
                sb.append(' ');
                i = j + 1;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                sb.append(' ');
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }
}
