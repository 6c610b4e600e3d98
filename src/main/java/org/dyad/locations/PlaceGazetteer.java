package org.dyad.locations;

import org.dyad.knowledge.KnowledgeFiles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Offline gazetteer: places and first-level regions by name (from {@code gazetteer.tsv.gz}, a
 * GeoNames-derived knowledge file), countries by name and their capitals (from {@code countries.tsv}).
 * A user's GeoNames dump ({@code geonames.txt} in the knowledge folder, in GeoNames' own
 * tab-separated format: cities500.txt, cities1000.txt or allCountries.txt renamed) adds its places.
 */
final class PlaceGazetteer {
    static final String FILE = "gazetteer.tsv.gz";
    static final String GEONAMES_DUMP = "geonames.txt";
    static final String ALIASES = "place-aliases.tsv";

    private final Map<String, List<GazetteerEntry>> byName = new HashMap<>();
    private final Map<String, GazetteerEntry> regions = new HashMap<>();
    private final Map<String, GazetteerEntry> byId = new HashMap<>();
    private final Map<String, String> countryByName = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, String> capitals = new HashMap<>();
    private final Map<String, String> capitalOfCountry = new HashMap<>();
    private final Map<String, String> countryByAdjective = new HashMap<>();
    private final Set<String> states = new HashSet<>();

    static PlaceGazetteer load() {
        PlaceGazetteer g = new PlaceGazetteer();
        for (String[] r : KnowledgeFiles.rows(FILE, 9)) g.addRow(r);
        for (String[] r : KnowledgeFiles.rows("countries.tsv", 4)) g.addCountry(r);
        for (String[] r : KnowledgeFiles.rows(ALIASES, 3)) g.addAlias(r);
        g.addShortCityNames();
        KnowledgeFiles.folder().map(d -> d.resolve(GEONAMES_DUMP)).filter(Files::isRegularFile).ifPresent(g::addDump);
        return g;
    }

    /** An empty gazetteer that tests fill row by row. */
    static PlaceGazetteer empty() {
        return new PlaceGazetteer();
    }

    void addRow(String[] r) {
        boolean region = r[5].equals("ADM1");
        GazetteerEntry e = new GazetteerEntry(r[0], r[1], r[3], r[4], region, r[5].equals("PPLC"),
                parseLong(r[6]), parseDouble(r[7]), parseDouble(r[8]));
        add(r[1], e);
        if (!e.id().isEmpty()) byId.putIfAbsent(e.id(), e);
        for (String alt : r[2].split(";")) if (!alt.isBlank()) add(alt, e);
        if (region) regions.putIfAbsent(e.country() + "." + e.admin1(), e);
        states.add(e.country());
    }

    void addCountry(String[] r) {
        String code = r[0];
        String[] names = r[1].split(";");
        if (!names[0].isBlank()) countryNames.putIfAbsent(code, names[0].strip());
        for (String n : names) if (!n.isBlank()) countryByName.putIfAbsent(PlaceNames.key(n), code);
        for (String c : r[3].split(";")) {
            if (c.isBlank()) continue;
            capitals.putIfAbsent(PlaceNames.key(c), code);
            capitalOfCountry.putIfAbsent(code, c.strip());
        }
        for (String a : r[2].split(";")) if (!a.isBlank() && !a.endsWith("-")) countryByAdjective.putIfAbsent(PlaceNames.key(a), code);
    }

    /**
     * One row of {@code place-aliases.tsv}: the alias answers for the entries of that name in that country, or,
     * with '-' for the name, for an area of the country without a point.
     */
    void addAlias(String[] r) {
        String alias = r[0].strip(), name = r[1].strip(), country = r[2].strip();
        if (alias.isEmpty() || alias.equals("alias")) return;
        if (name.equals("-")) {
            add(alias, new GazetteerEntry("", alias, country, "", true, false, 0, null, null));
            return;
        }
        for (GazetteerEntry e : List.copyOf(byName.getOrDefault(PlaceNames.key(name), List.of())))
            if (e.country().equals(country)) add(alias, e);
    }

    /** below this a city named "X City" is not written plain "X" (Kansas City is not "Kansas") */
    private static final long SHORT_NAMED_CITY = 1_000_000;

    /**
     * A world city GeoNames names "X City" is what news means by a plain "X" ("in New York" is the city, not the
     * state of that name); a country's name is left to the country ("Mexico", "Guatemala"). Call after the
     * countries are read.
     */
    void addShortCityNames() {
        for (GazetteerEntry e : List.copyOf(byId.values())) {
            if (e.region() || e.population() < SHORT_NAMED_CITY || !e.name().endsWith(" City")) continue;
            String plain = e.name().substring(0, e.name().length() - " City".length()).strip();
            if (plain.length() >= 3 && country(plain).isEmpty()) add(plain, e);
        }
    }

    private void add(String name, GazetteerEntry e) {
        String k = PlaceNames.key(name);
        if (k.isEmpty()) return;
        List<GazetteerEntry> named = byName.computeIfAbsent(k, x -> new ArrayList<>(1));
        if (!named.contains(e)) named.add(e);
        // the name news writes: "Washington" for "Washington, D.C.", "Sindh" for "Sindh, Pakistan",
        // "Crimea" for "Republic of Crimea"
        int comma = name.indexOf(", ");
        if (comma >= 3) add(name.substring(0, comma), e);
        java.util.regex.Matcher m = STYLED.matcher(name);
        if (m.matches() && m.group(1).length() >= 3) add(m.group(1), e);
    }

    /** the formal style of a region's name, before the name itself */
    private static final java.util.regex.Pattern STYLED = java.util.regex.Pattern.compile(
            "(?:Autonomous Republic|Republic|Autonomous Region|Autonomous Community|Province|Region|Canton) of (?:the )?(.+)");

    /** Reads a GeoNames dump: populated places (feature class P) only, with ISO alpha-2 turned into alpha-3. */
    private void addDump(Path file) {
        Map<String, String> alpha3 = new HashMap<>();
        for (String a2 : Locale.getISOCountries()) alpha3.put(a2, new Locale("", a2).getISO3Country());
        alpha3.put("XK", "XKX");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length < 15 || !f[6].equals("P")) continue;
                String country = alpha3.get(f[8]);
                if (country == null) continue;
                GazetteerEntry e = new GazetteerEntry(f[0], f[1], country, f[10], false, f[7].equals("PPLC"),
                        parseLong(f[14]), parseDouble(f[4]), parseDouble(f[5]));
                add(f[1], e);
                add(f[2], e);
                byId.putIfAbsent(e.id(), e);
                states.add(country);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read GeoNames dump " + file, e);
        }
    }

    /** Places and regions of that name, any country ("Sindh province" is Sindh). */
    List<GazetteerEntry> lookup(String name) {
        String key = PlaceNames.key(name);
        List<GazetteerEntry> found = byName.getOrDefault(key, List.of());
        if (!found.isEmpty()) return found;
        int space = key.lastIndexOf(' ');
        if (space > 0 && DIVISIONS.contains(key.substring(space + 1)))
            return byName.getOrDefault(key.substring(0, space), List.of()).stream().filter(GazetteerEntry::region).toList();
        return found;
    }

    /** words written after a region's name that are not part of it */
    private static final Set<String> DIVISIONS = Set.of("province", "region", "state", "governorate", "oblast", "district",
            "prefecture", "county", "department", "territory", "krai", "republic");

    /** The first-level region a place is in, if the gazetteer has it. */
    Optional<GazetteerEntry> regionOf(GazetteerEntry place) {
        return Optional.ofNullable(regions.get(place.country() + "." + place.admin1()));
    }

    /** The entry of a GeoNames id, if the gazetteer holds it. */
    Optional<GazetteerEntry> byId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /** True when the place of that GeoNames id lies in that first-level region. */
    boolean inRegion(String placeId, GazetteerEntry region) {
        return byId(placeId).flatMap(this::regionOf).map(region::equals).orElse(false);
    }

    /** The country a name stands for ("Pakistan", "the United States"), if any. */
    Optional<String> country(String name) {
        return Optional.ofNullable(countryByName.get(PlaceNames.key(name)));
    }

    /** The country whose capital (seat of government) this is, if any. */
    Optional<String> capitalOf(String name) {
        return Optional.ofNullable(capitals.get(PlaceNames.key(name)));
    }

    /** The country an adjective names ("French"), if any. */
    Optional<String> countryOfAdjective(String adjective) {
        return Optional.ofNullable(countryByAdjective.get(PlaceNames.key(adjective)));
    }

    /** A country's capital ("Paris" for FRA), if the country list gives one. */
    Optional<String> capital(String code) {
        return Optional.ofNullable(capitalOfCountry.get(code));
    }

    String countryName(String code) {
        return countryNames.getOrDefault(code, code);
    }

    /** True for a state's code (not an international body's: UNO, NATO, EUR). */
    boolean isState(String code) {
        return code != null && states.contains(code);
    }

    private static long parseLong(String s) {
        try {
            return s.isBlank() ? 0 : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Double parseDouble(String s) {
        try {
            return s.isBlank() ? null : Double.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
