package org.dyad.feeds;

import java.time.Duration;
import java.util.List;

/** One cycle over every feed: the sums of its feed reports, and how long it took. */
public record CycleReport(int cycle, List<FeedReport> feeds, Duration took) {
    public CycleReport {
        feeds = List.copyOf(feeds);
    }

    /** Feeds asked this cycle (resting ones are not). */
    public int polled() {
        return feeds.size() - resting();
    }

    public int resting() {
        return (int) feeds.stream().filter(f -> f.status().equals("resting")).count();
    }

    public int notModified() {
        return (int) feeds.stream().filter(f -> f.status().equals("not-modified")).count();
    }

    public int feedFailures() {
        return (int) feeds.stream().filter(FeedReport::pollFailed).count();
    }

    public int listed() {
        return feeds.stream().mapToInt(FeedReport::listed).sum();
    }

    /** New articles: coded and stored, with or without a coding error. */
    public int newArticles() {
        return coded() + feeds.stream().mapToInt(FeedReport::codingFailed).sum();
    }

    public int coded() {
        return feeds.stream().mapToInt(FeedReport::coded).sum();
    }

    public int events() {
        return feeds.stream().mapToInt(FeedReport::events).sum();
    }

    public int duplicates() {
        return feeds.stream().mapToInt(FeedReport::duplicates).sum();
    }

    public int skipped() {
        return feeds.stream().mapToInt(FeedReport::skipped).sum();
    }

    public int failedItems() {
        return feeds.stream().mapToInt(FeedReport::failedItems).sum();
    }

    /** The one progress line a cycle prints. */
    public String line() {
        return String.format("dyad watch: cycle %d: %d feeds polled (%d not modified, %d failed), %d items listed, "
                        + "%d new articles, %d coded (%d events), %d failed, %d duplicates, %d skipped, %.1f s",
                cycle, polled(), notModified(), feedFailures(), listed(), newArticles(), coded(), events(), failedItems(),
                duplicates(), skipped(), took.toMillis() / 1000.0)
                + (resting() > 0 ? String.format(" (%d dead feeds resting)", resting()) : "");
    }
}
