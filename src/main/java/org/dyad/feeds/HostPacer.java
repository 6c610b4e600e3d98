package org.dyad.feeds;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-host rate limit: each request to a host reserves the next free slot, at least the host's
 * interval after the previous one, and waits for it. Reservations are made under one lock and the
 * waiting outside it, so threads fetching from different hosts never wait for each other.
 */
final class HostPacer {
    private final Duration interval;
    private final Map<String, Long> nextFree = new HashMap<>();
    private final Map<String, Duration> delays = new HashMap<>();

    HostPacer(Duration interval) {
        this.interval = interval;
    }

    /** A host whose robots.txt asks for a longer Crawl-delay gets it. */
    synchronized void setDelay(String host, Duration delay) {
        if (delay.compareTo(interval) > 0) delays.put(host, delay);
    }

    /** Blocks until this request to the host may go. */
    void await(String host) throws InterruptedException {
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            slot = Math.max(now, nextFree.getOrDefault(host, now));
            nextFree.put(host, slot + delays.getOrDefault(host, interval).toNanos());
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
}
