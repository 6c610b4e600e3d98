package org.dyad.locations;

import java.util.Set;

/**
 * What one event's location is judged against: the countries of its actors, the article's places, the
 * country both actors share (null when they differ), and whether the event may happen anywhere (an
 * international body's meeting is held wherever it is hosted).
 */
record EventScene(Set<String> eventCountries, ArticlePlaces article, String home, boolean anywhere) {
}
