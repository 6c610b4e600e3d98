package org.dyad.cli;

import org.dyad.ingest.SourceItem;
import org.dyad.output.ArticleJson;
import org.dyad.output.BatchSummary;
import org.dyad.pipeline.BatchRunner;
import org.dyad.query.Granularity;
import org.dyad.query.TablePrinter;
import org.dyad.query.TimelineQuery;
import org.dyad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code dyad demo}: codes the bundled sample articles, prints a readable summary, stores them in a
 * temporary DuckDB store and prints the GBR–FRA timeline from it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Code the sample articles (../shared/eval/seeds), print a summary and the GBR-FRA timeline.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--seeds", paramLabel = "DIR", description = "Sample articles (default: $DYAD_SEEDS or ../shared/eval/seeds).")
    Path seeds;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Also write the JSON Lines here (default: target/demo.jsonl).")
    Path out = Path.of("target", "demo.jsonl");

    @Mixin
    CodingOptions options;

    @Override
    public Integer call() throws IOException {
        Path dir = seeds != null ? seeds : defaultSeeds();
        if (!Files.isDirectory(dir)) throw new IllegalStateException("no sample articles at " + dir.toAbsolutePath().normalize());
        List<String> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().map(Path::toString).toList();
        }
        List<SourceItem> items = CodeRun.read(files);
        CodeRun run = new CodeRun(options.config(), System.err);
        BatchSummary summary = new BatchSummary();
        ArticleJson json = new ArticleJson();
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        BatchRunner.Summary s;
        Path tmp = Files.createTempDirectory("dyad-demo");
        Path db = tmp.resolve("demo.duckdb");
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8); EventStore store = EventStore.open(db)) {
            s = run.run(items, o -> {
                summary.add(o);
                // a throwaway store: the article id is hash enough
                store.save(o, "demo:" + o.id());
                try {
                    w.write(json.toLine(o) + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, System.err);
        }
        System.out.println();
        summary.print(System.out);
        System.out.printf("%n%d articles, %d failed, %d events; JSON Lines in %s%n", s.articles(), s.failed(), s.events(), out);
        try (EventStore store = EventStore.open(db)) {
            System.out.println();
            System.out.println("GBR-FRA timeline (de-duplicated events in both directions, by year; score: cooperation +, conflict -)");
            var rows = new TimelineQuery(store).timeline("GBR", "FRA", Granularity.YEAR);
            System.out.print(TablePrinter.aligned(TimelineQuery.table(rows, false), TablePrinter.MAX_CELL));
            long unplaced = new TimelineQuery(store).unplaced("GBR", "FRA", Granularity.YEAR);
            if (unplaced > 0) System.out.printf("(%d events from articles dated only to within more than %d days are not placed)%n",
                    unplaced, Granularity.YEAR.maxWindowDays());
        } finally {
            try (var leftovers = Files.walk(tmp)) {
                leftovers.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return s.failed() > 0 ? 1 : 0;
    }

    static Path defaultSeeds() {
        String env = System.getenv("DYAD_SEEDS");
        if (env != null && !env.isBlank()) return Path.of(env);
        String prop = System.getProperty("dyad.seeds");
        return prop != null ? Path.of(prop) : Path.of("..", "shared", "eval", "seeds");
    }
}
