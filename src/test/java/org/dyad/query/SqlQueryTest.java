package org.dyad.query;

import org.dyad.store.EventStore;
import org.dyad.store.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlQueryTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
            "DELETE FROM events",
            "insert into articles (id) values ('x')",
            "UPDATE events SET type = 'ASSAULT'",
            "DROP TABLE events",
            "COPY events TO '/tmp/stolen.csv'",
            "ATTACH 'other.duckdb' AS o",
            "SELECT 1; DELETE FROM events",
            "EXPLAIN ANALYZE COPY (SELECT 1) TO '/tmp/x.csv'",
            "CREATE TABLE t AS SELECT 1",
            "PRAGMA enable_profiling",
            "   ",
    })
    void refusesAnythingButOneQuery(String sql) {
        assertThatThrownBy(() -> SqlQuery.checkReadOnly(sql)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT 1",
            "select 'a;b' AS s;",
            "WITH x AS (SELECT 1 AS n) SELECT n FROM x",
            "FROM events",
            "-- a comment; with a semicolon\nSELECT 2",
            "(SELECT 1)",
            "EXPLAIN SELECT 1",
            "DESCRIBE events",
    })
    void acceptsQueries(String sql) {
        assertThat(SqlQuery.checkReadOnly(sql)).doesNotEndWith(";");
    }

    @Test
    void runsQueriesOnAReadOnlyStoreAndNothingElse() {
        Path db = dir.resolve("s.duckdb");
        QueryFixture.build(db).close();
        try (EventStore rw = EventStore.open(db)) {
            assertThatThrownBy(() -> new SqlQuery(rw)).isInstanceOf(IllegalArgumentException.class);
        }
        try (EventStore ro = EventStore.openReadOnly(db)) {
            Table t = new SqlQuery(ro).run("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type LIMIT 1");
            assertThat(t.rows().get(0)).containsExactly("CONSULT", 2L);
            // even a write the check would let through is refused by the read-only file
            assertThatThrownBy(() -> ro.select("INSERT INTO store_meta VALUES ('k', 'v') RETURNING key"))
                    .hasMessageContaining("read-only");
            assertThatThrownBy(() -> new SqlQuery(ro).run("DELETE FROM events")).hasMessageContaining("read-only queries only");
        }
        assertThat(Files.exists(Path.of("/tmp/stolen.csv"))).isFalse();
    }
}
