package org.dyad.actors;

import org.dyad.article.ActorMention;
import org.dyad.config.DyadConfig;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.actors.ArticleKit.article;
import static org.dyad.actors.ArticleKit.on;

/** One actor resolver for the actors tests, loaded on first use (its dictionaries take seconds), and the helpers they share. */
final class SharedResolver {
    private static ActorResolver resolver;

    private SharedResolver() {
    }

    static synchronized ActorResolver get() {
        if (resolver == null)
            resolver = ActorResolver.load(new DyadConfig(Path.of(System.getProperty("dyad.data", "../shared/data")), 1));
        return resolver;
    }

    /** The mentions of an ArticleKit text resolved on {@code day}. */
    static List<ActorMention> resolve(String text, String day) {
        return get().resolve(article(text), on(day));
    }

    /** The one mention written {@code text}. */
    static ActorMention only(List<ActorMention> mentions, String text) {
        List<ActorMention> hits = mentions.stream().filter(m -> m.text().equals(text)).toList();
        assertThat(hits).as("mentions written '%s' in %s", text, mentions).hasSize(1);
        return hits.get(0);
    }
}
