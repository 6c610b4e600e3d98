package org.dyad.query;

/** How a query's rows are printed: an aligned table for people, CSV or JSON for programs. */
public enum OutputFormat {
    TABLE, CSV, JSON
}
