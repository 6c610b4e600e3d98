package org.dyad.cli;

import org.dyad.ingest.SourceItem;
import org.dyad.output.ArticleJson;
import org.dyad.pipeline.BatchRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad code INPUT... [--out FILE]}: one JSON object per article. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code articles (.txt, .html, .jsonl, folders, or - for stdin) into event JSON Lines.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every input coded", "1:some inputs failed (their lines carry \"error\")", "2:usage or set-up error"})
public final class CodeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for stdin.")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write JSON Lines here (default: stdout).")
    Path out;

    @Mixin
    CodingOptions options;

    @Override
    public Integer call() throws IOException {
        List<SourceItem> items = CodeRun.read(inputs);
        CodeRun run = new CodeRun(options.config(), System.err);
        ArticleJson json = new ArticleJson();
        try (Writer w = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            BatchRunner.Summary s = run.run(items, o -> {
                try {
                    w.write(json.toLine(o));
                    w.write('\n');
                    w.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, System.err);
            System.err.printf("dyad: %d articles, %d failed, %d events%n", s.articles(), s.failed(), s.events());
            return s.failed() > 0 ? 1 : 0;
        }
    }
}
