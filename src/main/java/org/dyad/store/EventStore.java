package org.dyad.store;

import org.dyad.article.ArticleOutcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Dyad's event store: one DuckDB file of articles, actors, quotes, event mentions and de-duplicated
 * events (schema in docs/STORE.md).
 *
 * <p>Contract: {@link #save} writes one article in one transaction, so a killed ingest loses no
 * article it had saved and leaves no half article behind; saving the same article id with the same
 * content hash changes nothing; a new hash replaces the old version and re-files its events. One
 * instance may be shared by threads (calls are serialised: DuckDB allows one writer per file).
 * Set-up problems (unwritable file, file locked by another process, not a Dyad store) are an
 * {@link IllegalStateException} with one clear message.
 */
public final class EventStore implements AutoCloseable {
    private final Connection conn;
    private final Path path;
    private final boolean readOnly;

    private EventStore(Connection conn, Path path, boolean readOnly) {
        this.conn = conn;
        this.path = path;
        this.readOnly = readOnly;
    }

    /** Opens (creating file and schema if needed) a store for reading and writing. */
    public static EventStore open(Path db) {
        Path abs = db.toAbsolutePath().normalize();
        try {
            if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        } catch (java.io.IOException | SecurityException e) {
            throw new IllegalStateException("cannot create the folder for event store " + abs + ": " + e.getMessage(), e);
        }
        if (Files.exists(abs) && !Files.isWritable(abs))
            throw new IllegalStateException("event store " + abs + " is not writable");
        Connection c = connect(abs, false);
        try {
            StoreSchema.ensure(c);
            return new EventStore(c, abs, false);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            if (e instanceof IllegalStateException ise) throw ise;
            throw new IllegalStateException("cannot create the event store schema in " + abs + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing store read-only: no statement through it can change the file. */
    public static EventStore openReadOnly(Path db) {
        Path abs = db.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs))
            throw new IllegalStateException("no event store at " + abs + " (create one with: dyad ingest INPUT... --db " + db + ")");
        Connection c = connect(abs, true);
        try {
            StoreSchema.check(c, abs.toString());
            return new EventStore(c, abs, true);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            if (e instanceof IllegalStateException ise) throw ise;
            throw new IllegalStateException("cannot read event store " + abs + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path abs, boolean readOnly) {
        Properties p = new Properties();
        if (readOnly) p.setProperty("duckdb.read_only", "true");
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + abs, p);
        } catch (SQLException e) {
            String hint = e.getMessage() != null && e.getMessage().contains("lock")
                    ? " (is another dyad command writing to it?)" : "";
            throw new IllegalStateException("cannot open event store " + abs + (readOnly ? " for reading" : " for writing")
                    + ": " + firstLine(e.getMessage()) + hint, e);
        }
    }

    /**
     * Forbids every statement through this store from touching anything but the store itself: no
     * {@code read_csv('/etc/passwd')}, no {@code ATTACH}, no {@code COPY TO}, no extension loading
     * (DuckDB's {@code enable_external_access}; once off it cannot be turned back on). For user-typed SQL.
     */
    public synchronized void denyExternalAccess() {
        try (var st = conn.createStatement()) {
            st.execute("SET enable_external_access = false");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock down event store " + path + ": " + firstLine(e.getMessage()), e);
        }
    }

    public Path path() {
        return path;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** True when an article with this id and content hash is stored (coded or failed). */
    public boolean contains(String articleId, String contentHash) {
        return contains(articleId, contentHash, false);
    }

    /** As {@link #contains(String, String)}, but an article stored with an error counts as missing. */
    public boolean containsCoded(String articleId, String contentHash) {
        return contains(articleId, contentHash, true);
    }

    private synchronized boolean contains(String articleId, String contentHash, boolean codedOnly) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM articles WHERE id = ? AND content_hash = ?"
                + (codedOnly ? " AND error IS NULL" : ""))) {
            ps.setString(1, articleId);
            ps.setString(2, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read event store " + path + ": " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Stores one article's outcome (a failed article is stored with its error and no events) and
     * files its events under de-duplicated events, all in one transaction.
     */
    public synchronized StoreResult save(ArticleOutcome outcome, String contentHash) {
        if (readOnly) throw new IllegalStateException("event store " + path + " is open read-only");
        if (contentHash == null || contentHash.isBlank()) throw new IllegalArgumentException("content hash is required");
        String id = outcome.id();
        try {
            conn.setAutoCommit(false);
            try {
                String storedHash = storedHash(id);
                if (contentHash.equals(storedHash)) {
                    conn.rollback();
                    return StoreResult.unchanged(id);
                }
                if (storedHash != null) {
                    Set<Long> touched = EventMerger.removeMentions(conn, id);
                    ArticleWriter.delete(conn, id);
                    EventMerger.refresh(conn, touched);
                }
                ArticleWriter.insert(conn, outcome, contentHash);
                List<Mention> mentions = outcome instanceof ArticleOutcome.Coded c ? ArticleMentions.of(c.article()) : List.of();
                EventMerger.Filed filed = EventMerger.file(conn, id, mentions);
                conn.commit();
                return new StoreResult(id, storedHash == null ? StoreResult.Status.STORED : StoreResult.Status.REPLACED,
                        mentions.size(), filed.newEvents(), filed.merged());
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store article " + id + " in " + path + ": " + firstLine(e.getMessage()), e);
        }
    }

    private String storedHash(String id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT content_hash FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * Runs one SQL query with positional parameters and returns all its rows. Meant for the read
     * side ({@code org.dyad.query}); user-typed SQL must go through a read-only store.
     */
    public synchronized Table select(String sql, Object... params) {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            Rows.bindAll(ps, java.util.Arrays.asList(params));
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                List<String> cols = new ArrayList<>(n);
                int[] types = new int[n + 1];
                for (int i = 1; i <= n; i++) {
                    cols.add(md.getColumnLabel(i));
                    types[i] = md.getColumnType(i);
                }
                List<List<Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) row.add(value(rs, i, types[i]));
                    rows.add(row);
                }
                return new Table(cols, rows);
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException(firstLine(e.getMessage()), e);
        }
    }

    /** Writes the rows of a SELECT to a file with DuckDB's COPY; returns the number of rows written. */
    public synchronized long copy(String selectSql, Path out, CopyFormat format) {
        Path abs = out.toAbsolutePath().normalize();
        try {
            if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create folder for " + abs + ": " + e.getMessage(), e);
        }
        String target = abs.toString().replace("'", "''");
        try (Statement s = conn.createStatement()) {
            s.execute("COPY (" + selectSql + ") TO '" + target + "' " + format.options);
            try (ResultSet rs = s.getResultSet()) {
                // DuckDB reports the row count of a COPY as its one result value
                return rs != null && rs.next() ? rs.getLong(1) : s.getUpdateCount();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write " + abs + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static Object value(ResultSet rs, int i, int sqlType) throws SQLException {
        Object v = switch (sqlType) {
            case java.sql.Types.DATE -> rs.getObject(i, LocalDate.class);
            case java.sql.Types.TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            case java.sql.Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, OffsetDateTime.class);
            default -> rs.getObject(i);
        };
        if (rs.wasNull()) return null;
        if (v instanceof java.math.BigInteger b) return b.longValue();
        // lists, structs, maps and UUIDs print as DuckDB writes them
        if (v instanceof java.sql.Array || v instanceof java.sql.Struct || v instanceof java.util.Map<?, ?>
                || v instanceof java.util.UUID) return String.valueOf(v);
        return v;
    }

    @Override
    public synchronized void close() {
        closeQuietly(conn);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing is best effort: DuckDB has already made every committed transaction durable
        }
    }

    static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** For this package's writers beside {@link #save} ({@link FeedLedger}): one parameterised statement. */
    synchronized int update(String sql, Object... params) {
        if (readOnly) throw new IllegalStateException("event store " + path + " is open read-only");
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            Rows.bindAll(ps, java.util.Arrays.asList(params));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write to event store " + path + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** For this package's benchmarks and tests: run a statement on the open connection. */
    synchronized void execute(String sql) {
        try (Statement s = conn.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(firstLine(e.getMessage()), e);
        }
    }
}
