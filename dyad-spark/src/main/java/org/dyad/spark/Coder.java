package org.dyad.spark;

import org.dyad.article.ArticleOutcome;
import org.dyad.article.RawArticle;

import java.io.Serializable;
import java.util.function.Function;

/**
 * How an executor codes one article, shipped with the tasks. The real one fetches the JVM's one
 * pipeline ({@link PipelineHolder}); tests of the job's plumbing pass a stand-in that needs no models.
 */
@FunctionalInterface
public interface Coder extends Serializable {
    Function<RawArticle, ArticleOutcome> open();

    static Coder pipeline(JobSettings settings) {
        return () -> PipelineHolder.get(settings)::process;
    }
}
