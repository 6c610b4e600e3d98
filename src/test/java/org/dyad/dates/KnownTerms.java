package org.dyad.dates;

import java.time.LocalDate;
import java.util.List;

import org.dyad.article.OfficeTerm;

/** A few real office terms, enough for the tests (the real knowledge file is maintained elsewhere). */
final class KnownTerms {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static final List<OfficeTerm> TERMS = List.of(
            term("Rishi Sunak", "Prime Minister", "GBR", "2022-10-25", "2024-07-05", "Sunak"),
            term("Boris Johnson", "Prime Minister", "GBR", "2019-07-24", "2022-09-06"),
            term("Keir Starmer", "Prime Minister", "GBR", "2024-07-05", null, "Starmer"),
            term("David Cameron", "Prime Minister", "GBR", "2010-05-11", "2016-07-13"),
            term("Ben Wallace", "Defence Secretary", "GBR", "2019-07-24", "2023-08-31"),
            term("John Healey", "Defence Secretary", "GBR", "2024-07-05", null),
            term("David Lammy", "Foreign Secretary", "GBR", "2024-07-05", "2025-09-05"),
            term("Emmanuel Macron", "President", "FRA", "2017-05-14", null, "Macron"),
            term("Nicolas Sarkozy", "President", "FRA", "2007-05-16", "2012-05-15"),
            term("Sébastien Lecornu", "Minister of the Armed Forces", "FRA", "2022-05-20", "2025-10-12"),
            term("Sébastien Lecornu", "Prime Minister", "FRA", "2025-09-09", null),
            term("Jean-Noël Barrot", "Minister for Europe and Foreign Affairs", "FRA", "2024-09-21", null),
            term("Joe Biden", "President", "USA", "2021-01-20", "2025-01-20", "Biden"),
            term("Donald Trump", "President", "USA", "2017-01-20", "2021-01-20", "Trump"),
            term("Donald Trump", "President", "USA", "2025-01-20", null, "Trump"),
            term("Mohammed Shia al-Sudani", "Prime Minister", "IRQ", "2022-10-27", null),
            term("Yoweri Museveni", "President", "UGA", "1986-01-29", null, "Museveni"));

    private KnownTerms() {
    }

    private static OfficeTerm term(String person, String office, String country, String from, String to, String... aliases) {
        return new OfficeTerm(person, List.of(aliases), office, country, "GOV", LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }
}
