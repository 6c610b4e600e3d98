package org.dyad.spark;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.dyad.article.ArticleOutcome;
import org.dyad.article.RawArticle;
import org.dyad.columnar.RunTables;
import org.dyad.ingest.ArticleSources;
import org.dyad.ingest.SourceItem;
import org.dyad.pipeline.BatchRunner;
import org.dyad.store.ContentHash;

import java.util.Iterator;
import java.util.function.Function;

/**
 * Codes one partition, article by article, as the rows arrive (the partition is never held in memory).
 * Every input yields one article row: an unreadable input, a bad article or a bug in a stage becomes a
 * row with its status and error ({@link BatchRunner#outcome}), so one article never fails a task.
 */
public final class PartitionCoder implements FlatMapFunction<Iterator<Input>, CodedRows> {
    private final Coder coder;

    public PartitionCoder(Coder coder) {
        this.coder = coder;
    }

    @Override
    public Iterator<CodedRows> call(Iterator<Input> inputs) {
        Function<RawArticle, ArticleOutcome> process = coder.open();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return inputs.hasNext();
            }

            @Override
            public CodedRows next() {
                return code(inputs.next(), process);
            }
        };
    }

    static CodedRows code(Input in, Function<RawArticle, ArticleOutcome> process) {
        SourceItem item = item(in);
        ArticleOutcome outcome = BatchRunner.outcome(item, process, System.err);
        boolean unreadable = item instanceof SourceItem.Unreadable;
        String hash = item instanceof SourceItem.Article a ? ContentHash.of(a.raw()) : null;
        return new CodedRows(RunTables.articleRow(outcome, unreadable, hash), RunTables.eventRows(outcome));
    }

    /** The input as the core's reader would have made it from the same file or line. */
    static SourceItem item(Input in) {
        return Input.FILE.equals(in.kind()) ? ArticleSources.fileItem(in.name(), in.where(), in.bytes())
                : ArticleSources.jsonItem(in.json(), in.fallbackId(), in.where());
    }
}
