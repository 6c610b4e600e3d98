package org.dyad.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParallelCapacityTest {
    @Test
    void medianOfOddAndEvenCountsIgnoresOneOutlier() {
        // one trial hit by another process's burst must not decide the figure
        assertEquals(0.5, ParallelCapacity.median(new double[]{0.5, 9.0, 0.4}));
        assertEquals(0.45, ParallelCapacity.median(new double[]{0.5, 0.4, 9.0, 0.1}), 1e-12);
    }

    @Test
    void speedUpIsNTimesOneCopyOverNCopies() {
        assertEquals(2.0, ParallelCapacity.speedup(1.0, 1.0, 2));
        assertEquals(1.0, ParallelCapacity.speedup(1.0, 2.0, 2));
    }

    @Test
    void workIsDeterministicSoEveryCopyDoesTheSameWork() {
        assertEquals(ParallelCapacity.work(), ParallelCapacity.work());
    }
}
