/**
 * Event locations: where each coded event took place, when the text says. Runs after the events are
 * coded; reads the annotated sentences (place names tagged CITY, STATE_OR_PROVINCE, COUNTRY, LOCATION
 * and how they attach to the event's verb), the article's actors and an offline gazetteer
 * (GeoNames-derived, {@code gazetteer.tsv.gz} in the knowledge folder, or a user's GeoNames dump).
 * Imports only {@code article}, {@code config} and {@code knowledge}.
 */
package org.dyad.locations;
