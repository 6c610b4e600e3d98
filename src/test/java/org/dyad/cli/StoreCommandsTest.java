package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.dyad.output.Json;
import org.dyad.query.QueryFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The store commands run as a user would run them, on a real store file. */
class StoreCommandsTest {
    @TempDir
    Path dir;
    private Path db;

    private record Run(int exit, String out, String err) {
    }

    private Run run(Object command, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("dyad: " + ex.getMessage());
            return 2;
        });
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void store() {
        db = dir.resolve("cli.duckdb");
        QueryFixture.build(db).close();
    }

    @Test
    void eventsPrintsAnAlignedTableOfOneDyad() {
        Run r = run(new EventsCommand(), "--dyad", "GBR-FRA", "--type", "consult", "--db", db.toString());
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("id").contains("date", "type", "source", "target", "factuality", "mentions", "evidence");
        assertThat(lines).hasSize(2 + 2 + 1);
        assertThat(lines.get(2)).contains("2023-03-17", "CONSULT", "Rishi Sunak");
        assertThat(lines.get(3)).contains("2023-03-10");
    }

    @Test
    void timelinePrintsCsvWithEveryTypeAndTheScore() {
        Run r = run(new TimelineCommand(), "GBR", "FRA", "--by", "month", "--format", "csv", "--db", db.toString());
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("period,events,AGREE,CONSULT,SUPPORT").endsWith("cooperation,conflict,score");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("2023-03,3,1,2,").endsWith(",6,0,6");
        assertThat(lines.get(3)).startsWith("2023-05,3,").endsWith(",0,-5,-5");
    }

    @Test
    void actorsAndQuotesPrintJson() throws Exception {
        Run actors = run(new ActorsCommand(), "--country", "GBR", "--format", "json", "--db", db.toString());
        JsonNode a = Json.mapper().readTree(actors.out());
        assertThat(a.isArray()).isTrue();
        assertThat(a.get(0).get("name").asText()).isEqualTo("Rishi Sunak");
        Run quotes = run(new QuotesCommand(), "--speaker", "sunak", "--format", "json", "--db", db.toString());
        assertThat(Json.mapper().readTree(quotes.out()).get(0).get("quote").asText()).startsWith("Our deep history");
    }

    @Test
    void sqlAnswersQueriesAndRefusesWrites() {
        Run ok = run(new SqlCommand(), "SELECT count(*) AS events FROM events", "--db", db.toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("events").contains("7");
        Run refused = run(new SqlCommand(), "DELETE FROM events", "--db", db.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("read-only queries only");
        assertThat(run(new SqlCommand(), "SELECT count(*) AS n FROM events", "--db", db.toString()).out()).contains("7");
    }

    @Test
    void exportWritesTheFormatItIsAskedOrThatTheNameSays() {
        Path parquet = dir.resolve("out/events.parquet");
        Run r = run(new ExportCommand(), parquet.toString(), "--db", db.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("wrote 7 events");
        assertThat(parquet).exists();
        Path csv = dir.resolve("events.txt");
        assertThat(run(new ExportCommand(), "--format", "csv", csv.toString(), "--db", db.toString()).exit()).isZero();
        assertThat(csv).content().startsWith("Event ID,Event Date");
        assertThat(run(new ExportCommand(), dir.resolve("events.xyz").toString(), "--db", db.toString()).exit()).isEqualTo(2);
    }

    @Test
    void aMissingStoreIsOneClearMessage() {
        Run r = run(new EventsCommand(), "--db", dir.resolve("nothing-here.duckdb").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no event store at").contains("dyad ingest");
        assertThat(Files.exists(dir.resolve("nothing-here.duckdb"))).isFalse();
    }

    @Test
    void sqlReadsTheStoreButNoOtherFile() throws Exception {
        Path secret = dir.resolve("secret.csv");
        Files.writeString(secret, "user,password\nroot,hunter2\n");
        Run ok = run(new SqlCommand(), "SELECT count(*) AS n FROM events", "--db", db.toString());
        assertThat(ok.exit()).isZero();
        for (String q : List.of("SELECT * FROM read_csv('" + secret + "')", "SELECT * FROM '" + secret + "'",
                "SELECT * FROM read_text('" + secret + "')")) {
            Run r = run(new SqlCommand(), q, "--db", db.toString());
            assertThat(r.exit()).as(q).isNotZero();
            assertThat(r.out()).doesNotContain("hunter2");
            assertThat(r.err()).containsIgnoringCase("permission");
        }
    }
}
