package org.dyad.locations;

/**
 * One gazetteer row: a populated place or a first-level region.
 *
 * @param id         GeoNames id, or "" when unknown
 * @param country    ISO 3166 alpha-3
 * @param admin1     GeoNames first-level division code within the country, or ""
 * @param region     true for a first-level region (feature ADM1), false for a populated place
 * @param lat        latitude (a region's: the mean of its places), or null
 */
record GazetteerEntry(String id, String name, String country, String admin1, boolean region, boolean capital,
                      long population, Double lat, Double lon) {
}
