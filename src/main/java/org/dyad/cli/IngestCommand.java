package org.dyad.cli;

import org.dyad.article.ArticleOutcome;
import org.dyad.columnar.RunReader;
import org.dyad.config.Limits;
import org.dyad.ingest.SourceItem;
import org.dyad.store.ContentHash;
import org.dyad.store.EventStore;
import org.dyad.store.StoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dyad ingest INPUT... [--db FILE]}: codes articles into the event store. Articles already
 * stored with the same id and content hash are skipped before any coding (so a re-run, or a run
 * resumed after a crash, codes only what is new); each coded article is saved as soon as it is done.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Code articles into the event store, skipping those already stored (same id and content).",
                "Inputs as for 'dyad code': .txt, .html, .jsonl, folders, or - for stdin."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every input stored", "1:some inputs failed (stored with their error)", "2:usage or set-up error"})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for stdin.")
    List<String> inputs;

    @Option(names = "--retry-failed", description = "Code again the articles stored with an error (default: skip them too).")
    boolean retryFailed;

    @Mixin
    StoreOption store;

    @Mixin
    CodingOptions options;

    @Spec
    CommandSpec spec;

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Counts of one ingest run. */
    private static final class Tally {
        int skipped, duplicates, unreadable, stored, replaced, unchanged, failed, mentions, newEvents, merged;
        long saveNanos, saveCpuNanos;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Limits limits = options.limits();
        // open the store first: an unwritable --db must fail before minutes of model loading
        try (EventStore db = EventStore.open(store.db())) {
            Tally tally = new Tally();
            int[] inputs = {0};
            // a dyad-spark run is already coded: store its articles as they are, then code the rest
            List<String> toRead = new java.util.ArrayList<>();
            for (String in : this.inputs) {
                java.nio.file.Path run = in.equals("-") ? null : RunReader.runFolder(java.nio.file.Path.of(in));
                if (run == null) toRead.add(in);
                else inputs[0] += (int) storeRun(db, run, tally, err);
            }
            Iterator<SourceItem> todo = new ToCode(CodeRun.stream(toRead, limits), db, tally, inputs, err);
            if (todo.hasNext()) code(db, todo, limits, tally, err);
            printSummary(spec.commandLine().getOut(), inputs[0], tally, db);
            return tally.failed > 0 || tally.unreadable > 0 ? 1 : 0;
        }
    }

    /** The inputs still to code, read lazily: unreadable ones reported, stored and repeated ones skipped. */
    private final class ToCode implements Iterator<SourceItem> {
        private final Iterator<SourceItem> items;
        private final EventStore db;
        private final Tally tally;
        private final int[] inputs;
        private final PrintWriter err;
        private final Map<String, String> seen = new HashMap<>();
        private SourceItem next;

        ToCode(Iterator<SourceItem> items, EventStore db, Tally tally, int[] inputs, PrintWriter err) {
            this.items = items;
            this.db = db;
            this.tally = tally;
            this.inputs = inputs;
            this.err = err;
        }

        public boolean hasNext() {
            while (next == null && items.hasNext()) {
                SourceItem item = items.next();
                inputs[0]++;
                if (item instanceof SourceItem.Unreadable u) {
                    // not an article: reported, never stored, so a fixed file is picked up next run
                    tally.unreadable++;
                    err.println("dyad: " + u.source() + ": " + u.message());
                    continue;
                }
                var raw = ((SourceItem.Article) item).raw();
                String hash = ContentHash.of(raw);
                if (alreadyStored(db, raw.id(), hash)) {
                    tally.skipped++;
                    continue;
                }
                String before = seen.put(raw.id(), hash);
                if (hash.equals(before)) {
                    tally.duplicates++;
                    continue;
                }
                if (before != null)
                    err.println("dyad: article id " + raw.id() + " appears twice with different content; the later one is kept");
                next = item;
            }
            return next != null;
        }

        public SourceItem next() {
            if (!hasNext()) throw new java.util.NoSuchElementException();
            SourceItem i = next;
            next = null;
            return i;
        }
    }

    private void code(EventStore db, Iterator<SourceItem> todo, Limits limits, Tally tally, PrintWriter err) {
        CodeRun run = new CodeRun(options.config(), limits, System.err);
        // results come as articles finish; each carries its input, whose content hash is stored with it
        run.stream(todo, result -> {
            var outcome = result.outcome();
            save(db, outcome, ContentHash.of(((SourceItem.Article) result.item()).raw()), tally);
        }, System.err);
        err.flush();
    }

    private static void save(EventStore db, ArticleOutcome outcome, String hash, Tally tally) {
        long t = System.nanoTime(), cpu = THREADS.getCurrentThreadCpuTime();
        StoreResult r = db.save(outcome, hash);
        tally.saveNanos += System.nanoTime() - t;
        tally.saveCpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
        if (outcome instanceof ArticleOutcome.Failed) tally.failed++;
        switch (r.status()) {
            case STORED -> tally.stored++;
            case REPLACED -> tally.replaced++;
            case UNCHANGED -> tally.unchanged++;
        }
        tally.mentions += r.mentions();
        tally.newEvents += r.newEvents();
        tally.merged += r.merged();
    }

    /** Stored already with this content (with --retry-failed: stored and coded without error). */
    private boolean alreadyStored(EventStore db, String id, String hash) {
        return retryFailed ? db.containsCoded(id, hash) : db.contains(id, hash);
    }

    /** Stores a dyad-spark run's articles without coding them again; returns how many inputs it held. */
    private long storeRun(EventStore db, java.nio.file.Path run, Tally tally, PrintWriter err) {
        return RunReader.forEach(run, e -> {
            if (e.unreadable()) {
                tally.unreadable++;
                err.println("dyad: " + e.outcome().source() + ": " + ((ArticleOutcome.Failed) e.outcome()).message());
            } else if (e.contentHash() != null && alreadyStored(db, e.outcome().id(), e.contentHash())) {
                tally.skipped++;
            } else {
                save(db, e.outcome(), e.contentHash() != null ? e.contentHash() : "run:" + e.outcome().id(), tally);
            }
        });
    }

    private static void printSummary(PrintWriter out, int inputs, Tally t, EventStore db) {
        int saved = t.stored + t.replaced + t.unchanged;
        out.printf("dyad ingest: %d inputs into %s%n", inputs, db.path());
        out.printf("  already stored (skipped, not coded)  %d%n", t.skipped);
        if (t.duplicates > 0) out.printf("  repeated in this batch (skipped)     %d%n", t.duplicates);
        if (t.unreadable > 0) out.printf("  unreadable (not stored)              %d%n", t.unreadable);
        out.printf("  coded and stored                     %d new, %d replaced, %d failed (stored with their error)%n",
                t.stored, t.replaced, t.failed);
        out.printf("  event mentions                       %d: %d new events, %d joined events already reported%n",
                t.mentions, t.newEvents, t.merged);
        if (saved > 0) out.printf("  store time                           %.1f ms per article (%.1f ms CPU), while coding went on%n",
                t.saveNanos / 1e6 / saved, t.saveCpuNanos / 1e6 / saved);
        out.flush();
    }
}
