package org.dyad.cli;

import org.dyad.article.ArticleOutcome;
import org.dyad.article.RawArticle;
import org.dyad.config.DyadConfig;
import org.dyad.feeds.CanonicalUrl;
import org.dyad.feeds.CycleReport;
import org.dyad.feeds.FeedList;
import org.dyad.feeds.FeedPoller;
import org.dyad.feeds.FeedSource;
import org.dyad.feeds.FetchPolicy;
import org.dyad.feeds.PoliteFetcher;
import org.dyad.feeds.Watcher;
import org.dyad.pipeline.ArticlePipeline;
import org.dyad.store.EventStore;
import org.dyad.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code dyad watch}: polls RSS and Atom feeds and codes each new article into the store, as ingest
 * does. The models load only when the first new article arrives, so a cycle with nothing new costs
 * seconds, not a model load.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Poll RSS and Atom feeds and code each new article into the event store, politely",
                "(robots.txt, conditional GET, per-host pacing, retries). State lives in the store: a stopped",
                "watch resumes where it stopped. One progress line per cycle on stdout; one line per problem on stderr."},
        exitCodeListHeading = "Exit codes (with --once):%n",
        exitCodeList = {"0:every feed read and every new article stored", "1:some feeds or articles failed (logged)",
                "2:usage or set-up error"})
public final class WatchCommand implements Callable<Integer> {
    @Option(names = "--feeds", paramLabel = "FILE",
            description = "Feed list: the OEDA whitelist CSV (source_id,url,type,language) or one URL a line. "
                    + "Default: oeda-scraper/whitelist_urls.csv in the data folder.")
    Path feeds;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
            description = "Time between the starts of two cycles (30s, 15m, 2h). Default: ${DEFAULT-VALUE}.")
    Duration every;

    @Option(names = "--once", description = "Run one cycle and stop.")
    boolean once;

    @Option(names = "--contact", paramLabel = "URL_OR_EMAIL",
            description = "Operator contact sent in the User-Agent, so site owners can reach you. Default: $DYAD_CONTACT.")
    String contact;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
            description = "Feeds polled at once (each host is still paced on its own). Default: ${DEFAULT-VALUE}.")
    int parallel;

    @Option(names = "--per-host", paramLabel = "DURATION", defaultValue = "2s", converter = DurationConverter.class,
            description = "Least time between two requests to one host (a longer robots.txt Crawl-delay wins). Default: ${DEFAULT-VALUE}.")
    Duration perHost;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Whole-answer timeout per request. Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @Option(names = "--max-items", paramLabel = "N", defaultValue = "100",
            description = "Items read from one feed per cycle. Default: ${DEFAULT-VALUE}.")
    int maxItems;

    @Option(names = "--serve", paramLabel = "PORT",
            description = "Also serve the web page over the store on this port while watching (the store file is "
                    + "locked by the watch, so a separate 'dyad serve' cannot open it).")
    Integer serve;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "Address for --serve. Default: ${DEFAULT-VALUE}.")
    String host;

    @Mixin
    StoreOption store;

    @Mixin
    CodingOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        DyadConfig config = options.config();
        Path list = feeds != null ? feeds : config.dataDir().resolve("oeda-scraper").resolve("whitelist_urls.csv");
        if (!Files.isRegularFile(list)) throw new IllegalStateException("no feed list at " + list + " (give one with --feeds FILE)");
        List<FeedSource> sources = FeedList.read(list);
        if (sources.isEmpty()) throw new IllegalStateException("no feed addresses in " + list);
        String who = contact != null ? contact : System.getenv("DYAD_CONTACT");
        if (who == null || who.isBlank()) {
            who = FetchPolicy.UNSET_CONTACT;
            err.println("dyad: no --contact (or $DYAD_CONTACT) given: site owners cannot reach you; please set one");
        }
        FetchPolicy policy = FetchPolicy.defaults(who.strip()).withTimes(timeout, Duration.ofSeconds(2), perHost);
        LazyCoder coder = new LazyCoder(config, err);
        try (EventStore db = EventStore.open(store.db()); PoliteFetcher fetcher = new PoliteFetcher(policy)) {
            WebServer web = serve != null ? WebServer.start(db, host, serve) : null;
            try {
                if (web != null) out.println("dyad: serving " + db.path() + " at http://" + host + ":" + web.port() + "/");
                Object lock = new Object();
                FeedPoller poller = new FeedPoller(fetcher, CanonicalUrl.load(), db, coder, new Semaphore(Math.max(1, config.threads())),
                        line -> {
                            synchronized (lock) {
                                err.println("dyad: " + line);
                                err.flush();
                            }
                        }, new FeedPoller.Settings(maxItems, 3, 200, every));
                Watcher watcher = new Watcher(poller, parallel, line -> {
                    out.println(line);
                    out.flush();
                });
                out.printf("dyad watch: %d feeds from %s into %s%s%n", sources.size(), list, db.path(),
                        once ? ", one cycle" : ", a cycle every " + human(every));
                out.flush();
                if (once) {
                    CycleReport r = watcher.cycle(sources);
                    return r.feedFailures() > 0 || r.failedItems() > 0 ? 1 : 0;
                }
                watcher.run(sources, every);
                return 0;
            } finally {
                if (web != null) web.close();
            }
        }
    }

    /** Loads the pipeline when the first new article arrives: a cycle with nothing new loads no model. */
    private static final class LazyCoder implements Function<RawArticle, ArticleOutcome> {
        private final DyadConfig config;
        private final PrintWriter err;
        private volatile ArticlePipeline pipeline;

        LazyCoder(DyadConfig config, PrintWriter err) {
            this.config = config;
            this.err = err;
        }

        @Override
        public ArticleOutcome apply(RawArticle raw) {
            ArticlePipeline p = pipeline;
            if (p == null) {
                synchronized (this) {
                    if (pipeline == null) {
                        err.println("dyad: loading models and dictionaries ...");
                        err.flush();
                        long t = System.nanoTime();
                        pipeline = ArticlePipeline.load(config);
                        err.printf("dyad: loaded in %.1f s%n", (System.nanoTime() - t) / 1e9);
                        err.flush();
                    }
                    p = pipeline;
                }
            }
            return p.process(raw);
        }
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s % 3600 == 0) return s / 3600 + "h";
        if (s % 60 == 0) return s / 60 + "m";
        return s + "s";
    }

    /** "90s", "15m", "2h", "1h30m", or an ISO-8601 duration. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (v.startsWith("p")) {
                try {
                    return Duration.parse(value.strip());
                } catch (RuntimeException e) {
                    throw new TypeConversionException("'" + value + "' is not a duration");
                }
            }
            Matcher m = PART.matcher(v);
            Duration d = Duration.ZERO;
            int end = 0;
            while (m.find() && m.start() == end) {
                long n = Long.parseLong(m.group(1));
                d = d.plus(switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                });
                end = m.end();
            }
            if (end == 0 || end != v.length() || d.isZero())
                throw new TypeConversionException("'" + value + "' is not a duration (like 30s, 15m, 2h)");
            return d;
        }
    }
}
