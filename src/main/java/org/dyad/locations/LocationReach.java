package org.dyad.locations;

/** How far to look for an event's place (see {@code event-locations.tsv}). */
enum LocationReach {
    /** only a place the event's own clause puts it in */
    SAID,
    /** its sentence, then its paragraph */
    STATED,
    /** as STATED, then the article's last place in the actors' country, the dateline, the actors' country */
    SCENE,
    /** as STATED, then the target's country */
    TARGET,
    /** as STATED, then the source's country (troops put on alert are at home unless the text sends them somewhere) */
    SOURCE;

    static LocationReach parse(String s) {
        return valueOf(s.trim().toUpperCase());
    }
}
