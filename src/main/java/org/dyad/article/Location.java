package org.dyad.article;

/**
 * Where an event took place, as far as the text says.
 *
 * @param name       the place as written in the article ("Sibi", "Balochistan", "the South China Sea"), or
 *                   the country's name at country precision
 * @param country    ISO 3166 alpha-3 of the country it is in, or null (seas, unknown)
 * @param region     the first-level region it is in ("Balochistan"), or null
 * @param lat        latitude in degrees: a place's point, a region's rough centre; null for a country
 * @param lon        longitude in degrees, null when {@code lat} is
 * @param precision  place, region or country
 * @param geonameId  the GeoNames id of the gazetteer entry it was matched to, or null
 */
public record Location(String name, String country, String region, Double lat, Double lon,
                       LocationPrecision precision, String geonameId) {
    public Location {
        if (precision == LocationPrecision.COUNTRY) {  // a country is an area, never a point
            lat = null;
            lon = null;
        }
        if (lat == null || lon == null) {
            lat = null;
            lon = null;
        }
    }

    /** A location known only by name and country (no gazetteer match). */
    public Location(String name, String country) {
        this(name, country, null, null, null, name == null ? LocationPrecision.COUNTRY : LocationPrecision.PLACE, null);
    }

    /** A whole country. */
    public static Location country(String name, String code) {
        return new Location(name, code, null, null, null, LocationPrecision.COUNTRY, null);
    }
}
