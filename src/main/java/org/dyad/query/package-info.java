/**
 * The read side of the event store, shared by the CLI and (later) the web: event lists, dyad
 * timelines with a cooperation-conflict score, actors, quotes, read-only SQL, POLECAT-style exports,
 * and a printer for aligned tables, CSV and JSON. Each query takes an open
 * {@link org.dyad.store.EventStore} and returns a {@link org.dyad.store.Table} (or typed rows).
 */
package org.dyad.query;
