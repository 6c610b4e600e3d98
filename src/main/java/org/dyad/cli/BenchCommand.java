package org.dyad.cli;

import org.dyad.annotate.PhoenixStyleParse;
import org.dyad.article.ArticleOutcome;
import org.dyad.ingest.SourceItem;
import org.dyad.pipeline.ArticlePipeline;
import org.dyad.pipeline.BatchRunner;
import org.dyad.pipeline.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dyad bench}: throughput, time per stage and peak heap of a coding run. Every comparison is
 * made inside one run (same inputs, same JVM, same moment's machine load), so it holds on a busy
 * machine where absolute times do not:
 * <ul>
 *   <li>with N &gt; 1 threads, Dyad's N-thread speed-up over one thread against the speed-up the
 *   machine's cores give a CPU-only workload ({@link ParallelCapacity}) measured beside it;</li>
 *   <li>with {@code --baseline}, the Phoenix-style parse alone ({@link PhoenixStyleParse}) on the
 *   same cleaned texts, article by article, alternating which of the two goes first.</li>
 * </ul>
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure coding speed and memory (default inputs: the sample seeds and the VOA stories).")
public final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INPUT")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", description = "Code at most N articles.")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--baseline", description = "Also time the Phoenix-style parse (CoreNLP tokenize,ssplit,pos,parse with the "
            + "shift-reduce model) on the same texts in the same run and print the ratio.")
    boolean baseline;

    @Option(names = "--warmup", paramLabel = "N", description = "Articles coded first and not counted (JIT warm-up, on as many "
            + "threads as the run; default: the inputs once, at most " + DEFAULT_WARMUP_CAP + ").")
    int warmup = -1;

    /**
     * The default warm-up's cap. Why the inputs once rather than a few articles (issue 16): CoreNLP and Dyad are
     * enough code that the JIT's C2 compiler was still busy with about one core for the whole of a 72-article
     * pass after a 6-article warm-up. With N threads on N cores it takes a core from the workers; with one
     * thread it runs on a free core. So a short warm-up charged the JIT's one-off cost to whichever pass came
     * first (the N-thread one) and made scaling look worse than it is once the JIT has settled. The JIT's
     * CPU in each timed pass is printed beside it, so what it still costs is in the output, not hidden.
     */
    static final int DEFAULT_WARMUP_CAP = 100;

    @Mixin
    CodingOptions options;

    @Override
    public Integer call() {
        var config = options.config();
        List<String> in = new ArrayList<>(inputs);
        if (in.isEmpty()) {
            in.add(DemoCommand.defaultSeeds().toString());
            Path voa = config.dataDir().resolve("voa").resolve("voa_stories.jsonl");
            if (Files.isReadable(voa)) in.add(voa.toString());
        }
        List<SourceItem> items = CodeRun.read(in);
        if (items.size() > limit) items = items.subList(0, limit);
        int threads = config.threads();
        long cpuBeforeLoad = processCpuNanos();
        CodeRun run = new CodeRun(config, System.err);
        double loadCpu = (processCpuNanos() - cpuBeforeLoad) / 1e9;
        ArticlePipeline pipeline = run.pipeline;
        long heapAfterLoad = peakHeap();

        // warm-up: the JIT compiles CoreNLP's hot loops on the first articles, whichever runs first; on the run's
        // thread count, so that the N-thread pass (timed first) does not pay alone for the compilations it triggers
        List<SourceItem> warm = items.subList(0, Math.min(warmup < 0 ? DEFAULT_WARMUP_CAP : warmup, items.size()));
        // cleaned texts by article id (N threads finish out of input order), for the Phoenix-style parse
        Map<String, String> texts = new java.util.concurrent.ConcurrentHashMap<>();
        var warmBefore = ThreadTimes.all();
        long warmStart = System.nanoTime();
        new BatchRunner(pipeline::process, threads, System.err).run(warm, o -> texts.put(o.id(), textOf(o)),
                Progress.forTotal(warm.size(), "bench warm-up", System.err));
        double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
        var warmJit = ThreadTimes.byKind(warmBefore, ThreadTimes.all()).get("JIT");
        resetPeakHeap();

        System.out.println("Dyad benchmark");
        System.out.printf("  settings        -Xmx %d MB, %d threads, %d cores, %s%n", Runtime.getRuntime().maxMemory() >> 20, threads,
                Runtime.getRuntime().availableProcessors(), gcName());
        System.out.printf("  inputs          %s (%d articles, %d warm-up not counted)%n", String.join(", ", in), items.size(), warm.size());
        if (warmJit != null)
            System.out.printf("  warm-up         %.1f s on %d threads; the JIT's compilers used %.1f s of CPU meanwhile%n", warmSeconds, threads,
                    warmJit.onCpu() / 1e9);
        System.out.printf("  load            %.1f s (peak heap after load %d MB; %.1f s of CPU over all threads, JIT and GC included)%n",
                run.loadMillis / 1000.0, heapAfterLoad >> 20, loadCpu);

        // N threads first, before the baseline exists, so the peak heap is Dyad's alone
        Phase many = null;
        ParallelCapacity.Timing capBefore = null;
        var cpu = ManagementFactory.getThreadMXBean();
        // CPU time of the worker threads' own coding: what the code costs per article whatever the machine's other load
        java.util.concurrent.atomic.LongAdder manyCpu = new java.util.concurrent.atomic.LongAdder();
        if (threads > 1) {
            capBefore = ParallelCapacity.measure(threads);
            Map<String, Long> before = pipeline.timer().millis();
            long gc = gcMillis();
            WorkerTimes workerTimes = new WorkerTimes();
            var threadsBefore = ThreadTimes.all();
            long t = System.nanoTime();
            BatchRunner.Summary s = new BatchRunner(raw -> {
                long c0 = cpu.getCurrentThreadCpuTime();
                WorkerTimes.Start w = workerTimes.start();
                try {
                    return pipeline.process(raw);
                } finally {
                    workerTimes.end(w);
                    manyCpu.add(cpu.getCurrentThreadCpuTime() - c0);
                }
            }, threads, System.err).run(items, o -> texts.put(o.id(), textOf(o)),
                    Progress.forTotal(items.size(), "bench " + threads + " threads", System.err));
            many = new Phase(s, (System.nanoTime() - t) / 1e9, minus(pipeline.timer().millis(), before), gcMillis() - gc);
            var threadsAfter = ThreadTimes.all();
            System.out.printf("%n%d threads%n", threads);
            many.print();
            workerTimes.print(threads, many.seconds, ThreadTimes.byKind(threadsBefore, threadsAfter));
            System.out.printf("  peak heap       %d MB (%d threads)%n", peakHeap() >> 20, threads);
        }

        // one thread, article by article; with --baseline the Phoenix-style parse of the same text beside it
        PhoenixStyleParse phoenix = null;
        double baselineLoad = 0;
        if (baseline) {
            long t = System.nanoTime();
            phoenix = new PhoenixStyleParse();
            baselineLoad = (System.nanoTime() - t) / 1e9;
            // as many warm-up articles as Dyad had, so that neither is timed with code the JIT has not yet compiled
            for (SourceItem item : warm) if (texts.containsKey(item.id())) phoenix.parse(texts.get(item.id()));
        }
        Map<String, Long> before = pipeline.timer().millis();
        long gc = gcMillis();
        var oneBefore = ThreadTimes.all();
        long dyadNanos = 0, phoenixNanos = 0, dyadCpu = 0, phoenixCpu = 0;
        int articles = 0, failed = 0, events = 0, sentences = 0, phoenixSentences = 0, parsed = 0;
        try (Progress progress = Progress.forTotal(items.size(), "bench 1 thread", System.err)) {
            for (int i = 0; i < items.size(); i++) {
                SourceItem item = items.get(i);
                articles++;
                if (!(item instanceof SourceItem.Article a)) {
                    failed++;
                    continue;
                }
                String known = texts.get(a.raw().id());
                // alternate which goes first, so neither always meets the caches the other left
                if (phoenix != null && known != null && i % 2 == 1) {
                    long t = System.nanoTime(), c0 = cpu.getCurrentThreadCpuTime();
                    phoenixSentences += phoenix.parse(known);
                    phoenixNanos += System.nanoTime() - t;
                    phoenixCpu += cpu.getCurrentThreadCpuTime() - c0;
                    parsed++;
                }
                long t = System.nanoTime(), c0 = cpu.getCurrentThreadCpuTime();
                ArticleOutcome o = pipeline.process(a.raw());
                dyadNanos += System.nanoTime() - t;
                dyadCpu += cpu.getCurrentThreadCpuTime() - c0;
                if (o instanceof ArticleOutcome.Coded c) {
                    events += c.article().events().size();
                    sentences += c.article().annotated().sentences().size();
                } else {
                    failed++;
                }
                if (phoenix != null && !(known != null && i % 2 == 1)) {
                    long u = System.nanoTime(), d = cpu.getCurrentThreadCpuTime();
                    phoenixSentences += phoenix.parse(textOf(o));
                    phoenixNanos += System.nanoTime() - u;
                    phoenixCpu += cpu.getCurrentThreadCpuTime() - d;
                    parsed++;
                }
                progress.step(o.id());
            }
        }
        Phase one = new Phase(new BatchRunner.Summary(articles, failed, events, sentences, 0), dyadNanos / 1e9,
                minus(pipeline.timer().millis(), before), gcMillis() - gc);
        System.out.printf("%n1 thread%n");
        one.print();
        WorkerTimes.printOthers(ThreadTimes.byKind(oneBefore, ThreadTimes.all()));
        if (phoenix != null && parsed > 0) {
            double dyadPer = one.seconds / Math.max(1, articles);
            double phoenixPer = phoenixNanos / 1e9 / parsed;
            System.out.printf("%nPhoenix-style parse alone (CoreNLP tokenize,ssplit,pos,parse, shift-reduce; same texts, same JVM)%n");
            System.out.printf("  load            %.1f s (models shared with Dyad's loaded pipeline)%n", baselineLoad);
            System.out.printf("  articles        %d, %d sentences%n", parsed, phoenixSentences);
            System.out.printf("  per article     Phoenix-style parse %.3f s, Dyad end to end %.3f s%n", phoenixPer, dyadPer);
            System.out.printf("  ratio           Dyad / Phoenix-style parse = %.2f%n", dyadPer / phoenixPer);
            // CPU time of the one thread doing both: the machine's other load does not enter it (GC and JIT threads do not either)
            System.out.printf("  CPU per article Phoenix-style parse %.3f s, Dyad end to end %.3f s; CPU ratio %.2f%n",
                    phoenixCpu / 1e9 / parsed, dyadCpu / 1e9 / Math.max(1, articles), (dyadCpu / (double) Math.max(1, articles)) / (phoenixCpu / (double) parsed));
        }
        if (many != null) {
            // the machine measured before the N-thread pass and after the one-thread pass: the same span as Dyad's two passes
            ParallelCapacity.Timing capAfter = ParallelCapacity.measure(threads);
            double machine = (capBefore.speedup(threads) + capAfter.speedup(threads)) / 2;
            double dyad = (many.summary.articles() / many.seconds) / (one.summary.articles() / one.seconds);
            System.out.printf("%nParallel scaling (%d threads against 1)%n", threads);
            System.out.printf("  machine         %.2fx (CPU-only workload, one copy per thread, medians of 3: 1 copy %.2f/%.2f s, "
                    + "%d copies %.2f/%.2f s, before/after; %.2fx/%.2fx)%n", machine, capBefore.one(), capAfter.one(), threads,
                    capBefore.many(), capAfter.many(), capBefore.speedup(threads), capAfter.speedup(threads));
            System.out.printf("  Dyad            %.2fx (%.1f against %.1f articles/minute)%n", dyad,
                    many.summary.articles() * 60 / many.seconds, one.summary.articles() * 60 / one.seconds);
            System.out.printf("  efficiency      %.0f%% of what the machine gives%n", 100 * dyad / machine);
            // the code's own scaling: 1.00 when N threads cost no more CPU per article than one (no contention, no extra GC)
            double manyPer = manyCpu.sum() / 1e9 / Math.max(1, many.summary.articles());
            double onePer = dyadCpu / 1e9 / Math.max(1, articles);
            System.out.printf("  CPU per article %.3f s on %d threads, %.3f s on 1 (%.2fx)%n", manyPer, threads, onePer, manyPer / onePer);
        }
        return 0;
    }

    /** One timed pass over the inputs. */
    private record Phase(BatchRunner.Summary summary, double seconds, Map<String, Long> stageMillis, long gcMillis) {
        void print() {
            int n = summary.articles();
            System.out.printf("  articles        %d (%d failed), %d sentences, %d events%n", n, summary.failed(), summary.sentences(), summary.events());
            System.out.printf("  wall time       %.1f s%n", seconds);
            System.out.printf("  throughput      %.1f articles/minute, %.1f sentences/second, %.3f s per article%n",
                    n * 60 / seconds, summary.sentences() / seconds, seconds / Math.max(1, n));
            System.out.printf("  GC              %.1f s (%.0f%% of wall time)%n", gcMillis / 1000.0, 100 * gcMillis / 1000.0 / seconds);
            System.out.println("  time per stage (summed over threads; per article)");
            stageMillis.forEach((stage, ms) ->
                    System.out.printf("    %-10s %8.1f s  %7.0f ms%n", stage, ms / 1000.0, n == 0 ? 0.0 : (double) ms / n));
        }
    }

    private static String textOf(ArticleOutcome o) {
        return o instanceof ArticleOutcome.Coded c ? c.article().article().text() : "";
    }

    private static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> out = new LinkedHashMap<>();
        after.forEach((k, v) -> out.put(k, v - before.getOrDefault(k, 0L)));
        return out;
    }

    private static long gcMillis() {
        long sum = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, gc.getCollectionTime());
        return sum;
    }

    /** CPU time of the whole JVM so far (all threads); 0 where the platform does not say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    private static String gcName() {
        List<String> names = new ArrayList<>();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) names.add(gc.getName());
        return String.join("/", names);
    }

    /** Peak used heap across all heap pools since start or the last reset (an upper bound of the true peak). */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        return sum;
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
    }
}
