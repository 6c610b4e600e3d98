package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command and its subcommands. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
        description = "Political event data from raw news articles: who did what to whom, when, how sure, who said it.",
        subcommands = {CodeCommand.class, DemoCommand.class, BenchCommand.class, ValidateCommand.class,
                IngestCommand.class, WatchCommand.class, EventsCommand.class, TimelineCommand.class, ActorsCommand.class, QuotesCommand.class,
                SqlCommand.class, ExportCommand.class, BenchStoreCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class DyadCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new DyadCommand());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // set-up problems (missing dictionary, unwritable file) end with one clear line, not a trace
            if (ex instanceof IllegalStateException || ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
                cmd.getErr().println("dyad: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        System.exit(cli.execute(args));
    }
}
