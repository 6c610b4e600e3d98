package org.dyad.columnar;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.CleanArticle;
import org.dyad.article.CodedArticle;
import org.dyad.article.CodedEvent;
import org.dyad.article.PublishedDate;
import org.dyad.article.Quote;
import org.dyad.output.Json;

import java.util.List;

/**
 * A coded article as JSON, without loss of anything the store keeps (every actor mention with its
 * words and sentence, every quote and event with its sentence index), so that an article coded on a
 * cluster is stored exactly as if it had been coded by {@code dyad ingest}. The CoreNLP annotation
 * (sentences, tokens, parses) is left out: the store does not keep it.
 *
 * <p>Not the output contract (that is {@link org.dyad.output.ArticleJson}, which summarises actors).
 */
public final class CodedJson {
    /** What is kept of a {@link CodedArticle}: everything but the sentences. */
    record Stored(CleanArticle article, PublishedDate published, List<ActorMention> actors, List<CodedEvent> events,
                  List<Quote> quotes) {
    }

    private CodedJson() {
    }

    public static String write(CodedArticle a) {
        try {
            return Json.mapper().writeValueAsString(new Stored(a.article(), a.published(), a.actors(), a.events(), a.quotes()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise article " + a.article().id(), e);
        }
    }

    /** The article back, with an empty sentence list. */
    public static CodedArticle read(String json) {
        try {
            Stored s = Json.mapper().readValue(json, Stored.class);
            return new CodedArticle(new AnnotatedArticle(s.article(), List.of()),
                    s.published() == null ? PublishedDate.unknown() : s.published(),
                    nonNull(s.actors()), nonNull(s.events()), nonNull(s.quotes()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a coded article: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> List<T> nonNull(List<T> l) {
        return l == null ? List.of() : l;
    }
}
