/**
 * Coded articles as column tables, for runs that have no event store: the dyad-spark job writes
 * them as Parquet ({@link org.dyad.columnar.RunTables}), and {@code dyad ingest} reads such a run back
 * into the store ({@link org.dyad.columnar.RunReader}), where events are de-duplicated across
 * articles as for any ingest. Pure Java and DuckDB: the core stays free of Spark.
 */
package org.dyad.columnar;
