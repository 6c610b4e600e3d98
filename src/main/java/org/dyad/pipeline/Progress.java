package org.dyad.pipeline;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;

/**
 * Progress of a batch on stderr: a progress bar on a terminal, plain lines otherwise (logs, CI),
 * at most about twenty of them per run.
 */
public interface Progress extends AutoCloseable {
    void step(String id);

    @Override
    void close();

    static Progress none() {
        return new Progress() {
            public void step(String id) { }

            public void close() { }
        };
    }

    /** Progress of {@code total} articles; a negative total means unknown (a stream): counts only. */
    static Progress forTotal(int total, String task, PrintStream err) {
        if (total < 0) return counting(task, err);
        if (System.console() != null && total > 1) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err)).build();
            return new Progress() {
                public void step(String id) { bar.step(); }

                public void close() { bar.close(); }
            };
        }
        return new Progress() {
            private int done;
            private final long start = System.nanoTime();
            private final int every = Math.max(1, total / 20);

            public void step(String id) {
                done++;
                if (done % every == 0 || done == total) {
                    long s = (System.nanoTime() - start) / 1_000_000_000L;
                    err.printf("%s: %d/%d articles (%d s)%n", task, done, total, s);
                }
            }

            public void close() { }
        };
    }

    /** For a stream of unknown length: a line at 1, 10, 100, then every 500 articles, and at most every 30 s otherwise. */
    private static Progress counting(String task, PrintStream err) {
        return new Progress() {
            private int done;
            private final long start = System.nanoTime();
            private long last = start;

            public void step(String id) {
                done++;
                long now = System.nanoTime();
                if (done == 1 || done == 10 || done == 100 || done % 500 == 0 || now - last > 30_000_000_000L) {
                    last = now;
                    err.printf("%s: %d articles (%d s)%n", task, done, (now - start) / 1_000_000_000L);
                }
            }

            public void close() {
                err.printf("%s: %d articles done (%d s)%n", task, done, (System.nanoTime() - start) / 1_000_000_000L);
            }
        };
    }
}
