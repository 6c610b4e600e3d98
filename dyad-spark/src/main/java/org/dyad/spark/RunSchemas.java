package org.dyad.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.columnar.RunTables;

import java.util.List;

/** Spark's view of the core's run tables: the same columns and SQL types ({@link RunTables}). */
final class RunSchemas {
    static final StructType EVENTS = schema(RunTables.eventColumns());
    static final StructType ARTICLES = schema(RunTables.ARTICLE_COLUMNS);

    private RunSchemas() {
    }

    static StructType schema(List<RunTables.Column> columns) {
        StructField[] fields = new StructField[columns.size()];
        for (int i = 0; i < fields.length; i++)
            fields[i] = DataTypes.createStructField(columns.get(i).name(), type(columns.get(i).type()), true);
        return DataTypes.createStructType(fields);
    }

    private static DataType type(String sql) {
        return switch (sql) {
            case "VARCHAR" -> DataTypes.StringType;
            case "DATE" -> DataTypes.DateType;  // values are LocalDate: the session enables the java.time API
            case "DOUBLE" -> DataTypes.DoubleType;
            case "INTEGER" -> DataTypes.IntegerType;
            default -> throw new IllegalArgumentException("no Spark type for SQL type " + sql);
        };
    }

    static Row row(Object[] values) {
        return RowFactory.create(values);
    }
}
