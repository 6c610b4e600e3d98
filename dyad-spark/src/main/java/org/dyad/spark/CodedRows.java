package org.dyad.spark;

import java.io.Serializable;
import java.util.List;

/** One input's rows in the run tables: its article row and its event rows (columns of {@code RunTables}). */
public record CodedRows(Object[] article, List<Object[]> events) implements Serializable {
}
