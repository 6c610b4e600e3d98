package org.dyad.cli;

import org.dyad.query.Granularity;
import org.dyad.query.OutputFormat;
import org.dyad.query.TablePrinter;
import org.dyad.query.TimelineQuery;
import org.dyad.query.TimelineRow;
import org.dyad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad timeline GBR FRA}: events per PLOVER type and a cooperation-conflict score per period. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"A dyad's timeline: de-duplicated events per PLOVER type and a cooperation-conflict score per period.",
                "Score: Goldstein-style weight of each event's type (AGREE +4 ... ASSAULT -10) times its factuality",
                "(happened 1, planned 0.5, possible 0.25, denied 0); see docs/STORE.md."})
public final class TimelineCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "One country or body code (GBR).")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The other (FRA). Both directions count.")
    String b;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month", converter = Converters.GranularityConverter.class,
            description = "week, month or year (default ${DEFAULT-VALUE}).")
    Granularity by;

    @Option(names = "--from", paramLabel = "DATE", converter = Converters.DateConverter.class, description = "First event day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Converters.DateConverter.class, description = "Last event day.")
    LocalDate to;

    @Option(names = "--all-types", description = "A column for every PLOVER type (always so in csv and json).")
    boolean allTypes;

    @Mixin
    StoreOption store;

    @Mixin
    TableOptions table;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (EventStore s = EventStore.openReadOnly(store.db())) {
            List<TimelineRow> rows = new TimelineQuery(s).timeline(a, b, by, from, to);
            boolean every = allTypes || table.format() != OutputFormat.TABLE;
            spec.commandLine().getOut().print(TablePrinter.render(TimelineQuery.table(rows, every), table.format()));
            spec.commandLine().getOut().flush();
            long unplaced = new TimelineQuery(s).unplaced(a, b, by);
            // on stderr, so csv/json output stays machine-readable
            if (unplaced > 0) spec.commandLine().getErr().printf("(%d events with date windows wider than %d days are not placed on the timeline; see ./dyad events)%n",
                    unplaced, by.maxWindowDays());
        }
        return 0;
    }
}
