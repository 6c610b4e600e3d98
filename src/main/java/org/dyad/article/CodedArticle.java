package org.dyad.article;

import java.util.List;

/** Everything Dyad learnt from one article. */
public record CodedArticle(AnnotatedArticle annotated, PublishedDate published, List<ActorMention> actors,
                           List<CodedEvent> events, List<Quote> quotes) {
    public CodedArticle {
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }

    public CleanArticle article() {
        return annotated.article();
    }
}
