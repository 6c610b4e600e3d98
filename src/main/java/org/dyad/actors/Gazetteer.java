package org.dyad.actors;

import org.dyad.knowledge.KnowledgeFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dyad's own gazetteer of countries (names, adjectives, capitals: {@code countries.tsv}) and institutions
 * (seats of government, bodies, media: {@code institutions.tsv}), both resources of this package.
 */
final class Gazetteer {
    private final PhraseTable<KnownActor> table = new PhraseTable<>();
    /** entries written all in capitals ("US", "UK", "EU") only match the same capitals, never "us" */
    private final Map<String, Boolean> casedPhrases = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();

    static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (String[] row : KnowledgeFiles.rows("countries.tsv", 4)) g.addCountry(row);
        for (String[] row : KnowledgeFiles.rows("institutions.tsv", 6)) g.addInstitution(row);
        return g;
    }

    private void addCountry(String[] r) {
        String code = r[0];
        List<String> names = Words.cell(r[1]);
        String name = names.isEmpty() ? code : names.get(0);
        countryNames.put(code, name);
        for (String n : names) add(n, new KnownActor(name, code, null, KnownActor.Role.COUNTRY, null, null));
        for (String a : Words.cell(r[2])) {
            if (a.endsWith("-")) add(a.substring(0, a.length() - 1), new KnownActor(name, code, null, KnownActor.Role.COMBINING, null, null));
            else add(a, new KnownActor(name, code, null, KnownActor.Role.ADJECTIVE, null, null));
        }
        for (String c : Words.cell(r[3])) add(c, new KnownActor(name, code, "GOV", KnownActor.Role.CAPITAL, null, null));
    }

    private void addInstitution(String[] r) {
        List<String> names = Words.cell(r[0]);
        if (names.isEmpty()) throw new IllegalStateException("institutions.tsv: a row without a name");
        String country = r[1].isBlank() ? null : r[1].trim();
        // "USA?": the usual country of a name other countries' bodies also bear
        boolean yields = country != null && country.endsWith("?");
        if (yields) country = country.substring(0, country.length() - 1);
        String sector = r[2].isBlank() ? null : r[2].trim();
        KnownActor.Role role = KnownActor.Role.valueOf(r[3].trim().toUpperCase());
        LocalDate from = r[4].isBlank() ? null : LocalDate.parse(r[4].trim());
        LocalDate to = r[5].isBlank() ? null : LocalDate.parse(r[5].trim());
        for (String n : names) add(n, new KnownActor(names.get(0), country, sector, role, from, to, yields));
    }

    private void add(String phrase, KnownActor a) {
        table.add(phrase, a);
        // a phrase is case-sensitive only if every spelling listed is short capitals ("US"; not "NATO"/"Nato")
        boolean caps = Words.isAllCaps(phrase.replace(".", "")) && phrase.replace(".", "").length() <= 5;
        casedPhrases.merge(String.join(" ", Words.foldedWords(phrase)), caps, Boolean::logicalAnd);
    }

    /** Canonical English name of a country code ("GBR" -> "United Kingdom"), or the code itself. */
    String countryName(String code) {
        return countryNames.getOrDefault(code, code);
    }

    boolean isCountryCode(String code) {
        return countryNames.containsKey(code);
    }

    /**
     * The longest entry at word {@code i} valid on {@code day}, or null. An entry must start with a
     * capital ("Turkey" the country, not "turkey"); short all-capital entries need the same capitals.
     */
    PhraseTable.Match<KnownActor> match(SentenceWords w, int i, LocalDate day) {
        String first = w.original(i);
        if (!Words.isCapitalized(first) && !first.equals("the")) return null;
        for (PhraseTable.Match<KnownActor> m : table.allAt(w.folded(), i)) {
            // "visited Russia today" is the country and a time, not the broadcaster "Russia Today": a body's
            // or an outlet's name of several words is written with its capitals
            if (m.end() - m.start() > 1 && lowerCaseWordInName(w, m)) continue;
            String key = String.join(" ", w.folded().subList(m.start(), m.end()));
            if (casedPhrases.getOrDefault(key, false)) {
                String orig = w.originalSpan(m.start(), m.end()).replace(" ", "");
                if (!Words.isAllCaps(orig.replace(".", ""))) return null;
            }
            List<KnownActor> valid = new ArrayList<>();
            for (KnownActor a : m.values()) if (a.validOn(day)) valid.add(a);
            if (valid.isEmpty()) return null;
            return new PhraseTable.Match<>(m.start(), m.end(), valid);
        }
        return null;
    }

    /** Small words a name may keep in lower case ("Bank of England", "Ministry for the Armed Forces"). */
    private static final java.util.Set<String> NAME_GLUE = java.util.Set.of("of", "the", "for", "and", "de", "du", "des",
            "la", "le", "al", "el", "on", "in", "&", "-", "'s", "to", "at", "d'");

    /** Every value a body or an outlet, and a word after the first in lower case that is no glue word. */
    private static boolean lowerCaseWordInName(SentenceWords w, PhraseTable.Match<KnownActor> m) {
        for (KnownActor a : m.values())
            if (a.role() != KnownActor.Role.BODY && a.role() != KnownActor.Role.MEDIA) return false;
        for (int k = m.start() + 1; k < m.end(); k++) {
            String o = w.original(k);
            if (!o.isEmpty() && Character.isLowerCase(o.charAt(0)) && !NAME_GLUE.contains(w.folded().get(k))) return true;
        }
        return false;
    }

    /** Exact lookup of a whole phrase (any case), valid on {@code day}. */
    List<KnownActor> lookup(String phrase, LocalDate day) {
        List<KnownActor> out = new ArrayList<>();
        for (KnownActor a : table.get(phrase)) if (a.validOn(day)) out.add(a);
        return out;
    }
}
