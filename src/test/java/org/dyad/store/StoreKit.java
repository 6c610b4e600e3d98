package org.dyad.store;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.ArticleOutcome;
import org.dyad.article.CleanArticle;
import org.dyad.article.CodedArticle;
import org.dyad.article.CodedEvent;
import org.dyad.article.DateMethod;
import org.dyad.article.DateRange;
import org.dyad.article.EventActor;
import org.dyad.article.Factuality;
import org.dyad.article.PloverType;
import org.dyad.article.PublishedDate;
import org.dyad.article.Quote;
import org.dyad.article.RemovalReason;
import org.dyad.article.RemovedLine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A tiny kit for building coded articles by hand: no models, no pipeline. */
public final class StoreKit {
    private StoreKit() {
    }

    public static EventActor actor(String text, String country, String sector) {
        return new EventActor(text, country, sector, country == null ? null : sector == null ? country : country + sector);
    }

    /** An event dated to one day (or a window when {@code to} differs). */
    public static CodedEvent event(String id, PloverType type, EventActor source, EventActor target,
                                   String from, String to, Factuality f, String sentence, double confidence) {
        DateRange d = from == null ? null : new DateRange(LocalDate.parse(from), LocalDate.parse(to));
        return new CodedEvent(id, type, null, null, List.of(), source, target, d, f, sentence, 0, -1, null, confidence);
    }

    public static CodedEvent event(String id, PloverType type, EventActor source, EventActor target, String day, String sentence) {
        return event(id, type, source, target, day, day, Factuality.HAPPENED, sentence, 0.8);
    }

    /** A coded article published on {@code published}, whose actor mentions are the events' actors. */
    public static ArticleOutcome.Coded article(String id, String source, String published, List<CodedEvent> events, List<Quote> quotes) {
        StringBuilder text = new StringBuilder();
        List<ActorMention> actors = new ArrayList<>();
        for (CodedEvent e : events) {
            text.append(e.sentence()).append('\n');
            for (EventActor a : new EventActor[]{e.source(), e.target()}) {
                if (a == null) continue;
                actors.add(new ActorMention(canonical(a.text()), a.text(), a.country(), a.sector(), a.code(), 0, 0, 1, ActorKind.PERSON));
            }
        }
        LocalDate p = published == null ? null : LocalDate.parse(published);
        CleanArticle clean = new CleanArticle(id, source, "https://example.org/" + id, "en", "Headline of " + id, null, null, p,
                text.toString().strip(), List.of(RemovedLine.of("READ MORE: subscribe today", RemovalReason.BOILERPLATE)));
        PublishedDate pd = p == null ? PublishedDate.unknown() : new PublishedDate(p, p, p, DateMethod.GIVEN, "given");
        return new ArticleOutcome.Coded(new CodedArticle(new AnnotatedArticle(clean, List.of()), pd, actors, events, quotes));
    }

    public static ArticleOutcome.Coded article(String id, String published, CodedEvent... events) {
        return article(id, id + ".txt", published, List.of(events), List.of());
    }

    /** The kit's canonical name is the text without an honorific ("Mr Sunak" gives "Sunak"). */
    private static String canonical(String text) {
        return text == null ? null : text.replaceFirst("^(Mr|Mrs|Ms) ", "");
    }
}
