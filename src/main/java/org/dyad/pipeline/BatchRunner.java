package org.dyad.pipeline;

import org.dyad.article.ArticleOutcome;
import org.dyad.article.RawArticle;
import org.dyad.config.Limits;
import org.dyad.ingest.SourceItem;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a pipeline over a stream of inputs on a fixed number of worker threads.
 *
 * <p>Contract:
 * <ul>
 *   <li>Every input yields exactly one {@link Result}: an unreadable input, a bug inside a stage, an
 *       article past its time budget each become an {@link ArticleOutcome.Failed} (with one stderr
 *       line, plus the stack trace for a bug).</li>
 *   <li>Results go to the sink <em>as articles finish</em>, one at a time (the sink needs no
 *       locking), so one slow article never holds back finished ones; with more than one thread the
 *       order is therefore not the input order.</li>
 *   <li>Inputs are pulled from the iterator only as workers free up (a queue of {@code threads}
 *       items), so memory does not grow with the number of inputs.</li>
 *   <li>An article still running when its time budget is spent gets its error line at once; its
 *       thread is interrupted (CoreNLP's annotators stop on interrupt), its late result dropped, and
 *       a fresh worker takes its place, so the batch goes on at full width.</li>
 * </ul>
 */
public final class BatchRunner {
    /** Codes one article, adding to {@code warnings} whatever it did to the input (cuts at limits). */
    @FunctionalInterface
    public interface ArticleProcessor {
        ArticleOutcome process(RawArticle raw, List<String> warnings);
    }

    /** One input's outcome, with the warnings of reading and coding it. */
    public record Result(SourceItem item, ArticleOutcome outcome, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /** Summary counts of one run. */
    public record Summary(int articles, int failed, int events, int sentences, int timedOut) {
    }

    private final ArticleProcessor process;
    private final int threads;
    private final Duration timeBudget;
    private final PrintStream err;

    public BatchRunner(ArticleProcessor process, int threads, Duration timeBudget, PrintStream err) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
        this.process = process;
        this.threads = threads;
        this.timeBudget = timeBudget;
        this.err = err;
    }

    /** A runner over a plain function with the default time budget. */
    public BatchRunner(Function<RawArticle, ArticleOutcome> process, int threads, PrintStream err) {
        this((raw, warnings) -> process.apply(raw), threads, Limits.DEFAULT_TIME_BUDGET, err);
    }

    /** Codes a list; outcomes reach the sink as they finish (not in input order). */
    public Summary run(List<SourceItem> items, Consumer<ArticleOutcome> sink, Progress progress) {
        return run(items.iterator(), r -> sink.accept(r.outcome()), progress);
    }

    /** Codes every item the iterator gives; see the class comment for the contract. */
    public Summary run(Iterator<SourceItem> items, Consumer<Result> sink, Progress progress) {
        Run run = new Run(sink, progress);
        try {
            return run.all(items);
        } finally {
            progress.close();
        }
    }

    /** The state of one run: queue, workers, the sink's lock, counts. */
    private final class Run {
        private final Consumer<Result> sink;
        private final Progress progress;
        private final BlockingQueue<SourceItem> queue = new ArrayBlockingQueue<>(threads);
        private final List<Worker> workers = new ArrayList<>();
        private final Object lock = new Object();
        private int submitted, emitted, failed, events, sentences, timedOut;
        private RuntimeException sinkFailure;
        private volatile boolean stopping;

        Run(Consumer<Result> sink, Progress progress) {
            this.sink = sink;
            this.progress = progress;
        }

        Summary all(Iterator<SourceItem> items) {
            for (int i = 0; i < threads; i++) startWorker();
            Thread watchdog = new Thread(this::watch, "dyad-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            try {
                while (items.hasNext()) {
                    SourceItem item = items.next();
                    synchronized (lock) {
                        if (sinkFailure != null) throw sinkFailure;
                        submitted++;
                    }
                    put(item);
                }
                synchronized (lock) {
                    while (emitted < submitted && sinkFailure == null) lock.wait(1000);
                    if (sinkFailure != null) throw sinkFailure;
                    return new Summary(emitted, failed, events, sentences, timedOut);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } finally {
                stopping = true;
                watchdog.interrupt();
                synchronized (lock) {
                    for (Worker w : workers) w.thread.interrupt();
                }
            }
        }

        private void put(SourceItem item) throws InterruptedException {
            while (!queue.offer(item, 200, TimeUnit.MILLISECONDS)) {
                synchronized (lock) {
                    if (sinkFailure != null) throw sinkFailure;
                }
            }
        }

        private void startWorker() {
            Worker w = new Worker();
            synchronized (lock) {
                workers.add(w);
            }
            w.thread.start();
        }

        /** Hands one result to the sink, unless its article already got its line (timed out). */
        private void emit(Worker w, Result r) {
            synchronized (lock) {
                if (w != null) {
                    if (w.timedOut) return;
                    w.item = null;
                }
                if (sinkFailure != null) return;
                ArticleOutcome o = r.outcome();
                if (o instanceof ArticleOutcome.Failed x) {
                    failed++;
                    err.println("dyad: " + x.source() + ": " + x.stage() + ": " + x.message());
                } else if (o instanceof ArticleOutcome.Coded c) {
                    events += c.article().events().size();
                    sentences += c.article().annotated().sentences().size();
                }
                try {
                    sink.accept(r);
                } catch (RuntimeException e) {
                    sinkFailure = e; // e.g. the output file cannot be written: the run stops
                }
                emitted++;
                progress.step(o.id());
                lock.notifyAll();
            }
        }

        /** Every 100 ms (or a tenth of the budget): an article past its budget gets its error line now. */
        private void watch() {
            long period = Math.max(10, Math.min(100, timeBudget.toMillis() / 10));
            while (!stopping) {
                try {
                    Thread.sleep(period);
                } catch (InterruptedException e) {
                    return;
                }
                List<Worker> late = new ArrayList<>();
                synchronized (lock) {
                    long now = System.nanoTime();
                    for (Worker w : workers) {
                        if (w.item != null && !w.timedOut && now - w.started > timeBudget.toNanos()) late.add(w);
                    }
                }
                for (Worker w : late) {
                    SourceItem item;
                    synchronized (lock) {
                        if (w.item == null || w.timedOut) continue;
                        item = w.item;
                        w.timedOut = true;
                        timedOut++;
                        workers.remove(w);
                    }
                    List<String> warnings = item instanceof SourceItem.Article a ? a.warnings() : List.of();
                    emit(null, new Result(item, new ArticleOutcome.Failed(item.id(), item.source(), "timeout",
                            "coding took longer than the time budget of " + seconds(timeBudget)
                                    + " per article (--time-budget); the batch went on"), warnings));
                    w.thread.interrupt();
                    if (!stopping) startWorker();
                }
            }
        }

        private final class Worker implements Runnable {
            final Thread thread = new Thread(this, "dyad-worker");
            SourceItem item;      // guarded by lock
            long started;         // guarded by lock
            boolean timedOut;     // guarded by lock

            Worker() {
                thread.setDaemon(true);
            }

            public void run() {
                while (!stopping) {
                    SourceItem next;
                    try {
                        next = queue.poll(200, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        synchronized (lock) {
                            if (timedOut || stopping) return;
                        }
                        continue;
                    }
                    if (next == null) continue;
                    synchronized (lock) {
                        if (timedOut) return;
                        item = next;
                        started = System.nanoTime();
                    }
                    Result r = processOne(next);
                    Thread.interrupted(); // an interrupt meant for a finished article must not hit the next one
                    emit(this, r);
                    synchronized (lock) {
                        if (timedOut) return; // replaced by a fresh worker
                    }
                }
            }
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private Result processOne(SourceItem item) {
        List<String> warnings = item instanceof SourceItem.Article a ? new ArrayList<>(a.warnings()) : List.of();
        return new Result(item, outcome(item, raw -> process.process(raw, warnings), err), warnings);
    }

    /**
     * One item's outcome, whatever happens: an unreadable input or a bug becomes a failed outcome (the
     * bug's trace goes to {@code err}). Public for runners that are not this one (the dyad-spark job).
     */
    public static ArticleOutcome outcome(SourceItem item, java.util.function.Function<org.dyad.article.RawArticle, ArticleOutcome> process,
                                         java.io.PrintStream err) {
        if (item instanceof SourceItem.Unreadable u) return new ArticleOutcome.Failed(u.id(), u.source(), "ingest", u.message());
        SourceItem.Article a = (SourceItem.Article) item;
        try {
            return process.apply(a.raw());
        } catch (Exception | Error e) {
            // a bug (or a broken class path, a stack overflow on a pathological parse, an interrupt
            // after the time budget), not a bad article: this input gets its error line, the batch goes on
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            synchronized (err) {
                err.println("dyad: internal error on " + a.raw().source() + "\n" + trace);
            }
            return new ArticleOutcome.Failed(a.id(), a.source(), "internal", "internal error: " + e);
        }
    }
}
