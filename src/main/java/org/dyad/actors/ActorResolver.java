package org.dyad.actors;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.OfficeTerm;
import org.dyad.article.PublishedDate;
import org.dyad.article.Sentence;
import org.dyad.article.Token;
import org.dyad.config.DyadConfig;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Placeholder: a handful of country names (replaced by the actors issue). */
public final class ActorResolver {
    private static final Map<String, String> COUNTRIES = Map.of("France", "FRA", "UK", "GBR", "Britain", "GBR",
            "Ukraine", "UKR", "Russia", "RUS", "French", "FRA", "British", "GBR");

    public static ActorResolver load(DyadConfig config) {
        return new ActorResolver();
    }

    public List<OfficeTerm> officeTerms() {
        return List.of();
    }

    public List<ActorMention> resolve(AnnotatedArticle a, PublishedDate published) {
        List<ActorMention> out = new ArrayList<>();
        for (Sentence s : a.sentences()) for (Token t : s.tokens()) {
            String c = COUNTRIES.get(t.word());
            if (c != null) out.add(new ActorMention(t.word(), t.word(), c, null, c, s.index(), t.index(), t.index() + 1, ActorKind.STATE));
        }
        return out;
    }

    public Optional<ActorMention> resolvePhrase(String phrase, LocalDate asOf) {
        return Optional.empty();
    }
}
