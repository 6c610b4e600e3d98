package org.dyad.article;

/** Why the cleaner dropped a line. The JSON label is the lower-case name ({@code language:xx} for another language). */
public enum RemovalReason {
    BOILERPLATE, NAVIGATION, RELATED_HEADLINES, CAPTION, FOOTER, COOKIE_NOTICE, PAYWALL, JUNK, LANGUAGE, DUPLICATE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
