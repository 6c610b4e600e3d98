package org.dyad.cli;

import org.dyad.article.ArticleOutcome;
import org.dyad.columnar.RunReader;
import org.dyad.ingest.SourceItem;
import org.dyad.pipeline.BatchRunner;
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
import java.nio.file.Path;
import java.util.ArrayList;
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
                "Inputs as for 'dyad code': .txt, .html, .jsonl, folders, or - for stdin;",
                "and output folders of the dyad-spark job (articles/ and events/ Parquet), stored without coding again."},
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
        // open the store first: an unwritable --db must fail before minutes of model loading
        try (EventStore db = EventStore.open(store.db())) {
            Tally tally = new Tally();
            // a dyad-spark run is already coded: store its articles as they are, then code the rest
            List<String> toRead = new ArrayList<>();
            long fromRuns = 0;
            for (String in : inputs) {
                Path run = in.equals("-") ? null : RunReader.runFolder(Path.of(in));
                if (run == null) toRead.add(in);
                else fromRuns += storeRun(db, run, tally, err);
            }
            List<SourceItem> items = toRead.isEmpty() ? List.of() : CodeRun.read(toRead);
            List<SourceItem> todo = new ArrayList<>();
            List<String> hashes = new ArrayList<>();
            Map<String, String> seen = new HashMap<>();
            for (SourceItem item : items) {
                if (item instanceof SourceItem.Unreadable u) {
                    // not an article: reported, never stored, so a fixed file is picked up next run
                    tally.unreadable++;
                    err.println("dyad: " + u.source() + ": " + u.message());
                    continue;
                }
                var raw = ((SourceItem.Article) item).raw();
                String hash = ContentHash.of(raw);
                if (retryFailed ? db.containsCoded(raw.id(), hash) : db.contains(raw.id(), hash)) {
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
                todo.add(item);
                hashes.add(hash);
            }
            if (!todo.isEmpty()) code(db, todo, hashes, tally, err);
            printSummary(spec.commandLine().getOut(), items.size() + fromRuns, tally, db);
            return tally.failed > 0 || tally.unreadable > 0 ? 1 : 0;
        }
    }

    private void code(EventStore db, List<SourceItem> todo, List<String> hashes, Tally tally, PrintWriter err) {
        CodeRun run = new CodeRun(options.config(), System.err);
        // the batch runner hands outcomes over in input order, so the i-th outcome is the i-th hash's
        Iterator<String> hash = hashes.iterator();
        BatchRunner.Summary s = run.run(todo, outcome -> save(db, outcome, hash.next(), tally), System.err);
        err.flush();
        if (s.articles() != todo.size()) throw new IllegalStateException("coded " + s.articles() + " of " + todo.size() + " articles");
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

    /** Stores the articles of a dyad-spark run (same skip rules as coding: id and content hash); returns how many it held. */
    private long storeRun(EventStore db, Path run, Tally tally, PrintWriter err) {
        return RunReader.forEach(run, e -> {
            if (e.unreadable()) {
                tally.unreadable++;
                err.println("dyad: " + e.outcome().source() + ": " + ((ArticleOutcome.Failed) e.outcome()).message());
            } else if (e.contentHash() != null && (retryFailed ? db.containsCoded(e.outcome().id(), e.contentHash())
                    : db.contains(e.outcome().id(), e.contentHash()))) {
                tally.skipped++;
            } else {
                save(db, e.outcome(), e.contentHash() != null ? e.contentHash() : "run:" + e.outcome().id(), tally);
            }
        });
    }

    private static void printSummary(PrintWriter out, long inputs, Tally t, EventStore db) {
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
