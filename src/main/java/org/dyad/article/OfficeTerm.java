package org.dyad.article;

import java.time.LocalDate;

/**
 * A person's term in an office, from Dyad's knowledge file. Used to resolve actors as of a date
 * and to bound an undated article's publication window ("Prime Minister Rishi Sunak").
 *
 * @param person  full name ("Rishi Sunak")
 * @param aliases other spellings, ";"-free ("Sunak", "Zelenskyy")
 * @param office  office as written ("Prime Minister", "Defence Secretary", "Foreign Minister")
 * @param country country or body code ({@code GBR}, {@code NATO})
 * @param sector  CAMEO sector ({@code GOV}, {@code MIL}, ...)
 * @param from    first day in office
 * @param to      last day in office, or null while still in office
 */
public record OfficeTerm(String person, java.util.List<String> aliases, String office, String country,
                         String sector, LocalDate from, LocalDate to) {
    public OfficeTerm {
        aliases = aliases == null ? java.util.List.of() : java.util.List.copyOf(aliases);
    }

    /** True when the person held the office on that day (inclusive; an open term runs to today). */
    public boolean heldOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
