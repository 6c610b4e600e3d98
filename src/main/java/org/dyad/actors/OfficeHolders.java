package org.dyad.actors;

import org.dyad.knowledge.KnowledgeFiles;
import org.dyad.article.OfficeTerm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Dyad's knowledge files of office holders ({@code office-holders.tsv}, {@code world-leaders.tsv}): who held
 * which office, for which country or body, from when to when. Knows people the 2014 PETRARCH dictionaries do not.
 */
final class OfficeHolders {
    private final List<OfficeTerm> terms;
    private final PhraseTable<OfficeTerm> byName = new PhraseTable<>();

    private OfficeHolders(List<OfficeTerm> terms) {
        this.terms = List.copyOf(terms);
        for (OfficeTerm t : terms) {
            byName.add(t.person(), t);
            for (String a : t.aliases()) byName.add(a, t);
        }
    }

    /**
     * The office holders of the major powers and bodies, then those of every other UN member state
     * and more international bodies (a second file so each can be checked and extended on its own).
     */
    static final List<String> FILES = List.of("office-holders.tsv", "world-leaders.tsv");

    static OfficeHolders load() {
        List<OfficeTerm> terms = new ArrayList<>();
        for (String file : FILES) {
            int n = 0;
            for (String[] r : KnowledgeFiles.rows(file, 7)) {
                n++;
                try {
                    terms.add(new OfficeTerm(r[0], Words.cell(r[1]), r[2], r[3], r[4], LocalDate.parse(r[5]),
                            r[6].isBlank() ? null : LocalDate.parse(r[6])));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(file + " data row " + n + " (" + r[0] + "): " + e.getMessage(), e);
                }
            }
        }
        return new OfficeHolders(terms);
    }

    List<OfficeTerm> terms() {
        return terms;
    }

    /** Terms of every person known by exactly this name or alias. */
    List<OfficeTerm> termsOf(String name) {
        return byName.get(name);
    }

    PhraseTable.Match<OfficeTerm> match(SentenceWords w, int i) {
        PhraseTable.Match<OfficeTerm> m = byName.longestAt(w.folded(), i);
        if (m == null || !Words.isCapitalized(w.original(i))) return null;
        // the name ends capitalised, or in a hyphenated part ("Moon Jae-in")
        int last = m.end() - 1;
        if (!Words.isCapitalized(w.original(last)) && !(last > i && w.original(last - 1).equals("-"))) return null;
        return m;
    }

    /**
     * The term that best describes a person on a day: one held that day (head of state or government
     * first), else the latest one that ended before it, else the first one to come.
     */
    static OfficeTerm bestOn(List<OfficeTerm> personTerms, LocalDate day) {
        // on a handover day the term that goes on wins over the one ending
        Optional<OfficeTerm> held = personTerms.stream().filter(t -> t.heldOn(day))
                .min(Comparator.<OfficeTerm>comparingInt(t -> day.equals(t.to()) ? 1 : 0)
                        .thenComparingInt(t -> OfficeNames.rank(t.office())));
        if (held.isPresent()) return held.get();
        Optional<OfficeTerm> past = personTerms.stream().filter(t -> t.to() != null && t.to().isBefore(day))
                .max(Comparator.comparing(OfficeTerm::to));
        if (past.isPresent()) return past.get();
        return personTerms.stream().min(Comparator.comparing(OfficeTerm::from)).orElse(null);
    }

    /** Who held an office for a country on a day. */
    Optional<OfficeTerm> holder(String office, String country, LocalDate day) {
        return terms.stream().filter(t -> t.office().equalsIgnoreCase(office) && t.country().equals(country) && t.heldOn(day))
                .min(Comparator.<OfficeTerm>comparingInt(t -> day.equals(t.to()) ? 1 : 0));
    }

    /** Every person of a country, by their canonical name, who held any office on the day. */
    List<OfficeTerm> heldOn(LocalDate day) {
        return terms.stream().filter(t -> t.heldOn(day)).toList();
    }
}
