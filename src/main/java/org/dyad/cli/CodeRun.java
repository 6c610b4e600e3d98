package org.dyad.cli;

import org.dyad.article.ArticleOutcome;
import org.dyad.config.DyadConfig;
import org.dyad.config.Limits;
import org.dyad.ingest.ArticleSources;
import org.dyad.ingest.SourceItem;
import org.dyad.pipeline.ArticlePipeline;
import org.dyad.pipeline.BatchRunner;
import org.dyad.pipeline.Progress;

import java.io.PrintStream;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/** Loads the pipeline and codes a list of inputs: the part shared by code, demo, bench and ingest. */
final class CodeRun {
    final ArticlePipeline pipeline;
    final long loadMillis;
    private final DyadConfig config;
    private final Limits limits;

    CodeRun(DyadConfig config, PrintStream err) {
        this(config, Limits.defaults(), err);
    }

    CodeRun(DyadConfig config, Limits limits, PrintStream err) {
        this.config = config;
        this.limits = limits;
        long t = System.nanoTime();
        err.println("dyad: loading models and dictionaries (" + config.threads() + " threads) ...");
        this.pipeline = ArticlePipeline.load(config);
        this.loadMillis = (System.nanoTime() - t) / 1_000_000;
        err.printf("dyad: loaded in %.1f s%n", loadMillis / 1000.0);
    }

    static List<SourceItem> read(List<String> inputs) {
        return new ArticleSources().read(inputs, System.in);
    }

    /** The inputs as a lazy stream (each file or JSON line read when a worker is free for it). */
    static Iterator<SourceItem> stream(List<String> inputs, Limits limits) {
        return new ArticleSources(limits).stream(inputs, System.in);
    }

    BatchRunner.Summary run(List<SourceItem> items, Consumer<ArticleOutcome> sink, PrintStream err) {
        return runner(err).run(items, sink, Progress.forTotal(items.size(), "coding", err));
    }

    /** Codes a stream; results reach the sink as articles finish. */
    BatchRunner.Summary stream(Iterator<SourceItem> items, Consumer<BatchRunner.Result> sink, PrintStream err) {
        return runner(err).run(items, sink, Progress.forTotal(-1, "coding", err));
    }

    private BatchRunner runner(PrintStream err) {
        return new BatchRunner((raw, warnings) -> pipeline.process(raw, limits, warnings), config.threads(), limits.timeBudget(), err);
    }
}
