package org.dyad.actors;

import java.time.LocalDate;

/**
 * One gazetteer entry: a country (by name, adjective or capital) or an institution, with the code it
 * stands for. {@code country} null means "the article's home country" ("the Ministry of Defence");
 * {@code yields} marks a body whose country is only the usual one, given way to a country the phrase
 * names ("Congress" is the US Congress, "Colombia's Congress" is not).
 */
record KnownActor(String name, String country, String sector, Role role, LocalDate from, LocalDate to, boolean yields) {

    KnownActor(String name, String country, String sector, Role role, LocalDate from, LocalDate to) {
        this(name, country, sector, role, from, to, false);
    }

    /** How the entry names its actor, which decides when a match is an actor at all. */
    enum Role {
        /** "France", "the UK" */
        COUNTRY,
        /** "French", "Britons" */
        ADJECTIVE,
        /** "Franco-" in "Franco-British" */
        COMBINING,
        /** "Paris", "Kyiv": the government only when not a place ("in Paris") */
        CAPITAL,
        /** "the Kremlin", "No 10": a building standing for an institution, same rule as capitals */
        SEAT,
        /** ministries, parliaments, armed forces, parties, armed groups, international bodies */
        BODY,
        /** newspapers, broadcasters, agencies: actors when they speak */
        MEDIA
    }

    boolean validOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    boolean isPlaceLike() {
        return role == Role.CAPITAL || role == Role.SEAT;
    }
}
