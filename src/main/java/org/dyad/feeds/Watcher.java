package org.dyad.feeds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The watch loop: each cycle polls every feed ({@link FeedPoller}), a few feeds at a time so one
 * slow server does not hold up the rest, prints one progress line, then sleeps until the next cycle
 * is due. Nothing a feed does ends the loop; only an interrupt (Ctrl-C) does.
 */
public final class Watcher {
    private final FeedPoller poller;
    private final int parallel;
    private final Consumer<String> progress;
    private int cycle;

    /** @param parallel feeds polled at once (each still paced per host) */
    public Watcher(FeedPoller poller, int parallel, Consumer<String> progress) {
        this.poller = poller;
        this.parallel = Math.max(1, parallel);
        this.progress = progress;
    }

    /** One cycle over the feeds. */
    public CycleReport cycle(List<FeedSource> feeds) throws InterruptedException {
        long t0 = System.nanoTime();
        cycle++;
        List<FeedReport> reports = new ArrayList<>(feeds.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, Math.max(1, feeds.size())), r -> {
            Thread t = new Thread(r, "dyad-watch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FeedReport>> futures = new ArrayList<>();
            for (FeedSource f : feeds) futures.add(pool.submit(() -> poller.poll(f)));
            for (int i = 0; i < futures.size(); i++) {
                try {
                    reports.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    // poll() catches what a feed can cause; an Error here is still one feed's, not the loop's
                    reports.add(new FeedReport(feeds.get(i), "error", null, String.valueOf(e.getCause()), 0, 0, 0, 0, 0, 0, 0, 0, 0));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        CycleReport report = new CycleReport(cycle, reports, Duration.ofNanos(System.nanoTime() - t0));
        progress.accept(report.line());
        return report;
    }

    /** Cycles until interrupted, starting one every {@code every} (at once when a cycle took longer). */
    public void run(List<FeedSource> feeds, Duration every) throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            long start = System.nanoTime();
            cycle(feeds);
            long wait = every.toNanos() - (System.nanoTime() - start);
            if (wait > 0) Thread.sleep(wait / 1_000_000);
        }
    }
}
