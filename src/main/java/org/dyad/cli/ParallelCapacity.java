package org.dyad.cli;

import java.util.ArrayList;
import java.util.Arrays;
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
 *
 * <p>Why the measurement is made the way it is (issue 16): a copy used to take ~0.12 s, shorter
 * than the scheduler's slices on a machine shared with other processes, and the first timing (N
 * copies) ran before the JIT had compiled the loop: one run gave 1 copy 0.14 s against 2 copies
 * 0.46 s, a "capacity" of 0.45x that no real machine has. Now the loop is compiled before any
 * timing ({@link #warm}), a copy takes about half a second, and one and N copies are timed in
 * alternation several times; {@link #measure} keeps the median of each.
 */
final class ParallelCapacity {
    /** Rounds of one chunk: the chunk method is called often, so the JIT compiles it whole, not only by on-stack replacement. */
    private static final int CHUNK = 1_000_000;
    /** Chunks of one copy: about half a second on this machine's cores. */
    private static final int CHUNKS = 250;
    /** Alternating timings of one and of N copies; the median of each is kept. */
    private static final int TRIALS = 3;

    private static volatile boolean warmed;

    private ParallelCapacity() {
    }

    /** Median wall seconds of one copy and of N copies, timed alternately. */
    record Timing(double one, double many) {
        double speedup(int n) {
            return ParallelCapacity.speedup(one, many, n);
        }
    }

    /** Times one copy and {@code copies} copies {@link #TRIALS} times each, alternating; medians. */
    static Timing measure(int copies) {
        warm();
        double[] one = new double[TRIALS], many = new double[TRIALS];
        for (int i = 0; i < TRIALS; i++) {
            one[i] = seconds(1);
            many[i] = seconds(copies);
        }
        return new Timing(median(one), median(many));
    }

    /** Compiles the workload before anything is timed. */
    static void warm() {
        if (warmed) return;
        long sink = 0;
        for (int i = 0; i < 40; i++) sink += chunk(new int[1024], 0x9E3779B97F4A7C15L + i, CHUNK / 10);
        if (sink == 42) System.err.print("");
        warmed = true;
    }

    /** One copy's work; the result is returned so that the JIT cannot drop the loop. */
    static long work() {
        int[] a = new int[1024];
        long sum = 0;
        for (int c = 0; c < CHUNKS; c++) sum += chunk(a, 0x9E3779B97F4A7C15L + c, CHUNK);
        return sum;
    }

    private static long chunk(int[] a, long seed, int rounds) {
        long x = seed, sum = 0;
        for (int i = 0; i < rounds; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            int k = (int) (x & 1023);
            a[k] += (int) x;
            sum += a[(k * 31) & 1023];
        }
        return sum;
    }

    /** Wall seconds for {@code copies} copies of the workload run at once, one per thread. */
    static double seconds(int copies) {
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            // the threads exist before the clock starts: thread creation is not the machine's capacity
            List<Future<?>> started = new ArrayList<>();
            for (int i = 0; i < copies; i++) started.add(pool.submit(() -> { }));
            for (Future<?> f : started) f.get();
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

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    /** Speed-up of N copies over one: N times one copy's time over N copies' time. */
    static double speedup(double oneCopySeconds, double nCopiesSeconds, int n) {
        return n * oneCopySeconds / nCopiesSeconds;
    }
}
