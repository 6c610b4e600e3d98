package org.dyad.cli;

import org.dyad.config.Limits;
import org.dyad.ingest.SourceItem;
import org.dyad.output.ArticleJson;
import org.dyad.pipeline.BatchRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code dyad code INPUT... [--out FILE] [--resume]}: one JSON object per article, written (and
 * flushed) as soon as the article is coded, so an interrupted run keeps every finished line and
 * {@code --resume} codes only the rest.
 */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Code articles (.txt, .html, .jsonl, folders, or - for stdin) into event JSON Lines.",
                "Lines are written as articles finish: with more than one thread that is not input order (match lines by doc_id)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every input coded", "1:some inputs failed (their lines carry \"error\")", "2:usage or set-up error"})
public final class CodeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for stdin.")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write JSON Lines here (default: stdout).")
    Path out;

    @Option(names = "--resume", description = "Keep the lines already in --out FILE and code only the inputs it lacks "
            + "(an interrupted run goes on where it stopped; a half-written last line is dropped and coded again).")
    boolean resume;

    @Option(names = "--retry-failed", description = "With --resume: code again the inputs whose line in FILE has an \"error\".")
    boolean retryFailed;

    @Mixin
    CodingOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((resume || retryFailed) && out == null) {
            spec.commandLine().getErr().println("dyad: --resume needs --out FILE");
            return 2;
        }
        Limits limits = options.limits();
        Set<String> done = Set.of();
        if (resume && Files.exists(out)) {
            CodedLines.Kept kept = CodedLines.keep(out, retryFailed);
            done = kept.keys();
            System.err.printf("dyad: resuming: %d articles already in %s%s%n", done.size(), out,
                    kept.dropped() > 0 ? " (" + kept.dropped() + " lines dropped to be coded again)" : "");
        }
        Set<String> skip = done;
        int[] skipped = {0};
        Iterator<SourceItem> items = skipping(CodeRun.stream(inputs, limits), skip, skipped);
        if (!items.hasNext()) {
            System.err.printf("dyad: nothing to code (%d inputs already in %s)%n", skipped[0], out);
            return 0;
        }
        CodeRun run = new CodeRun(options.config(), limits, System.err);
        ArticleJson json = new ArticleJson();
        try (Writer w = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : resume ? Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            BatchRunner.Summary s = run.stream(items, r -> {
                try {
                    w.write(json.toLine(r.outcome(), r.warnings()));
                    w.write('\n');
                    w.flush(); // the line is kept whatever happens to the run
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, System.err);
            System.err.printf("dyad: %d articles, %d failed (%d past the time budget), %d events%s%n", s.articles(), s.failed(),
                    s.timedOut(), s.events(), skipped[0] > 0 ? "; " + skipped[0] + " already coded (skipped)" : "");
            return s.failed() > 0 ? 1 : 0;
        }
    }

    /** The items whose line is not in the output yet. */
    private static Iterator<SourceItem> skipping(Iterator<SourceItem> items, Set<String> done, int[] skipped) {
        if (done.isEmpty()) return items;
        return new Iterator<>() {
            SourceItem next;

            public boolean hasNext() {
                while (next == null && items.hasNext()) {
                    SourceItem i = items.next();
                    if (done.contains(CodedLines.key(i.id(), i.source()))) skipped[0]++;
                    else next = i;
                }
                return next != null;
            }

            public SourceItem next() {
                if (!hasNext()) throw new NoSuchElementException();
                SourceItem i = next;
                next = null;
                return i;
            }
        };
    }
}
