package org.dyad.locations;

import org.dyad.article.Location;
import org.dyad.article.LocationPrecision;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Picks one location out of a sentence's place mentions: every rule of the locator asks the same question
 * (the most precise of the places that pass its test), so the resolution against the event's countries and
 * the preference order live here once.
 */
final class PlacePicker {
    private final PlaceGazetteer gazetteer;
    private final PlaceResolver resolver;

    PlacePicker(PlaceGazetteer gazetteer, PlaceResolver resolver) {
        this.gazetteer = gazetteer;
        this.resolver = resolver;
    }

    /** The most precise of the sentence's places that pass the test: a place beats a region, a region a country. */
    Optional<Location> best(EventScene ctx, List<PlaceMention> mentions, Predicate<PlaceMention> ok,
                            BiPredicate<PlaceMention, Location> fine) {
        Location best = null;
        Set<String> here = new HashSet<>();
        for (PlaceMention m : mentions)
            if (m.isCountry() && m.use() == PlaceMention.Use.LOCATIVE) gazetteer.country(m.text()).ifPresent(here::add);
        for (PlaceMention m : mentions) {
            if (!ok.test(m) || isCapitalAsActor(m)) continue;
            Optional<Location> l = resolver.resolve(m, ctx.eventCountries(), ctx.article().countries, ctx.article().regions, ctx.home(), here)
                    .filter(x -> fine.test(m, x));
            // the most precise; between equals, the first in one of the event's countries ("in Iraq and Syria" for a strike on Syria)
            if (l.isPresent() && (best == null || l.get().precision().ordinal() < best.precision().ordinal()
                    || l.get().precision() == best.precision() && !ctx.eventCountries().contains(best.country())
                    && ctx.eventCountries().contains(l.get().country()))) best = l.get();
        }
        return Optional.ofNullable(best);
    }

    /** The best place in a sentence other than the event's own that a locative phrase names and another sentence may lend. */
    Optional<Location> borrowedFrom(EventScene ctx, int sentence) {
        return best(ctx, ctx.article().mentions.get(sentence), m -> m.use() == PlaceMention.Use.LOCATIVE && !m.isCountry() && borrowable(m),
                (m, x) -> true);
    }

    /**
     * A place another sentence may lend an event: one the gazetteer knows, or an area of several words ("the South
     * China Sea"); a single unknown word tagged as a place ("Punjabi") is too often a tagging slip.
     */
    boolean borrowable(PlaceMention m) {
        return !gazetteer.lookup(m.text()).isEmpty() || m.tag().equals("LOCATION") && m.tokenEnd() - m.tokenBegin() > 1;
    }

    /** "Moscow", "Washington" written for a government (its subject use is already ruled out by the parse). */
    private boolean isCapitalAsActor(PlaceMention m) {
        return m.use() == PlaceMention.Use.OBJECT && gazetteer.capitalOf(m.text()).isPresent();
    }

    /** A place borrowed from another sentence must lie in the event's countries (or in none, like a sea). */
    static boolean fits(Location l, EventScene ctx) {
        if (l.country() == null) return l.precision() != LocationPrecision.COUNTRY;
        if (ctx.home() != null) return ctx.home().equals(l.country());
        return ctx.anywhere() || ctx.eventCountries().isEmpty() || ctx.eventCountries().contains(l.country());
    }
}
