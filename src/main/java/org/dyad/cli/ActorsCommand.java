package org.dyad.cli;

import org.dyad.query.ActorQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code dyad actors}: the actors stored articles mention, most widely reported first. */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "List stored actors with how many articles mention them.")
public final class ActorsCommand implements Callable<Integer> {
    @Option(names = "--country", paramLabel = "CODE", description = "Only actors of this country or body (GBR, NATO).")
    String country;

    @Option(names = "--name", paramLabel = "TEXT", description = "Only actors whose name contains this.")
    String name;

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
        table.print(spec, store, s -> new ActorQuery(s).actors(country, name, limit));
        return 0;
    }
}
