package org.dyad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The store's tables, created when missing. docs/STORE.md describes every column; keep the two in step.
 * {@code SCHEMA_VERSION} goes up when a table changes shape, so an old file is refused with a clear
 * message instead of failing half-way through an ingest.
 */
final class StoreSchema {
    static final int SCHEMA_VERSION = 2;

    private static final String[] DDL = {
            "CREATE TABLE IF NOT EXISTS store_meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
            """
            CREATE TABLE IF NOT EXISTS articles (
              id VARCHAR PRIMARY KEY,
              source VARCHAR,
              url VARCHAR,
              content_hash VARCHAR NOT NULL,
              language VARCHAR,
              title VARCHAR,
              published_date DATE,
              published_from DATE,
              published_to DATE,
              published_method VARCHAR,
              published_evidence VARCHAR,
              text VARCHAR,
              removed_json VARCHAR,
              error_stage VARCHAR,
              error VARCHAR,
              stored_at TIMESTAMP NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS actors (
              article_id VARCHAR NOT NULL,
              name VARCHAR,
              country VARCHAR,
              sector VARCHAR,
              code VARCHAR,
              kind VARCHAR,
              mentions INTEGER NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS quotes (
              article_id VARCHAR NOT NULL,
              seq INTEGER NOT NULL,
              text VARCHAR NOT NULL,
              speaker VARCHAR,
              country VARCHAR,
              sector VARCHAR,
              sentence_index INTEGER,
              char_begin INTEGER)""",
            "CREATE SEQUENCE IF NOT EXISTS event_ids START 1",
            """
            CREATE TABLE IF NOT EXISTS events (
              id BIGINT PRIMARY KEY,
              type VARCHAR NOT NULL,
              cameo VARCHAR,
              mode VARCHAR,
              context VARCHAR,
              source_name VARCHAR, source_text VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_code VARCHAR,
              target_name VARCHAR, target_text VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_code VARCHAR,
              dyad VARCHAR NOT NULL,
              event_date DATE,
              date_from DATE,
              date_to DATE,
              factuality VARCHAR,
              sentence VARCHAR,
              location_name VARCHAR,
              location_country VARCHAR,
              location_region VARCHAR,
              location_lat DOUBLE,
              location_lon DOUBLE,
              location_precision VARCHAR,
              location_geonames_id VARCHAR,
              confidence DOUBLE,
              mention_count INTEGER NOT NULL,
              article_count INTEGER NOT NULL,
              first_published DATE)""",
            """
            CREATE TABLE IF NOT EXISTS event_mentions (
              event_id BIGINT NOT NULL,
              article_id VARCHAR NOT NULL,
              mention_id VARCHAR NOT NULL,
              type VARCHAR NOT NULL,
              cameo VARCHAR,
              mode VARCHAR,
              context VARCHAR,
              source_name VARCHAR, source_text VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_code VARCHAR,
              target_name VARCHAR, target_text VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_code VARCHAR,
              date_from DATE,
              date_to DATE,
              factuality VARCHAR,
              sentence VARCHAR,
              sentence_index INTEGER,
              location_name VARCHAR,
              location_country VARCHAR,
              location_region VARCHAR,
              location_lat DOUBLE,
              location_lon DOUBLE,
              location_precision VARCHAR,
              location_geonames_id VARCHAR,
              confidence DOUBLE,
              published DATE,
              PRIMARY KEY (article_id, mention_id))""",
            "CREATE INDEX IF NOT EXISTS event_mentions_by_event ON event_mentions (event_id)",
            // dyad watch's memory (FeedLedger): added tables only, so older stores gain them on open
            """
            CREATE TABLE IF NOT EXISTS feeds (
              url VARCHAR PRIMARY KEY,
              name VARCHAR,
              etag VARCHAR,
              last_modified VARCHAR,
              last_polled TIMESTAMP,
              last_ok TIMESTAMP,
              last_status VARCHAR NOT NULL,
              last_http INTEGER,
              last_error VARCHAR,
              items_last INTEGER,
              new_last INTEGER,
              articles_total INTEGER NOT NULL,
              failures_in_row INTEGER NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS feed_items (
              url VARCHAR PRIMARY KEY,
              feed_url VARCHAR NOT NULL,
              title VARCHAR,
              published DATE,
              page_url VARCHAR,
              body_hash VARCHAR,
              article_id VARCHAR,
              status VARCHAR NOT NULL,
              detail VARCHAR,
              attempts INTEGER NOT NULL,
              first_seen TIMESTAMP NOT NULL,
              last_tried TIMESTAMP NOT NULL)""",
            "CREATE INDEX IF NOT EXISTS feed_items_by_page ON feed_items (page_url)",
            "CREATE INDEX IF NOT EXISTS feed_items_by_body ON feed_items (body_hash)",
    };

    private StoreSchema() {
    }

    /** Creates missing tables, or fails when the file was written by an incompatible Dyad. */
    static void ensure(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String ddl : DDL) s.execute(ddl);
            try (var rs = s.executeQuery("SELECT value FROM store_meta WHERE key = 'schema_version'")) {
                if (!rs.next()) {
                    s.execute("INSERT INTO store_meta VALUES ('schema_version', '" + SCHEMA_VERSION + "')");
                } else if (Integer.parseInt(rs.getString(1)) == 1) {
                    addLocationColumns(s);
                } else if (Integer.parseInt(rs.getString(1)) != SCHEMA_VERSION) {
                    throw new IllegalStateException("the store was written with schema version " + rs.getString(1)
                            + " but this Dyad reads version " + SCHEMA_VERSION + "; ingest into a new --db file");
                }
            }
        }
    }

    /** Version 1 stores had only a location's name and country: the rest of a location is added, empty. */
    private static void addLocationColumns(Statement s) throws SQLException {
        for (String table : new String[]{"events", "event_mentions"}) {
            for (String col : new String[]{"location_region VARCHAR", "location_lat DOUBLE", "location_lon DOUBLE",
                    "location_precision VARCHAR", "location_geonames_id VARCHAR"})
                s.execute("ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS " + col);
        }
        s.execute("UPDATE store_meta SET value = '" + SCHEMA_VERSION + "' WHERE key = 'schema_version'");
    }

    /** Read-only opens cannot create tables: check that this is a Dyad store at all. */
    static void check(Connection c, String where) throws SQLException {
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('articles','events','event_mentions','actors','quotes')")) {
            rs.next();
            if (rs.getInt(1) < 5) throw new IllegalStateException(where + " is not a Dyad event store (run dyad ingest first)");
        }
    }
}
