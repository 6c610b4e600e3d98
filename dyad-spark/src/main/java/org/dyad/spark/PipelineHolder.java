package org.dyad.spark;

import org.apache.spark.SparkFiles;
import org.dyad.config.DyadConfig;
import org.dyad.knowledge.KnowledgeFiles;
import org.dyad.pipeline.ArticlePipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one {@link ArticlePipeline} of this JVM (the databricks/spark-corenlp pattern). Loading CoreNLP
 * and the dictionaries takes ~20 s and ~3 GB, so it happens once per executor JVM, on its first task,
 * never per row or per task; every task thread of the executor then shares it (the pipeline keeps no
 * per-article state). In {@code local[N]} the driver is the executor, so there is one in all.
 */
public final class PipelineHolder {
    private static volatile ArticlePipeline pipeline;
    private static final AtomicInteger LOADS = new AtomicInteger();
    private static volatile double loadSeconds;

    private PipelineHolder() {
    }

    public static ArticlePipeline get(JobSettings s) {
        ArticlePipeline p = pipeline;
        if (p != null) return p;
        synchronized (PipelineHolder.class) {
            if (pipeline == null) {
                if (s.knowledgeDir() != null) KnowledgeFiles.useFolder(local(s.knowledgeDir()));
                // threads: the pipeline's own parallelism is unused here, Spark runs one task per core
                long t = System.nanoTime();
                pipeline = ArticlePipeline.load(new DyadConfig(local(s.dataDir()), 1));
                loadSeconds = (System.nanoTime() - t) / 1e9;
                LOADS.incrementAndGet();
            }
            return pipeline;
        }
    }

    /** How many times this JVM loaded the pipeline (1 after any number of tasks). */
    public static int loads() {
        return LOADS.get();
    }

    /** Seconds the load took in this JVM (0 before it). */
    public static double loadSeconds() {
        return loadSeconds;
    }

    /** A folder as this node sees it: the path itself, else what spark-submit --archives/--files put beside the task. */
    static Path local(String dir) {
        Path p = Path.of(dir);
        if (Files.exists(p) || p.isAbsolute()) return p;
        try {
            Path shipped = Path.of(SparkFiles.get(dir));
            if (Files.exists(shipped)) return shipped;
        } catch (RuntimeException ignored) {
            // no SparkContext files here: keep the path as given, and let validation name it
        }
        return p;
    }
}
