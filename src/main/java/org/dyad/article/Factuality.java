package org.dyad.article;

/** Whether the article reports an event as done, planned, possible or denied. */
public enum Factuality {
    HAPPENED, PLANNED, POSSIBLE, DENIED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
