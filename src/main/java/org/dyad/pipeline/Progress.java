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

    static Progress forTotal(int total, String task, PrintStream err) {
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
}
