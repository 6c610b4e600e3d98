/**
 * Dyad on Apache Spark: {@link org.dyad.spark.DyadSparkJob} reads a corpus (folders of .txt/.html,
 * JSON Lines, Parquet), codes it on the executors with the core's {@code ArticlePipeline} (loaded once
 * per executor JVM by {@link org.dyad.spark.PipelineHolder}) and writes the run tables of
 * {@code org.dyad.columnar.RunTables} as Parquet. Nothing here decides anything about coding.
 */
package org.dyad.spark;
