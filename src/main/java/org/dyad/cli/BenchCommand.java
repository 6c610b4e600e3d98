package org.dyad.cli;

import org.dyad.ingest.SourceItem;
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
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad bench}: throughput, time per stage and peak heap of a coding run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure coding speed and memory (default inputs: the sample seeds and the VOA stories).")
public final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INPUT")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", description = "Code at most N articles.")
    int limit = Integer.MAX_VALUE;

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
        CodeRun run = new CodeRun(config, System.err);
        long heapAfterLoad = peakHeap();
        long t = System.nanoTime();
        BatchRunner runner = new BatchRunner(run.pipeline::process, config.threads(), System.err);
        BatchRunner.Summary s = runner.run(items, o -> { }, Progress.forTotal(items.size(), "bench", System.err));
        double secs = (System.nanoTime() - t) / 1e9;
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.println("Dyad benchmark");
        System.out.printf("  settings        -Xmx %d MB, %d threads, %d cores%n", maxHeap >> 20, config.threads(), Runtime.getRuntime().availableProcessors());
        System.out.printf("  inputs          %s%n", String.join(", ", in));
        System.out.printf("  load            %.1f s (peak heap after load %d MB)%n", run.loadMillis / 1000.0, heapAfterLoad >> 20);
        System.out.printf("  articles        %d (%d failed), %d sentences, %d events%n", s.articles(), s.failed(), s.sentences(), s.events());
        System.out.printf("  wall time       %.1f s%n", secs);
        System.out.printf("  throughput      %.1f articles/minute, %.1f sentences/second%n", s.articles() * 60 / secs, s.sentences() / secs);
        System.out.printf("  peak heap       %d MB%n", peakHeap() >> 20);
        System.out.println("  time per stage (summed over threads; per article)");
        run.pipeline.timer().millis().forEach((stage, ms) ->
                System.out.printf("    %-10s %8.1f s  %7.0f ms%n", stage, ms / 1000.0, s.articles() == 0 ? 0.0 : (double) ms / s.articles()));
        return 0;
    }

    /** Peak used heap across all heap pools since start (an upper bound of the true peak). */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        return sum;
    }
}
