package org.dyad.locations;

import org.dyad.article.CodedEvent;
import org.dyad.article.EventActor;
import org.dyad.article.Location;
import org.dyad.article.LocationPrecision;
import org.dyad.article.PloverType;
import org.dyad.article.Sentence;
import org.dyad.knowledge.KnowledgeFiles;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a speaker was when the story has just placed them at a gathering: "At a news conference they gave together in X, the
 * foreign ministers of A and B met ..." followed, a few sentences on, by "The ministers called on C to ...". A
 * statement is placed nowhere by what it talks about, but its speaker, seen a moment before meeting somewhere,
 * speaks there: the nearest earlier meeting the article put in a town or region, with the speaker among its
 * parties and on the same day when both are dated, lends its place.
 */
final class GatheringVenues {
    static final String WRITTEN = "written-statements.txt";
    /** how many sentences back a gathering may still be the scene of what its parties say */
    static final int REACH = 6;

    /** "the statement said", "in a tweet": words issued in writing, made nowhere in particular */
    private final Set<String> written;

    GatheringVenues(Set<String> written) {
        this.written = Set.copyOf(written);
    }

    static GatheringVenues load() {
        return new GatheringVenues(new HashSet<>(KnowledgeFiles.entries(WRITTEN)));
    }

    /** The sentence reports words put out in writing ("the statement said"), not spoken where the speaker was. */
    boolean written(Sentence s) {
        return s.tokens().stream().anyMatch(t -> t.pos().startsWith("NN") && written.contains(t.lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * The place of the nearest gathering before {@code e} (within {@link #REACH} sentences) that the speaker of
     * {@code e} took part in, among {@code located} (the article's events with their places so far).
     */
    Optional<Location> venue(List<CodedEvent> located, CodedEvent e) {
        String speaker = code(e.source());
        // a country named as a whole ("France sets no limits") is no one who stood anywhere
        if (speaker == null || e.source().sector() == null || e.source().sector().isBlank()) return Optional.empty();
        CodedEvent best = null;
        for (CodedEvent g : located) {
            if (g == e || g.type() != PloverType.CONSULT || g.location() == null
                    || g.location().precision() == LocationPrecision.COUNTRY) continue;
            int back = e.sentenceIndex() - g.sentenceIndex();
            if (back <= 0 || back > REACH) continue;
            if (!speaker.equals(code(g.source())) && !speaker.equals(code(g.target()))) continue;
            // a meeting of another day is not where today's words were said
            if (e.date() != null && g.date() != null && e.date().from() != null && g.date().from() != null && !e.date().overlaps(g.date()))
                continue;
            if (best == null || g.sentenceIndex() > best.sentenceIndex()) best = g;
        }
        return Optional.ofNullable(best).map(CodedEvent::location);
    }

    private static String code(EventActor a) {
        return a == null || a.code() == null || a.code().isBlank() ? null : a.code();
    }
}
