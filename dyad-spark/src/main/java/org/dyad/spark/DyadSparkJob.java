package org.dyad.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dyad.columnar.RunReader;
import org.dyad.columnar.RunTables;
import org.dyad.config.DyadConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code dyad-spark INPUT... --out DIR}: codes a corpus on Spark and writes {@code DIR/events}
 * (one row per reported event, {@code dyad export}'s columns) and {@code DIR/articles} (one row per
 * input with its status or error) as Parquet. {@code dyad ingest DIR} stores the run, de-duplicating
 * events across articles. Runs under spark-submit (any master) or, with {@code --master local[*]},
 * as a plain Java program ({@code ./dyad spark}).
 */
@Command(name = "dyad-spark", mixinStandardHelpOptions = true, version = "dyad-spark 0.1.0",
        description = {"Code articles on Spark into Parquet: DIR/events (one row per event, dyad export's columns)",
                "and DIR/articles (one row per input with its status or error). Store it with: dyad ingest DIR"},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every input coded", "1:some inputs failed (each has its row with the error)", "2:usage or set-up error"})
public final class DyadSparkJob implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files or folders (local, hdfs://, s3a://, ...): .txt, .html, .jsonl, Parquet (id, text or html, published, url, title).")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (gets articles/ and events/).")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not run by spark-submit (default then: local[*]).")
    String master;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Dictionaries folder as every executor sees it: a shared path, or the name given to spark-submit --archives. "
                    + "Default: $DYAD_DATA or ../shared/data.")
    String data;

    @Option(names = "--knowledge", paramLabel = "DIR", description = "Extra knowledge files, seen by every executor as --data is.")
    String knowledge;

    @Option(names = "--partitions", paramLabel = "N", description = "Tasks to split the corpus into (default: 4 per core of the cluster).")
    Integer partitions;

    @Option(names = "--overwrite", description = "Replace an existing output folder (default: refuse).")
    boolean overwrite;

    @Option(names = "--verbose", description = "Keep Spark's INFO log on the driver.")
    boolean verbose;

    /** Counts of one run, read back from what it wrote. */
    public record Result(long articles, long coded, long failed, long unreadable, long events, double seconds) {
    }

    public static void main(String[] args) {
        int code = new CommandLine(new DyadSparkJob()).execute(args);
        if (code != 0) System.exit(code);
    }

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        SparkSession spark = session(master != null ? master : System.getProperty("spark.master") == null ? "local[*]" : null, !verbose);
        try {
            double startup = (System.nanoTime() - t0) / 1e9;
            String dataDir = data != null ? data : DyadConfig.defaultDataDir().toAbsolutePath().normalize().toString();
            JobSettings settings = new JobSettings(dataDir, knowledge);
            Result r = run(spark, inputs, out, partitions, overwrite, Coder.pipeline(settings));
            System.out.printf("dyad-spark: %d inputs on %s: %d coded, %d failed, %d unreadable; %d events%n",
                    r.articles(), spark.sparkContext().master(), r.coded(), r.failed(), r.unreadable(), r.events());
            System.out.printf("dyad-spark: session start %.1f s, coding and writing %.1f s (%.1f articles/minute)%n",
                    startup, r.seconds(), r.seconds() > 0 ? r.articles() * 60 / r.seconds() : 0);
            // in local mode the driver is the executor: its model load is part of the time above
            if (PipelineHolder.loads() > 0)
                System.out.printf("dyad-spark: of which model load %.1f s (once, in this JVM); %.1f articles/minute after it%n",
                        PipelineHolder.loadSeconds(), r.articles() * 60 / Math.max(1e-9, r.seconds() - PipelineHolder.loadSeconds()));
            System.out.printf("dyad-spark: wrote %s/%s and %s/%s; store with: dyad ingest %s%n",
                    out, RunReader.ARTICLES, out, RunReader.EVENTS, out);
            return r.failed() + r.unreadable() > 0 ? 1 : 0;
        } finally {
            spark.stop();
        }
    }

    /** The session the job needs: java.time dates in rows (the run tables hold LocalDate). */
    public static SparkSession session(String master, boolean quiet) {
        SparkSession.Builder b = SparkSession.builder().appName("dyad")
                .config("spark.sql.datetime.java8API.enabled", "true");
        if (master != null) b = b.master(master);
        SparkSession s = b.getOrCreate();
        if (quiet) s.sparkContext().setLogLevel("WARN");
        return s;
    }

    /**
     * Reads, codes and writes; returns the counts. Coding happens once: the coded rows are kept
     * (memory, spilling to disk) while both tables are written from them.
     */
    public static Result run(SparkSession spark, List<String> inputs, String out, Integer partitions, boolean overwrite, Coder coder) {
        long t0 = System.nanoTime();
        int n = partitions != null ? partitions : Math.max(1, spark.sparkContext().defaultParallelism() * 4);
        JavaRDD<CodedRows> coded = new CorpusReader(spark).read(inputs).repartition(n)
                .mapPartitions(new PartitionCoder(coder)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            String articlesDir = join(out, RunReader.ARTICLES), eventsDir = join(out, RunReader.EVENTS);
            spark.createDataFrame(coded.map(c -> RunSchemas.row(c.article())), RunSchemas.ARTICLES)
                    .write().mode(mode).parquet(articlesDir);
            spark.createDataFrame(coded.flatMap(c -> c.events().stream().map(RunSchemas::row).iterator()), RunSchemas.EVENTS)
                    .write().mode(mode).parquet(eventsDir);
            Dataset<Row> articles = spark.read().parquet(articlesDir);
            long total = 0, ok = 0, failed = 0, unreadable = 0;
            for (Row r : articles.groupBy("status").count().collectAsList()) {
                long c = r.getLong(1);
                total += c;
                if (RunTables.STATUS_CODED.equals(r.getString(0))) ok += c;
                else if (RunTables.STATUS_UNREADABLE.equals(r.getString(0))) unreadable += c;
                else failed += c;
            }
            long events = spark.read().parquet(eventsDir).count();
            return new Result(total, ok, failed, unreadable, events, (System.nanoTime() - t0) / 1e9);
        } finally {
            coded.unpersist(false);
        }
    }

    private static String join(String dir, String child) {
        return dir.endsWith("/") ? dir + child : dir + "/" + child;
    }
}
