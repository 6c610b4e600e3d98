package org.dyad.cli;

import org.dyad.article.ArticleOutcome;
import org.dyad.config.DyadConfig;
import org.dyad.ingest.ArticleSources;
import org.dyad.ingest.SourceItem;
import org.dyad.pipeline.ArticlePipeline;
import org.dyad.pipeline.BatchRunner;
import org.dyad.pipeline.Progress;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;

/** Loads the pipeline and codes a list of inputs: the part shared by code, demo, bench and ingest. */
final class CodeRun {
    final ArticlePipeline pipeline;
    final long loadMillis;
    private final DyadConfig config;

    CodeRun(DyadConfig config, PrintStream err) {
        this.config = config;
        long t = System.nanoTime();
        err.println("dyad: loading models and dictionaries (" + config.threads() + " threads) ...");
        this.pipeline = ArticlePipeline.load(config);
        this.loadMillis = (System.nanoTime() - t) / 1_000_000;
        err.printf("dyad: loaded in %.1f s%n", loadMillis / 1000.0);
    }

    static List<SourceItem> read(List<String> inputs) {
        return new ArticleSources().read(inputs, System.in);
    }

    BatchRunner.Summary run(List<SourceItem> items, Consumer<ArticleOutcome> sink, PrintStream err) {
        BatchRunner runner = new BatchRunner(pipeline::process, config.threads(), err);
        return runner.run(items, sink, Progress.forTotal(items.size(), "coding", err));
    }
}
