package org.dyad.web;

import org.dyad.article.ArticleOutcome;
import org.dyad.article.Location;
import org.dyad.article.LocationPrecision;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.dyad.article.PloverType.ASSAULT;
import static org.dyad.article.PloverType.COERCE;
import static org.dyad.article.PloverType.CONSULT;
import static org.dyad.store.StoreKit.actor;
import static org.dyad.store.StoreKit.article;
import static org.dyad.store.StoreKit.event;

/**
 * The map as a browser draws it: headless Chromium loads the page for a dyad whose events took place
 * in a city, a region and a whole country; the outline, the shading and the dots must be there, and a
 * country-level location must not be a dot. Skipped where no Chromium is installed.
 */
class MapBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void theMapShadesCountriesAndDotsPlacesButNeverACountry() throws Exception {
        assumeThat(Files.isExecutable(CHROMIUM)).as("Chromium at " + CHROMIUM).isTrue();
        Path db = dir.resolve("map.duckdb");
        Location town = new Location("Tarnowo", "POL", "Lubusz", 52.0, 15.5, LocationPrecision.PLACE, "1");
        Location region = new Location("Lubusz", "POL", null, 52.2, 15.3, LocationPrecision.REGION, "2");
        try (EventStore writer = EventStore.open(db)) {
            List<ArticleOutcome> articles = List.of(
                    article("shelling", "2024-03-02", event("shelling-e1", ASSAULT, actor("Germany", "DEU", null), actor("Poland", "POL", null),
                            "2024-03-01", "Artillery fire from the west hit the town of Tarnowo on Friday.").withLocation(town)),
                    article("raids", "2024-03-05", event("raids-e1", COERCE, actor("Germany", "DEU", null), actor("Poland", "POL", null),
                            "2024-03-04", "Border guards detained smugglers across the region on Monday.").withLocation(region)),
                    article("visit", "2024-03-09", event("visit-e1", CONSULT, actor("Poland", "POL", null), actor("Germany", "DEU", null),
                            "2024-03-08", "The Polish envoy held talks in Germany on Friday.").withLocation(Location.country("Germany", "DEU"))));
            int n = 0;
            for (ArticleOutcome a : articles) writer.save(a, "h" + n++);
        }
        try (EventStore store = EventStore.openReadOnly(db); WebServer server = WebServer.start(store, "127.0.0.1", 0)) {
            String dom = HeadlessChromium.dumpDom(dir, "http://127.0.0.1:" + server.port() + "/#a=DEU&b=POL&by=month");
            assertThat(dom).contains("aria-label=\"Map of where the events took place\"");
            assertThat(dom).contains("class=\"country has\" data-country=\"POL\"", "class=\"country has\" data-country=\"DEU\"");
            assertThat(dom).contains("class=\"point\" data-place=\"Tarnowo\"", "class=\"point region\" data-place=\"Lubusz\"");
            assertThat(dom).as("a country-level location is shading, never a dot").doesNotContain("data-place=\"Germany\"");
            assertThat(dom).contains("3 located events of 3");
            assertThat(dom).contains("Where: Tarnowo, Lubusz, POL (place)", "Where: Germany (country)");
        }
    }
}
