package org.dyad.query;

import org.dyad.store.CopyFormat;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Export files are read back with a fresh in-memory DuckDB, as a pandas or R user would load them. */
class EventExportTest {
    @TempDir
    Path dir;

    private static List<String> describe(String reader) throws Exception {
        List<String> cols = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + reader)) {
            while (rs.next()) cols.add(rs.getString(1) + ":" + rs.getString(2));
        }
        return cols;
    }

    private static List<List<Object>> rows(String sql) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> r = new ArrayList<>();
                for (int i = 1; i <= n; i++) r.add(rs.getObject(i));
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void parquetHasPolecatColumnNamesAndOneRowPerDeduplicatedEvent() throws Exception {
        Path db = dir.resolve("e.duckdb");
        QueryFixture.build(db).close();
        Path out = dir.resolve("out/events.parquet");
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(new EventExport(store).export(CopyFormat.PARQUET, out)).isEqualTo(7);
        }
        String file = "read_parquet('" + out + "')";
        List<String> cols = describe(file);
        assertThat(cols).extracting(c -> c.substring(0, c.indexOf(':'))).containsExactlyElementsOf(EventExport.columns());
        assertThat(cols).contains("Event Date:DATE", "Event ID:VARCHAR", "Intensity:DOUBLE", "Mention Count:INTEGER");
        assertThat(EventExport.columns()).contains("Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code",
                "Contexts", "Actor Name", "Actor Country", "Primary Actor Sector", "Actor Title", "Actor Name Raw",
                "Recipient Name", "Recipient Country", "Primary Recipient Sector", "Recipient Title", "Recipient Name Raw",
                "Placename", "Country", "Source", "Publication Date", "Language", "Version");
        List<List<Object>> summit = rows("SELECT \"Event Type\", \"Quad Code\", \"Mention Count\", \"Source\", \"Actor Name Raw\" FROM " + file
                + " WHERE \"Event Date\" = DATE '2023-03-10' AND \"Event Type\" = 'CONSULT'");
        assertThat(summit).hasSize(1);
        assertThat(summit.get(0).subList(0, 4)).containsExactly("CONSULT", "VERBAL COOPERATION", 2, "bbc.co.uk/news/1; theguardian.com/world/2");
        assertThat(rows("SELECT \"Intensity\" FROM " + file + " WHERE \"Event Type\" = 'ASSAULT'").get(0).get(0)).hasToString("-10.0");
    }

    @Test
    void csvAndJsonLinesCarryTheSameRows() throws Exception {
        Path db = dir.resolve("e.duckdb");
        QueryFixture.build(db).close();
        try (EventStore store = EventStore.openReadOnly(db)) {
            new EventExport(store).export(CopyFormat.CSV, dir.resolve("events.csv"));
            new EventExport(store).export(CopyFormat.JSONL, dir.resolve("events.jsonl"));
        }
        assertThat(Files.readAllLines(dir.resolve("events.csv")).get(0)).startsWith("Event ID,Event Date,Event Type,Event Mode,Intensity,Quad Code");
        assertThat(Files.readAllLines(dir.resolve("events.jsonl"))).hasSize(7).allSatisfy(l -> assertThat(l).startsWith("{\"Event ID\":"));
        assertThat(describe("read_csv('" + dir.resolve("events.csv") + "')")).hasSize(EventExport.columns().size());
        assertThat(rows("SELECT count(*) FROM read_json('" + dir.resolve("events.jsonl") + "') WHERE \"Evidence\" LIKE '%Jersey%'").get(0).get(0))
                .isEqualTo(1L);
    }
}
