package org.dyad.query;

import org.dyad.article.Factuality;
import org.dyad.article.PloverType;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which de-duplicated events to list. Every field may be null (no restriction).
 *
 * @param countryA   one side of the dyad ({@code GBR}); with {@code directed}, the source
 * @param countryB   the other side ({@code FRA}); with {@code directed}, the target
 * @param directed   only events from A to B, not also from B to A
 * @param from       first event day (inclusive), compared with the event date
 * @param to         last event day (inclusive)
 * @param limit      most rows returned
 * @param place      only events located in this country (ISO alpha-3), or null
 */
public record EventFilter(String countryA, String countryB, boolean directed, PloverType type,
                         LocalDate from, LocalDate to, Factuality factuality, int limit, String place) {
    public EventFilter {
        if (countryA != null) countryA = countryA.toUpperCase(Locale.ROOT);
        if (countryB != null) countryB = countryB.toUpperCase(Locale.ROOT);
        if (place != null) place = place.toUpperCase(Locale.ROOT);
        if (limit <= 0) throw new IllegalArgumentException("limit must be positive");
    }

    public EventFilter(String countryA, String countryB, boolean directed, PloverType type,
                       LocalDate from, LocalDate to, Factuality factuality, int limit) {
        this(countryA, countryB, directed, type, from, to, factuality, limit, null);
    }

    public static EventFilter all() {
        return new EventFilter(null, null, false, null, null, null, null, Integer.MAX_VALUE);
    }

    /** The same filter, restricted to events that took place in one country. */
    public EventFilter inCountry(String country) {
        return new EventFilter(countryA, countryB, directed, type, from, to, factuality, limit, country);
    }

    /** "GBR-FRA" (or "GBR FRA", "GBR/FRA") as the two sides of a dyad. */
    public static String[] parseDyad(String dyad) {
        String[] parts = dyad.trim().split("[-/ ,]+");
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty())
            throw new IllegalArgumentException("a dyad is two country codes like GBR-FRA, not '" + dyad + "'");
        return new String[]{parts[0].toUpperCase(Locale.ROOT), parts[1].toUpperCase(Locale.ROOT)};
    }
}
