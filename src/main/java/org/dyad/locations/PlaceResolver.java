package org.dyad.locations;

import org.dyad.article.Location;
import org.dyad.article.LocationPrecision;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a place name into a location. An ambiguous name goes to the candidate in a country the event
 * or the article is about, in a region the article names ("Paris, Texas" only where Texas is in play),
 * else to the most populous; a name the gazetteer does not hold, or holds only far from anything the
 * article is about, keeps its words and the country the context gives, without a point.
 */
final class PlaceResolver {
    /** a name matched only outside the article's countries is trusted when it is this big (a world city) */
    private static final long WORLD_CITY = 1_000_000;
    /** below this a place outside the countries its sentence names is taken for a namesake */
    private static final long SMALL_TOWN = 100_000;
    private static final Set<String> OPEN_WATER = Set.of("sea", "seas", "strait", "straits", "ocean", "gulf", "channel", "passage");
    /** what a region weighs against places of the same name: as a town of 100,000 */
    private static final double REGION_WEIGHT = 5;

    private final PlaceGazetteer gazetteer;

    PlaceResolver(PlaceGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param eventCountries   countries of the event's actors (strongest evidence)
     * @param articleCountries countries the article names or its actors belong to
     * @param regionsInPlay    lookup keys of region names the article writes
     * @param fallbackCountry  the country to give an unknown place ("the actors' country"), or null
     */
    Optional<Location> resolve(PlaceMention m, Set<String> eventCountries, Set<String> articleCountries,
                               Set<String> regionsInPlay, String fallbackCountry) {
        return resolve(m, eventCountries, articleCountries, regionsInPlay, fallbackCountry, Set.of());
    }

    /**
     * @param sentenceCountries countries the mention's own sentence puts things in ("in Lebanon"): a small town
     *                          of that name elsewhere is not meant, and one the gazetteer lacks is taken to lie there
     */
    Optional<Location> resolve(PlaceMention m, Set<String> eventCountries, Set<String> articleCountries,
                               Set<String> regionsInPlay, String fallbackCountry, Set<String> sentenceCountries) {
        if (m.isCapitalOf()) {
            Optional<String> capital = gazetteer.countryOfAdjective(m.text()).flatMap(gazetteer::capital);
            if (capital.isEmpty()) return Optional.empty();
            String code = gazetteer.countryOfAdjective(m.text()).get();
            return gazetteer.lookup(capital.get()).stream().filter(e -> e.country().equals(code) && !e.region())
                    .max(java.util.Comparator.comparingLong(GazetteerEntry::population))
                    .map(e -> located(capital.get(), e));
        }
        String name = m.text();
        Optional<String> country = gazetteer.country(name);
        if (country.isPresent() && (m.isCountry() || gazetteer.lookup(name).isEmpty()))
            return Optional.of(Location.country(name, country.get()));
        if (m.isCountry()) return Optional.empty();   // a COUNTRY tag on a word no gazetteer knows
        String qualifierCountry = m.qualifier() == null ? null : gazetteer.country(m.qualifier()).orElse(null);
        String qualifierRegion = m.qualifier() == null || qualifierCountry != null ? null : PlaceNames.key(m.qualifier());
        GazetteerEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (GazetteerEntry e : gazetteer.lookup(name)) {
            // a region's population is the sum of its places', so it is not weighed against a city's
            // a national capital is what news means by its name ("in Washington" is not the state)
            double s = e.region() ? REGION_WEIGHT : Math.log10(e.population() + 10.0) + (e.capital() ? 2 : 0);
            if (qualifierCountry != null) s += e.country().equals(qualifierCountry) ? 20 : -20;
            if (qualifierRegion != null) s += inRegion(e, qualifierRegion) ? 20 : -5;
            if (eventCountries.contains(e.country())) s += 4;
            if (articleCountries.contains(e.country())) s += 3;
            if (sentenceCountries.contains(e.country())) s += 3;
            if (!e.region() && regionsInPlay.stream().anyMatch(r -> inRegion(e, r))) s += 3;
            if (e.region() == m.tag().equals("STATE_OR_PROVINCE")) s += 1;   // the tagger's guess, often wrong for capitals
            if (s > bestScore) {
                bestScore = s;
                best = e;
            }
        }
        GazetteerEntry chosen = best;
        if (chosen != null && chosen.population() < SMALL_TOWN && qualifierCountry == null && qualifierRegion == null
                && regionsInPlay.stream().noneMatch(r -> inRegion(chosen, r))) {
            // "a summit in Prague": a capital or a world city, not its small namesake in a country the story names
            GazetteerEntry big = null;
            for (GazetteerEntry e : gazetteer.lookup(name))
                if (!e.region() && (e.capital() || e.population() >= WORLD_CITY) && (big == null || e.population() > big.population())) big = e;
            if (big != null) best = big;
        }
        boolean inPlay = best != null && (eventCountries.contains(best.country()) || articleCountries.contains(best.country())
                || best.country().equals(qualifierCountry) || qualifierRegion != null && inRegion(best, qualifierRegion));
        // "the village of X in Lebanon": a small namesake abroad is another place
        boolean elsewhere = best != null && qualifierCountry == null && !sentenceCountries.isEmpty()
                && !sentenceCountries.contains(best.country()) && !eventCountries.contains(best.country()) && best.population() < SMALL_TOWN;
        if (best != null && !elsewhere && (inPlay || best.population() >= WORLD_CITY || articleCountries.isEmpty()))
            return Optional.of(located(name, best));
        String fallback = qualifierCountry != null ? qualifierCountry : fallbackCountry != null ? fallbackCountry
                : sentenceCountries.size() == 1 ? sentenceCountries.iterator().next() : null;
        LocationPrecision p = m.tag().equals("CITY") ? LocationPrecision.PLACE : LocationPrecision.REGION;
        if (best == null && qualifierCountry == null) {
            // "San Francisco Bay", "the Anbar desert": a feature named after a known place lies in that place's
            // country; it is an area, and its own point is unknown
            Optional<String> named = namedAfter(name, eventCountries, articleCountries);
            if (named.isPresent()) return Optional.of(new Location(name, named.get(), null, null, null, LocationPrecision.REGION, null));
        }
        return Optional.of(new Location(name, fallback, null, null, null, p, null));
    }

    /** The country of the known place a longer name begins with ("San Francisco" in "San Francisco Bay"), if any. */
    private Optional<String> namedAfter(String name, Set<String> eventCountries, Set<String> articleCountries) {
        String[] words = name.strip().split("\\s+");
        // a sea or a strait named after a country is no part of it ("the Taiwan Strait", "the South China Sea")
        if (words.length < 2 || OPEN_WATER.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))) return Optional.empty();
        for (int n = words.length - 1; n >= 1; n--) {
            String head = String.join(" ", java.util.Arrays.copyOf(words, n));
            Optional<String> country = gazetteer.country(head);
            if (country.isPresent()) return country;
            List<GazetteerEntry> named = gazetteer.lookup(head);
            if (named.isEmpty()) continue;
            // the namesake the article is about, else the most populous
            return named.stream().max(java.util.Comparator.comparingDouble((GazetteerEntry e) ->
                    (eventCountries.contains(e.country()) ? 20 : 0) + (articleCountries.contains(e.country()) ? 10 : 0)
                            + Math.log10(e.population() + 10.0))).map(GazetteerEntry::country);
        }
        return Optional.empty();
    }

    private boolean inRegion(GazetteerEntry e, String regionKey) {
        List<GazetteerEntry> named = gazetteer.lookup(regionKey);
        if (e.region()) return named.contains(e);
        return gazetteer.regionOf(e).map(named::contains).orElse(false);
    }

    private Location located(String written, GazetteerEntry e) {
        String region = e.region() ? null : gazetteer.regionOf(e).map(GazetteerEntry::name).orElse(null);
        return new Location(written, e.country(), region, e.lat(), e.lon(),
                e.region() ? LocationPrecision.REGION : LocationPrecision.PLACE, e.id().isEmpty() ? null : e.id());
    }
}
