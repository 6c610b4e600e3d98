package org.dyad.cli;

import org.dyad.query.EventFilter;
import org.dyad.query.EventQuery;
import org.dyad.query.Granularity;
import org.dyad.query.TimelineQuery;
import org.dyad.store.EventStore;
import org.dyad.store.StoreBenchmark;
import org.dyad.store.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code dyad bench-store}: how much the store costs an ingest (save time per article against
 * coding time) and how fast a timeline answers over a million stored events.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = "Measure the event store: save time per article (empty and with 1M events stored) and timeline query time over 1M events.")
public final class BenchStoreCommand implements Callable<Integer> {
    @Option(names = "--events", paramLabel = "N", defaultValue = "1000000", description = "Synthetic events to store (default ${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "200", description = "Articles saved per measurement (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--events-per-article", paramLabel = "N", defaultValue = "8", description = "Coded events per article (default ${DEFAULT-VALUE}).")
    int eventsPerArticle;

    @Option(names = "--coding-ms", paramLabel = "MS", defaultValue = "2000",
            description = "Coding time per article to compare with (default ${DEFAULT-VALUE}: the fast end of Dyad's 2-4 s).")
    double codingMs;

    @Option(names = "--db", paramLabel = "FILE", description = "Store file to build (default: a temporary file, deleted afterwards).")
    Path db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = db == null ? Files.createTempDirectory("dyad-bench-store") : null;
        Path file = db != null ? db : dir.resolve("bench.duckdb");
        if (Files.exists(file)) throw new IllegalStateException(file + " exists; bench-store builds a new store");
        try (EventStore store = EventStore.open(file)) {
            out.printf("Dyad store benchmark (%s, %d cores, -Xmx %d MB)%n", file, Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            StoreBenchmark.saveArticles(store, 20, eventsPerArticle, 0); // warm-up: JIT, DuckDB first use
            long cpu = processCpuNanos();
            long[] empty = StoreBenchmark.saveArticles(store, articles, eventsPerArticle, 1);
            report(out, "save, small store", empty, processCpuNanos() - cpu);
            long ms = StoreBenchmark.synthesize(store, events);
            out.printf("  synthetic events   %,d events + %,d mentions stored in %.1f s%n", events, events, ms / 1000.0);
            cpu = processCpuNanos();
            long[] full = StoreBenchmark.saveArticles(store, articles, eventsPerArticle, 2);
            report(out, "save, " + compact(events) + " store", full, processCpuNanos() - cpu);
            TimelineQuery timeline = new TimelineQuery(store);
            for (Granularity g : Granularity.values())
                time(out, "timeline GBR FRA --by " + g.name().toLowerCase(java.util.Locale.ROOT),
                        () -> timeline.timeline("GBR", "FRA", g).size() + " periods");
            EventQuery list = new EventQuery(store);
            time(out, "events --dyad GBR-FRA --limit 100",
                    () -> list.find(new EventFilter("GBR", "FRA", false, null, null, null, null, 100)).size() + " rows");
            Table n = store.select("SELECT count(*) AS n FROM events");
            out.printf("  store              %,d events, %.1f MB on disk%n", ((Number) n.value(0, "n")).longValue(), Files.size(file) / 1e6);
        } finally {
            if (dir != null) deleteTree(dir);
        }
        out.flush();
        return 0;
    }

    private void report(PrintWriter out, String label, long[] nanos, long cpuNanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        double mean = Arrays.stream(s).average().orElse(0) / 1e6, cpu = cpuNanos / 1e6 / s.length;
        out.printf("  %-18s %d articles x %d events: wall mean %.1f ms, median %.1f ms, p95 %.1f ms; CPU %.1f ms per article%n",
                label, s.length, eventsPerArticle, mean, s[s.length / 2] / 1e6, s[(int) (s.length * 0.95)] / 1e6, cpu);
        out.printf("  %-18s = %.2f%% (wall) / %.2f%% (CPU) of %.0f ms coding per article%n", "", 100 * mean / codingMs,
                100 * cpu / codingMs, codingMs);
    }

    /**
     * Five warm-up runs, then ten timed runs: median and worst wall time, and the median CPU time of
     * the whole process (DuckDB's threads included), which a busy shared machine inflates less.
     */
    private static void time(PrintWriter out, String label, Supplier<String> query) {
        String result = query.get();
        for (int i = 0; i < 4; i++) query.get(); // let the JIT compile the Java side
        long[] wall = new long[10], cpu = new long[10];
        for (int i = 0; i < wall.length; i++) {
            long c = processCpuNanos(), start = System.nanoTime();
            query.get();
            wall[i] = System.nanoTime() - start;
            cpu[i] = processCpuNanos() - c;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        out.printf("  %-38s median %6.1f ms, max %6.1f ms wall; median %6.1f ms CPU (%s)%n", label, wall[wall.length / 2] / 1e6,
                wall[wall.length - 1] / 1e6, cpu[cpu.length / 2] / 1e6, result);
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static String compact(long n) {
        return n >= 1_000_000 && n % 1_000_000 == 0 ? n / 1_000_000 + "M" : n >= 1000 && n % 1000 == 0 ? n / 1000 + "k" : String.valueOf(n);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
