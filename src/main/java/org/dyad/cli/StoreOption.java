package org.dyad.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db FILE} option every store command takes. */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb",
            description = "Event store file (DuckDB). Default: ${DEFAULT-VALUE}.")
    Path db = Path.of("dyad.duckdb");

    public Path db() {
        return db;
    }
}
