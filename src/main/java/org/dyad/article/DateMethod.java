package org.dyad.article;

/** How the publication date was found. */
public enum DateMethod {
    /** given with the input or in the page's metadata */
    GIVEN,
    /** a date line or dateline in the text */
    EXPLICIT,
    /** reasoned from the content: office terms, years, weekdays */
    INFERRED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
