package org.dyad.query;

import org.dyad.article.Location;
import org.dyad.article.LocationPrecision;
import org.dyad.store.EventStore;
import org.dyad.store.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.article.PloverType.ASSAULT;
import static org.dyad.article.PloverType.PROTEST;
import static org.dyad.store.StoreKit.actor;
import static org.dyad.store.StoreKit.article;
import static org.dyad.store.StoreKit.event;

/** Locations survive the store: the events filter by where they happened, and the map query counts them. */
class LocationQueryTest {
    @TempDir
    Path dir;

    @Test
    void storedLocationsFilterEventsAndFeedTheMap() throws Exception {
        Path db = dir.resolve("loc.duckdb");
        Location city = new Location("Tarnowo", "POL", "Lubusz", 52.0, 15.5, LocationPrecision.PLACE, "123");
        try (EventStore s = EventStore.open(db)) {
            s.save(article("a1", "2024-03-02", event("a1-e1", PROTEST, actor("protesters", "POL", "CVL"), actor("government", "POL", "GOV"),
                    "2024-03-01", "Farmers blocked roads in Tarnowo on Friday.").withLocation(city)), "h1");
            s.save(article("a2", "2024-03-06", event("a2-e1", ASSAULT, actor("Germany", "DEU", null), actor("Poland", "POL", null),
                    "2024-03-05", "Shells landed near the border on Tuesday.").withLocation(Location.country("Poland", "POL"))), "h2");
            s.save(article("a3", "2024-03-07", event("a3-e1", ASSAULT, actor("Poland", "POL", null), actor("Germany", "DEU", null),
                    "2024-03-06", "Poland answered with fire on Wednesday.")), "h3");
        }
        try (EventStore s = EventStore.openReadOnly(db)) {
            EventQuery q = new EventQuery(s);
            Table inPoland = q.find(EventFilter.all().inCountry("pol"));
            assertThat(inPoland.size()).isEqualTo(2);
            Table detail = q.detailed(EventFilter.all().inCountry("POL"));
            assertThat(detail.columns()).contains("location_name", "location_lat", "location_precision");
            LocationQuery lq = new LocationQuery(s);
            Table countries = lq.countries(EventFilter.all());
            assertThat(countries.size()).isEqualTo(1);
            assertThat(((Number) countries.value(0, "events")).intValue()).isEqualTo(2);
            Table points = lq.points(EventFilter.all());
            assertThat(points.size()).as("the country-level location is no point").isEqualTo(1);
            assertThat(points.value(0, "name")).isEqualTo("Tarnowo");
            assertThat(points.value(0, "precision")).isEqualTo("place");
        }
    }
}
