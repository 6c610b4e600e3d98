package org.dyad.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/** Wall time spent in each stage, summed over all threads (for {@code dyad bench}). */
public final class StageTimer {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    <T> T time(String stage, Supplier<T> work) {
        long t = System.nanoTime();
        try {
            return work.get();
        } finally {
            order.putIfAbsent(stage, order.size());
            nanos.computeIfAbsent(stage, k -> new LongAdder()).add(System.nanoTime() - t);
        }
    }

    /** Milliseconds per stage, in the order the stages first ran. */
    public Map<String, Long> millis() {
        Map<String, Long> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum() / 1_000_000));
        return out;
    }
}
