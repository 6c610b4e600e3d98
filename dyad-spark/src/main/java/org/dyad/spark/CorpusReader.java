package org.dyad.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.output.Json;
import scala.Tuple2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;

/**
 * Turns the job's inputs into {@link Input}s, on any file system Spark reads (local, HDFS, S3, ...):
 * {@code .txt}/{@code .html}/{@code .htm} files and folders of them (recursively), {@code .jsonl} files
 * (one article a line: {@code id}, {@code text} or {@code html}, optional {@code published}, {@code url},
 * {@code title}), and Parquet files or folders with the same columns. Articles get the ids and sources
 * {@code dyad code} gives the same files, because the executors build them with the core's reader.
 */
final class CorpusReader {
    /** Parquet's optional article columns, read when present. */
    private static final List<String> PARQUET_COLUMNS = List.of("id", "text", "html", "published", "url", "title");

    private final SparkSession spark;
    private final JavaSparkContext sc;

    CorpusReader(SparkSession spark) {
        this.spark = spark;
        this.sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    JavaRDD<Input> read(List<String> inputs) {
        List<JavaRDD<Input>> parts = new ArrayList<>();
        Configuration conf = sc.hadoopConfiguration();
        for (String in : inputs) {
            Path p = new Path(in);
            List<String> jsonl = new ArrayList<>(), parquet = new ArrayList<>();
            boolean articleFiles = false;
            try {
                FileSystem fs = p.getFileSystem(conf);
                if (!fs.exists(p)) throw new IllegalArgumentException("no such input: " + in);
                RemoteIterator<LocatedFileStatus> files = fs.listFiles(p, true);
                while (files.hasNext()) {
                    LocatedFileStatus f = files.next();
                    String n = f.getPath().getName().toLowerCase(Locale.ROOT);
                    if (n.endsWith(".jsonl")) jsonl.add(f.getPath().toString());
                    else if (n.endsWith(".parquet")) parquet.add(f.getPath().toString());
                    else if (isArticleFile(n)) articleFiles = true;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list input " + in, e);
            }
            if (articleFiles) parts.add(files(in));
            for (String f : jsonl) parts.add(jsonLines(f));
            if (!parquet.isEmpty()) parts.add(parquet(parquet));
        }
        if (parts.isEmpty()) return sc.emptyRDD();
        JavaRDD<Input> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) all = all.union(parts.get(i));
        return all;
    }

    static boolean isArticleFile(String lowerName) {
        return lowerName.endsWith(".txt") || lowerName.endsWith(".html") || lowerName.endsWith(".htm");
    }

    /** Text and HTML files; bytes are read on the executors, and only for the files kept. */
    private JavaRDD<Input> files(String in) {
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        return sc.binaryFiles(in)
                .filter(t -> isArticleFile(name(t._1()).toLowerCase(Locale.ROOT)))
                .map(t -> Input.file(name(t._1()), t._1(), t._2().toArray()));
    }

    /** One file of JSON Lines; line numbers (1-based, blank lines counted) make the ids of lines without one. */
    private JavaRDD<Input> jsonLines(String file) {
        String name = name(file), stem = stem(name);
        return sc.textFile(file).zipWithIndex()
                .filter(t -> !t._1().isBlank())
                .map((Tuple2<String, Long> t) -> {
                    long line = t._2() + 1;
                    return Input.json(name, name + ":" + line, stem + "-" + line, t._1());
                });
    }

    /** Parquet rows as the JSON line the core reads ({@code published} may be a DATE, TIMESTAMP or text). */
    private JavaRDD<Input> parquet(List<String> files) {
        Dataset<Row> df = spark.read().parquet(files.toArray(String[]::new));
        List<String> present = Arrays.stream(df.columns()).filter(PARQUET_COLUMNS::contains).toList();
        if (!present.contains("text") && !present.contains("html"))
            throw new IllegalArgumentException("Parquet input " + files.get(0) + " has neither a text nor an html column");
        List<org.apache.spark.sql.Column> cols = new ArrayList<>();
        for (String c : present) cols.add(col(c).cast("string").as(c));
        cols.add(input_file_name().as("_file"));
        return df.select(cols.toArray(org.apache.spark.sql.Column[]::new)).toJavaRDD().map(r -> {
            ObjectNode o = Json.mapper().createObjectNode();
            for (String c : present) o.put(c, r.<String>getAs(c));
            String name = name(r.getAs("_file"));
            String id = o.path("id").asText(null);
            // a row without an id is named by its content, so a re-run gives it the same id
            String fallback = stem(name) + "-" + Integer.toHexString(o.toString().hashCode());
            return Input.json(name, id != null ? name + ":" + id : name, fallback, o.toString());
        });
    }

    static String name(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }

    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
