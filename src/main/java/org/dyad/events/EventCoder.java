package org.dyad.events;

import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.CodedEvent;
import org.dyad.config.DyadConfig;

import java.util.List;

/** Placeholder: codes nothing (replaced by the article-events issue). */
public final class EventCoder {
    public static EventCoder load(DyadConfig config) {
        return new EventCoder();
    }

    public List<CodedEvent> code(AnnotatedArticle a, List<ActorMention> actors) {
        return List.of();
    }
}
