package org.dyad.columnar;

import org.dyad.article.ArticleOutcome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads back the articles of a run written by the dyad-spark job (a folder holding {@code articles/}
 * and {@code events/} Parquet datasets), one article at a time, for {@code dyad ingest}. DuckDB
 * reads the Parquet; nothing here needs Spark.
 */
public final class RunReader {
    public static final String ARTICLES = "articles", EVENTS = "events";

    /** One article of the run: its outcome and content hash, or an input that could not be read. */
    public record Entry(ArticleOutcome outcome, String contentHash, boolean unreadable) {
    }

    private RunReader() {
    }

    /** The run folder when {@code p} is one, or its {@code articles/} or {@code events/} folder; else null. */
    public static Path runFolder(Path p) {
        if (!Files.isDirectory(p)) return null;
        if (hasParquet(p.resolve(ARTICLES)) && Files.isDirectory(p.resolve(EVENTS))) return p;
        Path parent = p.toAbsolutePath().normalize().getParent();
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (parent != null && (name.equals(ARTICLES) || name.equals(EVENTS)) && runFolder(parent) != null) return parent;
        return null;
    }

    private static boolean hasParquet(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Calls {@code sink} for every article of the run, in id order (a stable order across re-runs). */
    public static long forEach(Path run, Consumer<Entry> sink) {
        String glob = run.resolve(ARTICLES).toAbsolutePath().normalize().resolve("*.parquet").toString().replace("'", "''");
        Properties p = new Properties();
        p.setProperty("jdbc_stream_results", "true");  // a big run does not fit in memory at once
        long n = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:", p); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, source, status, error_stage, error, content_hash, coded FROM read_parquet('"
                     + glob + "') ORDER BY id")) {
            while (rs.next()) {
                String id = rs.getString(1), source = rs.getString(2), status = rs.getString(3), coded = rs.getString(7);
                ArticleOutcome o;
                if (RunTables.STATUS_CODED.equals(status) && coded != null) {
                    o = new ArticleOutcome.Coded(CodedJson.read(coded));
                } else {
                    o = new ArticleOutcome.Failed(id, source, rs.getString(4) == null ? "internal" : rs.getString(4),
                            rs.getString(5) == null ? "no coding in the run's row" : rs.getString(5));
                }
                sink.accept(new Entry(o, rs.getString(6), RunTables.STATUS_UNREADABLE.equals(status)));
                n++;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the run in " + run + ": " + firstLine(e.getMessage()), e);
        }
        return n;
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
