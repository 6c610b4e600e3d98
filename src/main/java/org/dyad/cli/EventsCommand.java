package org.dyad.cli;

import org.dyad.article.Factuality;
import org.dyad.article.PloverType;
import org.dyad.query.EventFilter;
import org.dyad.query.EventQuery;
import org.dyad.query.TablePrinter;
import org.dyad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code dyad events}: de-duplicated events, newest first, with their evidence. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List stored events (one row per real event, however many articles report it).")
public final class EventsCommand implements Callable<Integer> {
    @Option(names = "--dyad", paramLabel = "A-B", description = "Only events between two countries, either direction (GBR-FRA).")
    String dyad;

    @Option(names = "--directed", description = "With --dyad: only events from the first country to the second.")
    boolean directed;

    @Option(names = "--actor", paramLabel = "CODE", description = "Only events with this country on either side.")
    String actor;

    @Option(names = "--country", paramLabel = "CODE", description = "Only events that took place in this country (their location).")
    String country;

    @Option(names = "--type", paramLabel = "TYPE", converter = Converters.PloverTypeConverter.class, description = "Only this PLOVER type (AGREE, ASSAULT, ...).")
    PloverType type;

    @Option(names = "--from", paramLabel = "DATE", converter = Converters.DateConverter.class, description = "Events dated on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Converters.DateConverter.class, description = "Events dated on or before this day.")
    LocalDate to;

    @Option(names = "--factuality", paramLabel = "F", converter = Converters.FactualityConverter.class, description = "happened, planned, possible or denied.")
    Factuality factuality;

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
        String a = actor, b = null;
        if (dyad != null) {
            String[] ab;
            try {
                ab = EventFilter.parseDyad(dyad);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            a = ab[0];
            b = ab[1];
        }
        EventFilter filter = new EventFilter(a, b, directed && dyad != null, type, from, to, factuality, limit, country);
        try (EventStore s = EventStore.openReadOnly(store.db())) {
            spec.commandLine().getOut().print(TablePrinter.render(new EventQuery(s).find(filter), table.format()));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
