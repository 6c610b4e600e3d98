package org.dyad.store;

/** File formats DuckDB writes with {@code COPY ... TO}. */
public enum CopyFormat {
    PARQUET("(FORMAT PARQUET)"),
    CSV("(FORMAT CSV, HEADER true)"),
    /** newline-delimited JSON: one object per line */
    JSONL("(FORMAT JSON)");

    final String options;

    CopyFormat(String options) {
        this.options = options;
    }
}
