package org.dyad.cli;

import org.dyad.query.OutputFormat;
import org.dyad.query.TablePrinter;
import org.dyad.store.EventStore;
import org.dyad.store.Table;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.util.function.Function;

/** {@code --format table|csv|json} for the commands that print rows. */
public final class TableOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = Converters.OutputFormatConverter.class,
            description = "table (aligned, for reading), csv or json. Default: ${DEFAULT-VALUE}.")
    OutputFormat format = OutputFormat.TABLE;

    public OutputFormat format() {
        return format;
    }

    /** Runs one read-only query on the store and prints its rows in the chosen format. */
    void print(CommandSpec spec, StoreOption store, Function<EventStore, Table> query) {
        try (EventStore s = EventStore.openReadOnly(store.db())) {
            spec.commandLine().getOut().print(TablePrinter.render(query.apply(s), format));
            spec.commandLine().getOut().flush();
        }
    }
}
