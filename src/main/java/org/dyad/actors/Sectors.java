package org.dyad.actors;

import java.util.Set;

/** What a sector says about whose actor a person is: the rules shared by every kind of mention. */
final class Sectors {
    /** codes of international bodies in the country field: their officials are IGO, not GOV */
    private static final Set<String> BODIES = Set.of("UNO", "EUR", "NATO", "AFU", "ECO", "G7", "IMF", "WBK");
    private static final Set<String> STATE = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");
    /** analysts, scholars, researchers: they comment on a country without being its actors */
    private static final Set<String> STATELESS = Set.of("EDU");

    private Sectors() {
    }

    /** The sector a title gives, as an official of {@code country}: a body's official is IGO. */
    static String of(String sector, String country) {
        if (country != null && BODIES.contains(country) && (sector == null || sector.equals("GOV"))) return "IGO";
        return sector;
    }

    static boolean isBody(String country) {
        return country != null && BODIES.contains(country);
    }

    static boolean isState(String sector) {
        return sector != null && STATE.contains(sector);
    }

    /** A sector that does not make its holder an actor of the article's home country. */
    static boolean stateless(String sector) {
        return sector != null && STATELESS.contains(sector);
    }
}
