package org.dyad.article;

/**
 * How precisely a location is known: a populated place (a point), a region (a first-level
 * division, a sea, a named area: an area, never shown as a precise point) or a whole country
 * (never turned into a point).
 */
public enum LocationPrecision {
    PLACE, REGION, COUNTRY;

    public String label() {
        return name().toLowerCase();
    }

    public static LocationPrecision parse(String s) {
        return s == null ? null : valueOf(s.trim().toUpperCase());
    }
}
