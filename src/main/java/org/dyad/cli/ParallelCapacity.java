package org.dyad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What this machine's cores give in parallel right now: the wall time of one copy of a fixed
 * CPU-only workload against N copies run at once, one per thread. On an idle machine with N free
 * cores N copies take as long as one (capacity N); shared cores, hyper-threads, thermal limits or
 * other processes make it less. {@code dyad bench} sets Dyad's N-thread speed-up against this
 * figure, so a poor speed-up is blamed on the code only when the machine could have given more.
 *
 * <p>The workload touches no heap (a xorshift loop over a 4 KB array that stays in L1), so it
 * measures cores, not memory bandwidth or the garbage collector.
 */
final class ParallelCapacity {
    private static final int ROUNDS = 60_000_000;

    private ParallelCapacity() {
    }

    /** One copy's work; the result is returned so that the JIT cannot drop the loop. */
    static long work() {
        int[] a = new int[1024];
        long x = 0x9E3779B97F4A7C15L, sum = 0;
        for (int i = 0; i < ROUNDS; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            int k = (int) (x & 1023);
            a[k] += (int) x;
            sum += a[(k * 31) & 1023];
        }
        return sum;
    }

    /** Wall seconds for {@code copies} copies of the workload run at once. */
    static double seconds(int copies) {
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            long t = System.nanoTime();
            List<Future<Long>> fs = new ArrayList<>();
            for (int i = 0; i < copies; i++) fs.add(pool.submit(ParallelCapacity::work));
            long sink = 0;
            for (Future<Long> f : fs) sink += f.get();
            double secs = (System.nanoTime() - t) / 1e9;
            if (sink == 42) System.err.print("");
            return secs;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Speed-up of N copies over one: N times one copy's time over N copies' time. */
    static double speedup(double oneCopySeconds, double nCopiesSeconds, int n) {
        return n * oneCopySeconds / nCopiesSeconds;
    }
}
