package org.dyad.feeds;

import org.dyad.store.FeedLedger;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A feed that keeps failing is asked less and less often, up to a bound. */
class FeedPollerTest {
    private static final Duration EVERY = Duration.ofMinutes(15);
    private static final Instant POLLED = Instant.parse("2026-03-04T10:00:00Z");

    private static boolean resting(int failures, Duration after) {
        return FeedPoller.resting(new FeedLedger.FeedState("http://dead.test/rss", null, null, POLLED, "unreachable", failures),
                EVERY, POLLED.plus(after));
    }

    @Test
    void aFeedRestsLongerAfterEachFailureUpToThirtyTwoCycles() {
        assertThat(resting(2, EVERY)).isFalse();                       // two failures: asked every cycle
        assertThat(resting(3, EVERY)).isTrue();                        // three: every second cycle
        assertThat(resting(3, EVERY.multipliedBy(2))).isFalse();
        assertThat(resting(4, EVERY.multipliedBy(3))).isTrue();        // four: every fourth
        assertThat(resting(4, EVERY.multipliedBy(4))).isFalse();
        assertThat(resting(50, EVERY.multipliedBy(31))).isTrue();      // never more than 32 cycles
        assertThat(resting(50, EVERY.multipliedBy(32))).isFalse();
    }

    @Test
    void withoutAnIntervalEveryFeedIsAskedEveryCycle() {
        assertThat(FeedPoller.resting(new FeedLedger.FeedState("u", null, null, POLLED, "failed", 9), null, POLLED)).isFalse();
    }
}
