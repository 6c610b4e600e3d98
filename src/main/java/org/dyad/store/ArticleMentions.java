package org.dyad.store;

import org.dyad.article.ActorMention;
import org.dyad.article.CodedArticle;
import org.dyad.article.CodedEvent;
import org.dyad.article.EventActor;
import org.dyad.article.Location;
import org.dyad.article.PublishedDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Turns a coded article's events into the mentions the store files: ids made unique, actors named. */
final class ArticleMentions {
    private ArticleMentions() {
    }

    /** The article's coded events as mentions, with canonical actor names looked up in its actor mentions. */
    static List<Mention> of(CodedArticle a) {
        PublishedDate p = a.published();
        LocalDate published = p == null ? null : p.date() != null ? p.date() : p.from();
        List<Mention> out = new ArrayList<>(a.events().size());
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (CodedEvent e : a.events()) {
            n++;
            if (e.type() == null) continue;
            // mention ids key the table with the article id: a missing or repeated one must not fail the save
            String base = e.id() == null || e.id().isBlank() ? a.article().id() + "-e" + n : e.id(), id = base;
            for (int k = 2; !ids.add(id); k++) id = base + "#" + k;
            LocalDate from = e.date() == null ? null : e.date().from(), to = e.date() == null ? null : e.date().to();
            out.add(new Mention(0, a.article().id(), id, e.type(), e.cameo(), e.mode(), e.context(),
                    party(e.source(), e.sentenceIndex(), a.actors()), party(e.target(), e.sentenceIndex(), a.actors()),
                    from, to, e.factuality(), e.sentence(), e.sentenceIndex(),
                    place(e.location()), e.confidence(), published));
        }
        return out;
    }

    private static Mention.Place place(Location l) {
        if (l == null) return Mention.Place.NONE;
        return new Mention.Place(l.name(), l.country(), l.region(), l.lat(), l.lon(),
                l.precision() == null ? null : l.precision().label(), l.geonameId());
    }

    /** The canonical name is that of the actor mention with the same words, in the event's sentence first. */
    private static Mention.Party party(EventActor ea, int sentence, List<ActorMention> actors) {
        if (ea == null) return Mention.Party.NONE;
        String name = null;
        for (int pass = 0; pass < 2 && name == null; pass++) {
            for (ActorMention m : actors) {
                if ((pass == 1 || m.sentence() == sentence) && ea.text() != null && ea.text().equals(m.text())
                        && Objects.equals(ea.country(), m.country())) {
                    name = m.name();
                    break;
                }
            }
        }
        return new Mention.Party(name != null ? name : ea.text(), ea.text(), ea.country(), ea.sector(), ea.code());
    }
}
