import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * java -cp DUCKDB_JDBC_JAR tools/spark/CompareRun.java RUN_DIR CODED.jsonl
 *
 * Compares a dyad-spark run (RUN_DIR/articles and RUN_DIR/events, Parquet) with `dyad code` output on the
 * same input, in DuckDB: the run's `json` column must equal the `dyad code` line of the same article,
 * byte for byte (the line holds every event with its dyad, type, dates, factuality and evidence), and
 * RUN_DIR/events must hold one row per event of those lines. Exit 0 when equal, 1 otherwise.
 */
public class CompareRun {
    public static void main(String[] args) throws Exception {
        String run = Path.of(args[0]).toAbsolutePath().toString();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE local_lines(line VARCHAR)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO local_lines VALUES (?)")) {
                for (String line : Files.readAllLines(Path.of(args[1]))) if (!line.isBlank()) {
                    p.setString(1, line);
                    p.addBatch();
                }
                p.executeBatch();
            }
            s.execute("CREATE TABLE local_run AS SELECT line ->> 'doc_id' AS id, line, json_array_length(line, '$.events') AS events FROM local_lines");
            s.execute("CREATE TABLE spark_run AS SELECT id, json FROM read_parquet('" + run + "/articles/*.parquet')");
            long differ = 0;
            try (ResultSet rs = s.executeQuery("SELECT coalesce(l.id, r.id), l.id IS NULL, r.id IS NULL FROM local_run l "
                    + "FULL JOIN spark_run r ON l.id = r.id WHERE l.line IS DISTINCT FROM r.json ORDER BY 1")) {
                while (rs.next()) {
                    differ++;
                    System.out.println(rs.getString(1) + (rs.getBoolean(2) ? ": only in the Spark run" : rs.getBoolean(3) ? ": not in the Spark run" : ": differs"));
                }
            }
            long[] n = longs(s, "SELECT (SELECT count(*) FROM local_run), (SELECT count(*) FROM spark_run), (SELECT sum(events) FROM local_run), "
                    + "(SELECT count(*) FROM read_parquet('" + run + "/events/*.parquet'))");
            System.out.printf("articles: dyad code %d, Spark %d, differing %d; events: dyad code %d, Spark %d%n", n[0], n[1], differ, n[2], n[3]);
            System.exit(differ == 0 && n[2] == n[3] && n[0] > 0 ? 0 : 1);
        }
    }

    private static long[] longs(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long[] out = new long[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < out.length; i++) out[i] = rs.getLong(i + 1);
            return out;
        }
    }
}
