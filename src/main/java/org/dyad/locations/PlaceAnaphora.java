package org.dyad.locations;

import org.dyad.article.Dependency;
import org.dyad.article.DependencyIndex;
import org.dyad.article.Location;
import org.dyad.article.LocationPrecision;
import org.dyad.article.Sentence;
import org.dyad.article.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Words that point back to a place the story named before: "there", "the province", "the country". A writer
 * who has named the scene once seldom names it again, so the event takes the place last named (within limits
 * each rule states).
 */
final class PlaceAnaphora {
    /** how many sentences back "there" may point */
    private static final int THERE_BACK = 3;
    /**
     * nouns a story writes for a first-level region it has named ("the state" is as often the government, "the
     * region" as often a part of the world)
     */
    private static final Set<String> REGION_NOUNS = Set.of("province", "provinces");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("their", "its", "his", "her", "our");
    /** "the east of the country", "parts of the country": a part of the country a story is about */
    private static final Set<String> PARTS = Set.of("north", "south", "east", "west", "northeast", "northwest", "southeast",
            "southwest", "center", "centre", "parts", "part", "rest");

    private final PlaceGazetteer gazetteer;
    private final PlaceResolver resolver;
    private final PlacePicker picker;

    PlaceAnaphora(PlaceGazetteer gazetteer, PlaceResolver resolver, PlacePicker picker) {
        this.gazetteer = gazetteer;
        this.resolver = resolver;
        this.picker = picker;
    }

    /**
     * "was there to kill him", "fought there for days": the adverb points back to the place the story last
     * named (in the last few sentences), whatever the actors' countries; "there is" is no place.
     */
    Optional<Location> there(EventScene ctx, int si, int anchor) {
        if (anchor < 0) return Optional.empty();
        ArticlePlaces a = ctx.article();
        Sentence s = a.sentences.get(si);
        DependencyIndex deps = a.deps(si);
        Set<Integer> frame = PlaceAttachment.frame(deps, anchor);
        boolean points = false;
        for (int k = 0; k < s.tokens().size() && !points; k++) {
            Token t = s.tokens().get(k);
            Dependency up = deps.parentEdge(k);
            points = t.word().equalsIgnoreCase("there") && t.pos().equals("RB") && up != null
                    && PlaceAttachment.base(up.relation()).equals("advmod") && frame.contains(up.governor());
        }
        if (!points) return Optional.empty();
        for (int i = si - 1; i >= Math.max(0, si - THERE_BACK); i--) {
            Optional<Location> l = picker.borrowedFrom(ctx, i);
            if (l.isPresent()) return l;
        }
        return Optional.empty();
    }

    /**
     * "the mountainous province" written without a name: the region of the event's country the
     * story last named before it (within the region, a town is not what the writer said).
     */
    Optional<Location> region(EventScene ctx, int si) {
        ArticlePlaces a = ctx.article();
        Sentence s = a.sentences.get(si);
        DependencyIndex deps = a.deps(si);
        boolean anaphor = false;
        for (int k = 0; k < s.tokens().size() && !anaphor; k++) {
            Token t = s.tokens().get(k);
            if (!REGION_NOUNS.contains(t.word().toLowerCase(Locale.ROOT))) continue;
            boolean definite = false, named = false;
            for (Dependency d : deps.childEdges(k)) {
                String dw = s.tokens().get(d.dependent()).word(), w = dw.toLowerCase(Locale.ROOT);
                boolean possessive = d.relation().endsWith("poss");
                if (PlaceAttachment.base(d.relation()).equals("det") && w.equals("the") || possessive && POSSESSIVE_PRONOUNS.contains(w)) definite = true;
                // "the province of X", "the Sindh province", "the Afghan province", "the country's north": a name, a
                // people or an owner is no anaphor ("the province of its forests" still is)
                else if (possessive || s.tokens().get(d.dependent()).pos().startsWith("NNP")
                        || d.dependent() > 0 && !dw.isEmpty() && Character.isUpperCase(dw.charAt(0))) named = true;
            }
            anaphor = definite && !named;
        }
        if (!anaphor) return Optional.empty();
        for (int i = si - 1; i >= 0; i--) {
            Location found = null;
            for (PlaceMention m : a.mentions.get(i)) {
                if (m.isCountry() || m.use() == PlaceMention.Use.DATELINE) continue;
                Optional<Location> l = resolver.resolve(m, ctx.eventCountries(), a.countries, a.regions, ctx.home())
                        .filter(x -> x.precision() == LocationPrecision.REGION && x.geonameId() != null && ctx.home().equals(x.country()));
                if (l.isPresent()) found = l.get();   // the last of the sentence
            }
            if (found != null) return Optional.of(found);
        }
        return Optional.empty();
    }

    /**
     * "clashes in the east of the country", "strikes all over the country": the country the story last named,
     * when it is one of the event's, is where it happened (a story says "the country" for the one it is about).
     */
    Optional<Location> country(EventScene ctx, int si) {
        ArticlePlaces a = ctx.article();
        List<Token> t = a.sentences.get(si).tokens();
        int at = -1;
        for (int k = 2; k < t.size() && at < 0; k++) {
            if (!t.get(k).word().equalsIgnoreCase("country") || !t.get(k - 1).word().equalsIgnoreCase("the")) continue;
            String before = t.get(k - 2).word().toLowerCase(Locale.ROOT);
            if (PlaceAttachment.INSIDE.contains(before) || before.equals("of") && k >= 3 && PARTS.contains(t.get(k - 3).word().toLowerCase(Locale.ROOT)))
                at = k;
        }
        if (at < 0) return Optional.empty();
        for (int i = si; i >= 0; i--) {
            List<PlaceMention> ms = a.mentions.get(i);
            for (int j = ms.size() - 1; j >= 0; j--) {
                PlaceMention m = ms.get(j);
                if (i == si && m.tokenBegin() > at) continue;
                Optional<String> c = gazetteer.country(m.text());
                if (c.isEmpty()) continue;
                // the country last named is the one meant; if it is none of the event's, the story is elsewhere
                boolean ours = ctx.home() != null ? ctx.home().equals(c.get()) : ctx.eventCountries().contains(c.get());
                return ours ? Optional.of(Location.country(gazetteer.countryName(c.get()), c.get())) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
