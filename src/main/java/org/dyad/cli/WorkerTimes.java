package org.dyad.cli;

import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * How N worker threads spent a timed pass of {@code dyad bench}: inside articles on a core, inside
 * articles waiting for a core, inside articles neither (blocked on a lock, parked, in I/O), and
 * outside any article (waiting for the next one, handing a result over, idle at the run's end while
 * the other threads finish their last articles). The N threads' wall time is the sum of the four, so
 * an N-thread speed-up short of N is accounted for here (issue 16).
 */
final class WorkerTimes {
    /** What one article's thread had used when it began. */
    record Start(long wall, ThreadTimes.Times times) {
    }

    private final LongAdder wall = new LongAdder(), onCpu = new LongAdder(), waiting = new LongAdder();

    Start start() {
        return new Start(System.nanoTime(), ThreadTimes.current());
    }

    void end(Start s) {
        wall.add(System.nanoTime() - s.wall());
        ThreadTimes.Times now = ThreadTimes.current();
        if (now == null || s.times() == null) return;
        ThreadTimes.Times d = now.minus(s.times());
        onCpu.add(d.onCpu());
        waiting.add(d.waiting());
    }

    /** The workers' shares of {@code threads} times the pass's wall seconds, then the other JVM threads' CPU. */
    void print(int threads, double passSeconds, Map<String, ThreadTimes.Times> others) {
        if (!ThreadTimes.available()) return;
        double total = threads * passSeconds;
        double in = wall.sum() / 1e9, cpu = onCpu.sum() / 1e9, queued = waiting.sum() / 1e9;
        double blocked = Math.max(0, in - cpu - queued), outside = Math.max(0, total - in);
        System.out.printf("  worker time     %.1f s (%d threads x wall): on a core %.1f s (%.0f%%), waiting for a core %.1f s (%.0f%%), "
                        + "blocked or asleep in an article %.1f s (%.0f%%), between articles or idle at the end %.1f s (%.0f%%)%n",
                total, threads, cpu, pct(cpu, total), queued, pct(queued, total), blocked, pct(blocked, total), outside, pct(outside, total));
        printOthers(others);
    }

    /** CPU of the JIT's compilers and of the garbage collector (and the rest of the JVM) over the pass. */
    static void printOthers(Map<String, ThreadTimes.Times> others) {
        if (!ThreadTimes.available() || others.isEmpty()) return;
        StringBuilder b = new StringBuilder("  other threads   CPU");
        // the workers are accounted for above; those still alive at the end would count twice here
        others.forEach((kind, t) -> {
            if (!kind.equals("workers")) b.append(String.format(java.util.Locale.ROOT, " %s %.1f s,", kind, t.onCpu() / 1e9));
        });
        b.setLength(b.length() - 1);
        b.append(" (\"other\" holds the bench's own threads)");
        System.out.println(b);
    }

    private static double pct(double part, double whole) {
        return whole <= 0 ? 0 : 100 * part / whole;
    }
}
