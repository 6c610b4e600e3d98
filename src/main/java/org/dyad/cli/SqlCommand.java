package org.dyad.cli;

import org.dyad.query.SqlQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code dyad sql "SELECT ..."}: any read-only query on the store's tables. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Run one read-only SQL query (DuckDB dialect) on the store.",
                "Tables: articles, actors, quotes, events, event_mentions (docs/STORE.md). Writes are refused,",
                "and so is reading any file but the store (read_csv, ATTACH, ...)."},
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:query ran", "2:query refused or invalid"})
public final class SqlCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUERY", description = "e.g. \"SELECT type, count(*) FROM events GROUP BY type\"")
    String query;

    @Mixin
    StoreOption store;

    @Mixin
    TableOptions table;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            // a query may name files (read_csv, read_parquet, ATTACH): only the store itself is readable
            table.print(spec, store, s -> {
                s.denyExternalAccess();
                return new SqlQuery(s).run(query);
            });
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("dyad: " + e.getMessage());
            return 2;
        }
    }
}
