package org.dyad.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThreadTimesTest {
    @Test
    void jvmThreadNamesFallIntoTheirKinds() {
        assertEquals("JIT", ThreadTimes.kind("C2 CompilerThre"));
        assertEquals("JIT", ThreadTimes.kind("C1 CompilerThre"));
        assertEquals("GC", ThreadTimes.kind("GC Thread#1"));
        assertEquals("GC", ThreadTimes.kind("VM Thread"));
        assertEquals("workers", ThreadTimes.kind("dyad-worker"));
        assertEquals("other", ThreadTimes.kind("main"));
    }

    @Test
    void busyWorkShowsAsTheCallingThreadsCpuTime() {
        Assumptions.assumeTrue(ThreadTimes.available(), "Linux scheduler statistics");
        ThreadTimes.Times before = ThreadTimes.current();
        long sink = 0;
        for (int i = 0; i < 50; i++) sink += ParallelCapacity.work() & 1;
        ThreadTimes.Times d = ThreadTimes.current().minus(before);
        assertTrue(d.onCpu() > 10_000_000L, "on-core time " + d.onCpu() + " ns (sink " + sink + ")");
        assertTrue(d.waiting() >= 0);
    }

    @Test
    void aThreadStartedBetweenSnapshotsCountsFromZero() {
        Assumptions.assumeTrue(ThreadTimes.available(), "Linux scheduler statistics");
        var before = ThreadTimes.all();
        assertTrue(before.values().stream().anyMatch(e -> ThreadTimes.kind(e.getKey()).equals("JIT")), before.toString());
        Map<String, ThreadTimes.Times> none = ThreadTimes.byKind(before, before);
        none.values().forEach(t -> assertEquals(0, t.onCpu()));
        Map<String, ThreadTimes.Times> all = ThreadTimes.byKind(Map.of(), before);
        assertTrue(all.values().stream().mapToLong(ThreadTimes.Times::onCpu).sum() > 0);
    }
}
