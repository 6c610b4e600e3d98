package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.dyad.article.ArticleOutcome;
import org.dyad.article.CleanArticle;
import org.dyad.article.CodedArticle;
import org.dyad.article.PublishedDate;
import org.dyad.article.Quote;
import org.dyad.article.RemovedLine;
import org.dyad.output.Json;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes and deletes an article's own rows: {@code articles}, {@code actors}, {@code quotes}. */
final class ArticleWriter {
    private ArticleWriter() {
    }

    static void insert(Connection c, ArticleOutcome outcome, String contentHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, outcome.id());
            ps.setString(2, outcome.source());
            ps.setString(4, contentHash);
            ps.setTimestamp(16, Timestamp.from(Instant.now()));
            if (outcome instanceof ArticleOutcome.Failed f) {
                for (int i : new int[]{3, 5, 6, 12, 13}) ps.setNull(i, Types.VARCHAR);
                for (int i = 7; i <= 9; i++) ps.setNull(i, Types.DATE);
                ps.setNull(10, Types.VARCHAR);
                ps.setNull(11, Types.VARCHAR);
                ps.setString(14, f.stage());
                ps.setString(15, f.message());
            } else {
                CodedArticle a = ((ArticleOutcome.Coded) outcome).article();
                CleanArticle clean = a.article();
                PublishedDate p = a.published() == null ? PublishedDate.unknown() : a.published();
                ps.setString(3, clean.url());
                ps.setString(5, clean.language());
                ps.setString(6, clean.title());
                setDate(ps, 7, p.date());
                setDate(ps, 8, p.from());
                setDate(ps, 9, p.to());
                ps.setString(10, p.method() == null ? null : p.method().label());
                ps.setString(11, p.evidence());
                ps.setString(12, clean.text());
                ps.setString(13, removedJson(clean.removed()));
                ps.setNull(14, Types.VARCHAR);
                ps.setNull(15, Types.VARCHAR);
            }
            ps.executeUpdate();
        }
        if (outcome instanceof ArticleOutcome.Coded coded) {
            insertActors(c, outcome.id(), coded.article().actors());
            insertQuotes(c, outcome.id(), coded.article().quotes());
        }
    }

    /** Actors are stored once per article and canonical identity, with how often the article mentions them. */
    private static void insertActors(Connection c, String articleId, List<ActorMention> actors) throws SQLException {
        Map<List<String>, Object[]> distinct = new LinkedHashMap<>();
        for (ActorMention m : actors) {
            List<String> key = java.util.Arrays.asList(m.name(), m.country(), m.sector(), m.code());
            Object[] v = distinct.computeIfAbsent(key, k -> new Object[]{m.kind(), 0});
            // an anaphor ("he") says nothing about what kind of actor it points to
            if (v[0] == ActorKind.ANAPHOR && m.kind() != ActorKind.ANAPHOR) v[0] = m.kind();
            v[1] = (Integer) v[1] + 1;
        }
        if (distinct.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (var e : distinct.entrySet()) {
                ps.setString(1, articleId);
                for (int i = 0; i < 4; i++) ps.setString(2 + i, e.getKey().get(i));
                ActorKind kind = (ActorKind) e.getValue()[0];
                ps.setString(6, kind == null ? null : kind.name().toLowerCase(java.util.Locale.ROOT));
                ps.setInt(7, (Integer) e.getValue()[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertQuotes(Connection c, String articleId, List<Quote> quotes) throws SQLException {
        if (quotes.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Quote q : quotes) {
                ps.setString(1, articleId);
                ps.setInt(2, seq++);
                ps.setString(3, q.text() == null ? "" : q.text());
                ps.setString(4, q.speaker());
                ps.setString(5, q.country());
                ps.setString(6, q.sector());
                ps.setInt(7, q.sentence());
                ps.setInt(8, q.begin());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Deletes the article's own rows (its mentions are the merger's business). */
    static void delete(Connection c, String articleId) throws SQLException {
        for (String sql : List.of("DELETE FROM actors WHERE article_id = ?", "DELETE FROM quotes WHERE article_id = ?",
                "DELETE FROM articles WHERE id = ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, articleId);
                ps.executeUpdate();
            }
        }
    }

    /** The removed lines as the output contract writes them: [{"text": ..., "reason": "boilerplate"}]. */
    static String removedJson(List<RemovedLine> removed) {
        List<Map<String, String>> out = new ArrayList<>(removed.size());
        for (RemovedLine r : removed) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("text", r.text());
            m.put("reason", r.label());
            out.add(m);
        }
        try {
            return Json.mapper().writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write removed lines as JSON", e);
        }
    }

    static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) ps.setNull(i, Types.DATE);
        else ps.setObject(i, d);
    }
}
