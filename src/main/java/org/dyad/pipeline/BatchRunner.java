package org.dyad.pipeline;

import org.dyad.article.ArticleOutcome;
import org.dyad.ingest.SourceItem;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a pipeline over many inputs on a fixed pool of threads and hands each outcome to a sink in
 * input order. Every input yields exactly one outcome: an unreadable input or a bug inside a stage
 * becomes a {@link ArticleOutcome.Failed} (with one stderr line, plus the stack trace for a bug).
 */
public final class BatchRunner {
    private final Function<org.dyad.article.RawArticle, ArticleOutcome> process;
    private final int threads;
    private final PrintStream err;

    public BatchRunner(Function<org.dyad.article.RawArticle, ArticleOutcome> process, int threads, PrintStream err) {
        this.process = process;
        this.threads = threads;
        this.err = err;
    }

    /** Summary counts of one run. */
    public record Summary(int articles, int failed, int events, int sentences) {
    }

    public Summary run(List<SourceItem> items, Consumer<ArticleOutcome> sink, Progress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ArticleOutcome>> futures = new ArrayList<>(items.size());
            for (SourceItem item : items) futures.add(pool.submit(() -> processOne(item)));
            int failed = 0, events = 0, sentences = 0;
            for (Future<ArticleOutcome> f : futures) {
                ArticleOutcome o = await(f);
                if (o instanceof ArticleOutcome.Failed x) {
                    failed++;
                    err.println("dyad: " + x.source() + ": " + x.stage() + ": " + x.message());
                } else if (o instanceof ArticleOutcome.Coded c) {
                    events += c.article().events().size();
                    sentences += c.article().annotated().sentences().size();
                }
                sink.accept(o);
                progress.step(o.id());
            }
            return new Summary(items.size(), failed, events, sentences);
        } finally {
            pool.shutdownNow();
            progress.close();
        }
    }

    private ArticleOutcome processOne(SourceItem item) {
        return outcome(item, process, err);
    }

    /**
     * One item's outcome, whatever happens: an unreadable input or a bug becomes a failed outcome (the
     * bug's trace goes to {@code err}). Public for runners that are not this one (the dyad-spark job).
     */
    public static ArticleOutcome outcome(SourceItem item, Function<org.dyad.article.RawArticle, ArticleOutcome> process, PrintStream err) {
        if (item instanceof SourceItem.Unreadable u) return new ArticleOutcome.Failed(u.id(), u.source(), "ingest", u.message());
        SourceItem.Article a = (SourceItem.Article) item;
        try {
            return process.apply(a.raw());
        } catch (Exception | Error e) {
            // a bug (or a broken class path, a stack overflow on a pathological parse), not a bad
            // article: this input gets its error line, the batch goes on, the trace goes to stderr
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            synchronized (err) {
                err.println("dyad: internal error on " + a.raw().source() + "\n" + trace);
            }
            return new ArticleOutcome.Failed(a.id(), a.source(), "internal", "internal error: " + e);
        }
    }

    private static ArticleOutcome await(Future<ArticleOutcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed", e.getCause());
        }
    }
}
