package org.dyad.cli;

import org.dyad.query.QuoteQuery;
import org.dyad.query.TablePrinter;
import org.dyad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code dyad quotes}: stored quotations and who said them. */
@Command(name = "quotes", mixinStandardHelpOptions = true, description = "List stored quotes with their speakers.")
public final class QuotesCommand implements Callable<Integer> {
    @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotes whose speaker contains this (any case).")
    String speaker;

    @Option(names = "--country", paramLabel = "CODE", description = "Only speakers of this country.")
    String country;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N rows (default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    StoreOption store;

    @Mixin
    TableOptions table;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (EventStore s = EventStore.openReadOnly(store.db())) {
            spec.commandLine().getOut().print(TablePrinter.render(new QuoteQuery(s).quotes(speaker, country, limit), table.format()));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
