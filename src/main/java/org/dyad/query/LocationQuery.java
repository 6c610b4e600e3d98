package org.dyad.query;

import org.dyad.store.EventStore;
import org.dyad.store.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a filter's events took place, for a map: events per country (every located event counts for
 * its country, whatever its precision) and the places and regions that have a point, each with its
 * event ids. A country-level location is never a point.
 */
public final class LocationQuery {
    private final EventStore store;

    public LocationQuery(EventStore store) {
        this.store = store;
    }

    /** {@code country}, {@code events}: located events per country, most first. */
    public Table countries(EventFilter f) {
        List<Object> params = new ArrayList<>();
        String where = EventQuery.where(f, params);
        return store.select("""
                SELECT location_country AS country, count(*) AS events
                FROM events WHERE %s AND location_country IS NOT NULL
                GROUP BY location_country ORDER BY events DESC, country""".formatted(where), params.toArray());
    }

    /**
     * {@code name}, {@code country}, {@code region}, {@code lat}, {@code lon}, {@code precision}
     * (place or region), {@code events} and {@code event_ids} (newest first): one row per point.
     */
    public Table points(EventFilter f) {
        List<Object> params = new ArrayList<>();
        String where = EventQuery.where(f, params);
        return store.select("""
                SELECT first(location_name ORDER BY id) AS name, location_country AS country,
                       first(location_region ORDER BY id) AS region, location_lat AS lat, location_lon AS lon,
                       location_precision AS precision, count(*) AS events,
                       string_agg(CAST(id AS VARCHAR), ',' ORDER BY event_date DESC NULLS LAST, id DESC) AS event_ids
                FROM events WHERE %s AND location_lat IS NOT NULL AND location_lon IS NOT NULL
                GROUP BY location_country, location_lat, location_lon, location_precision
                ORDER BY events DESC, name""".formatted(where), params.toArray());
    }
}
