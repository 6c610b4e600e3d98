package org.dyad.cli;

import org.dyad.query.OutputFormat;
import picocli.CommandLine.Option;

/** {@code --format table|csv|json} for the commands that print rows. */
public final class TableOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = Converters.OutputFormatConverter.class,
            description = "table (aligned, for reading), csv or json. Default: ${DEFAULT-VALUE}.")
    OutputFormat format = OutputFormat.TABLE;

    public OutputFormat format() {
        return format;
    }
}
