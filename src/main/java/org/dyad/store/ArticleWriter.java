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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes and deletes an article's own rows: {@code articles}, {@code actors}, {@code quotes}. */
final class ArticleWriter {
    private ArticleWriter() {
    }

    static void insert(Connection c, ArticleOutcome outcome, String contentHash) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        if (outcome instanceof ArticleOutcome.Failed f) {
            Rows.insert(c, "articles", ARTICLE_COLUMNS, List.<Object[]>of(new Object[]{f.id(), f.source(), null, contentHash, null, null,
                    null, null, null, null, null, null, null, f.stage(), f.message(), now}));
            return;
        }
        CodedArticle a = ((ArticleOutcome.Coded) outcome).article();
        CleanArticle clean = a.article();
        PublishedDate p = a.published() == null ? PublishedDate.unknown() : a.published();
        Rows.insert(c, "articles", ARTICLE_COLUMNS, List.<Object[]>of(new Object[]{outcome.id(), outcome.source(), clean.url(),
                contentHash, clean.language(), clean.title(), p.date(), p.from(), p.to(),
                p.method() == null ? null : p.method().label(), p.evidence(), clean.text(), removedJson(clean.removed()),
                null, null, now}));
        Rows.insert(c, "actors", "article_id, name, country, sector, code, kind, mentions", actorRows(outcome.id(), a.actors()));
        List<Object[]> quotes = new ArrayList<>();
        int seq = 0;
        for (Quote q : a.quotes())
            quotes.add(new Object[]{outcome.id(), seq++, q.text() == null ? "" : q.text(), q.speaker(), q.country(), q.sector(), q.sentence(), q.begin()});
        Rows.insert(c, "quotes", "article_id, seq, text, speaker, country, sector, sentence_index, char_begin", quotes);
    }

    private static final String ARTICLE_COLUMNS = "id, source, url, content_hash, language, title, published_date, published_from, "
            + "published_to, published_method, published_evidence, text, removed_json, error_stage, error, stored_at";

    /** Actors are stored once per article and canonical identity, with how often the article mentions them. */
    private static List<Object[]> actorRows(String articleId, List<ActorMention> actors) {
        Map<List<String>, Object[]> distinct = new LinkedHashMap<>();
        for (ActorMention m : actors) {
            List<String> key = java.util.Arrays.asList(m.name(), m.country(), m.sector(), m.code());
            Object[] v = distinct.computeIfAbsent(key, k -> new Object[]{m.kind(), 0});
            // an anaphor ("he") says nothing about what kind of actor it points to
            if (v[0] == ActorKind.ANAPHOR && m.kind() != ActorKind.ANAPHOR) v[0] = m.kind();
            v[1] = (Integer) v[1] + 1;
        }
        List<Object[]> rows = new ArrayList<>(distinct.size());
        for (var e : distinct.entrySet()) {
            ActorKind kind = (ActorKind) e.getValue()[0];
            List<String> k = e.getKey();
            rows.add(new Object[]{articleId, k.get(0), k.get(1), k.get(2), k.get(3),
                    kind == null ? null : kind.name().toLowerCase(java.util.Locale.ROOT), e.getValue()[1]});
        }
        return rows;
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

}
