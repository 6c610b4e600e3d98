package org.dyad.locations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled GeoNames-derived gazetteer loads and holds places, regions and countries. */
class PlaceGazetteerTest {
    private static final PlaceGazetteer G = PlaceGazetteer.load();

    @Test
    void placesHaveTheirCountryAndPoint() {
        assertThat(G.lookup("Karachi")).anySatisfy(e -> {
            assertThat(e.country()).isEqualTo("PAK");
            assertThat(e.lat()).isBetween(24.0, 26.0);
            assertThat(e.lon()).isBetween(66.0, 68.0);
            assertThat(e.region()).isFalse();
        });
    }

    @Test
    void namesMatchWithoutAccentsOrHyphens() {
        assertThat(G.lookup("Croix des Bouquets")).anySatisfy(e -> assertThat(e.country()).isEqualTo("HTI"));
        assertThat(G.lookup("sao paulo")).anySatisfy(e -> assertThat(e.country()).isEqualTo("BRA"));
    }

    @Test
    void firstLevelRegionsAreThereAndPlacesKnowTheirRegion() {
        assertThat(G.lookup("Texas")).anySatisfy(e -> {
            assertThat(e.region()).isTrue();
            assertThat(e.country()).isEqualTo("USA");
        });
        GazetteerEntry houston = G.lookup("Houston").stream().filter(e -> e.country().equals("USA"))
                .max(java.util.Comparator.comparingLong(GazetteerEntry::population)).orElseThrow();
        assertThat(G.regionOf(houston)).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("Texas"));
    }

    @Test
    void countriesAndCapitalsComeFromTheCountryList() {
        assertThat(G.country("Pakistan")).hasValue("PAK");
        assertThat(G.capitalOf("Moscow")).hasValue("RUS");
        assertThat(G.isState("PAK")).isTrue();
        assertThat(G.isState("NATO")).isFalse();
    }

    @Test
    void aPlaceAnswersToTheNameNewsWritesForIt() {
        // "Washington, D.C." is written "Washington"; "Autonomous Republic of Crimea" is "Crimea"
        assertThat(G.lookup("Washington")).anySatisfy(e -> {
            assertThat(e.country()).isEqualTo("USA");
            assertThat(e.capital()).isTrue();
        });
        assertThat(G.lookup("Crimea")).anySatisfy(e -> {
            assertThat(e.country()).isEqualTo("UKR");
            assertThat(e.region()).isTrue();
        });
        // older spellings from place-aliases.tsv, and an area that is no first-level region, without a point
        assertThat(G.lookup("Kiev")).anySatisfy(e -> {
            assertThat(e.capital()).isTrue();
            assertThat(e.country()).isEqualTo("UKR");
        });
        assertThat(G.lookup("Donbas")).singleElement().satisfies(e -> {
            assertThat(e.country()).isEqualTo("UKR");
            assertThat(e.region()).isTrue();
            assertThat(e.lat()).isNull();
        });
        // "Balochistan province": the region, whatever division word follows its name
        assertThat(G.lookup("Balochistan province")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.region()).isTrue();
            assertThat(e.country()).isEqualTo("PAK");
        });
    }

    @Test
    void aPlaceIsFoundByItsGeoNamesIdAndKnowsItsRegion() {
        GazetteerEntry karachi = G.lookup("Karachi").stream().filter(e -> e.country().equals("PAK")).findFirst().orElseThrow();
        assertThat(G.byId(karachi.id())).hasValue(karachi);
        GazetteerEntry sindh = G.regionOf(karachi).orElseThrow();
        assertThat(G.inRegion(karachi.id(), sindh)).isTrue();
        GazetteerEntry punjab = G.lookup("Punjab").stream().filter(e -> e.region() && e.country().equals("PAK")).findFirst().orElseThrow();
        assertThat(G.inRegion(karachi.id(), punjab)).isFalse();
    }

    @Test
    void aWorldCityNamedXCityAnswersToXButASmallOneAndACountrysNameDoNot() {
        // "in New York" is the city as well as the state; "Kansas" is only the state; "Mexico" stays the country's
        assertThat(G.lookup("New York")).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("New York City");
            assertThat(e.region()).isFalse();
        });
        assertThat(G.lookup("New York")).anySatisfy(e -> assertThat(e.region()).isTrue());
        assertThat(G.lookup("Kansas")).noneSatisfy(e -> assertThat(e.name()).isEqualTo("Kansas City"));
        assertThat(G.lookup("Mexico")).noneSatisfy(e -> assertThat(e.name()).isEqualTo("Mexico City"));
    }
}
