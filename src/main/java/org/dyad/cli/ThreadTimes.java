package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a JVM's threads spent a span of time, from Linux's scheduler statistics
 * ({@code /proc/self/task/TID/schedstat}: nanoseconds on a core, nanoseconds runnable but waiting
 * for one). {@code dyad bench} uses it to say why N worker threads do not give N times one thread's
 * throughput (issue 16): a worker is either on a core, waiting for a core (taken by the JIT, the
 * garbage collector or another process), or not runnable at all (a lock, an empty queue, the end of
 * the run). Elsewhere than Linux every figure is absent and nothing is printed.
 */
final class ThreadTimes {
    /** On-core and run-queue nanoseconds of one thread, or of a group of threads. */
    record Times(long onCpu, long waiting) {
        Times plus(Times o) {
            return new Times(onCpu + o.onCpu, waiting + o.waiting);
        }

        Times minus(Times o) {
            return new Times(onCpu - o.onCpu, waiting - o.waiting);
        }
    }

    private static final Path SELF = Path.of("/proc/thread-self/schedstat");
    private static final Path TASKS = Path.of("/proc/self/task");

    private ThreadTimes() {
    }

    static boolean available() {
        return Files.isReadable(SELF);
    }

    /** The calling thread's times so far, or null where the platform does not say. */
    static Times current() {
        return read(SELF);
    }

    /** Every live thread of this JVM, by thread id: its name (Linux keeps 15 characters) and times so far. */
    static Map<Long, Map.Entry<String, Times>> all() {
        Map<Long, Map.Entry<String, Times>> out = new HashMap<>();
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(t -> {
                Times times = read(t.resolve("schedstat"));
                if (times == null) return;
                try {
                    String name = Files.readString(t.resolve("comm")).strip();
                    out.put(Long.parseLong(t.getFileName().toString()), Map.entry(name, times));
                } catch (IOException | NumberFormatException e) {
                    // the thread ended while being read
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return out;
    }

    /**
     * CPU and run-queue time between two snapshots, summed by kind of thread: the JIT's compilers,
     * the garbage collector (with the VM thread that runs its safepoints), the workers still alive, and the rest. Threads that
     * started after {@code before} count from zero; threads that ended in between are lost.
     */
    static Map<String, Times> byKind(Map<Long, Map.Entry<String, Times>> before, Map<Long, Map.Entry<String, Times>> after) {
        Map<String, Times> out = new LinkedHashMap<>();
        for (String kind : new String[] {"workers", "JIT", "GC", "other"}) out.put(kind, new Times(0, 0));
        after.forEach((tid, now) -> {
            Map.Entry<String, Times> then = before.get(tid);
            Times d = then == null || !then.getKey().equals(now.getKey()) ? now.getValue() : now.getValue().minus(then.getValue());
            out.merge(kind(now.getKey()), d, Times::plus);
        });
        return out;
    }

    static String kind(String name) {
        if (name.startsWith("dyad-worker")) return "workers";
        if (name.contains("CompilerThre") || name.startsWith("C1 ") || name.startsWith("C2 ")) return "JIT";
        if (name.startsWith("GC Thread") || name.equals("VM Thread") || name.startsWith("G1 ") || name.startsWith("ParGC")) return "GC";
        return "other";
    }

    private static Times read(Path schedstat) {
        try {
            String[] f = Files.readString(schedstat).trim().split("\\s+");
            return new Times(Long.parseLong(f[0]), Long.parseLong(f[1]));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
