/**
 * Dyad's event store: one embedded DuckDB file holding every stored article, its actors, quotes and
 * event mentions, and the de-duplicated events those mentions report.
 *
 * <p>{@link org.dyad.store.EventStore} is the only door: {@code save} writes one article per
 * transaction (so an interrupted ingest loses nothing it had stored and can resume), and the read
 * methods serve {@code org.dyad.query}. The de-duplication rule lives in
 * {@link org.dyad.store.EventMatcher}; the schema in {@code StoreSchema} and docs/STORE.md.
 * This package reads {@code org.dyad.article} records and never imports a stage.
 */
package org.dyad.store;
