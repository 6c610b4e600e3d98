package org.dyad.cli;

import org.dyad.query.EventExport;
import org.dyad.store.CopyFormat;
import org.dyad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dyad export --format parquet OUT}: one row per de-duplicated event, with POLECAT's column names. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export one row per (de-duplicated) event for pandas, R or DuckDB.",
                "Columns use POLECAT's names where POLECAT has the field (Event ID, Event Date, Quad Code, Actor Name, ...),",
                "then Dyad's own (Factuality, Date From, Date To, Evidence, Confidence, Mention Count, ...)."})
public final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUT", description = "File to write.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Converters.CopyFormatConverter.class,
            description = "parquet, csv or jsonl (default: from OUT's extension).")
    CopyFormat format;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CopyFormat f = format != null ? format : fromExtension(out);
        if (f == null)
            throw new ParameterException(spec.commandLine(), "say --format parquet|csv|jsonl (cannot tell from '" + out.getFileName() + "')");
        try (EventStore s = EventStore.openReadOnly(store.db())) {
            long rows = new EventExport(s).export(f, out);
            spec.commandLine().getErr().printf("dyad: wrote %d events to %s (%s)%n", rows, out, f.name().toLowerCase(Locale.ROOT));
        }
        return 0;
    }

    static CopyFormat fromExtension(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".parquet")) return CopyFormat.PARQUET;
        if (n.endsWith(".csv")) return CopyFormat.CSV;
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) return CopyFormat.JSONL;
        return null;
    }
}
