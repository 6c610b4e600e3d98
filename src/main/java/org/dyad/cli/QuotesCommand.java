package org.dyad.cli;

import org.dyad.query.QuoteQuery;
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
        table.print(spec, store, s -> new QuoteQuery(s).quotes(speaker, country, limit));
        return 0;
    }
}
