package org.dyad.store;

import org.dyad.article.ActorMention;
import org.dyad.article.CodedArticle;
import org.dyad.article.CodedEvent;
import org.dyad.article.EventActor;
import org.dyad.article.Factuality;
import org.dyad.article.PloverType;
import org.dyad.article.PublishedDate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Files an article's event mentions under de-duplicated events: each mention joins the best
 * matching stored event ({@link EventMatcher}) or starts a new one, and every touched event's row is
 * recomputed from its mentions ({@link EventSummary}). Runs inside the caller's transaction.
 */
final class EventMerger {
    private static final String MENTION_COLUMNS = "event_id, article_id, mention_id, type, cameo, mode, context, "
            + "source_name, source_text, source_country, source_sector, source_code, "
            + "target_name, target_text, target_country, target_sector, target_code, "
            + "date_from, date_to, factuality, sentence, sentence_index, location_name, location_country, confidence, published";

    /** A stored (or just created) event and its mentions, held while one article is filed. */
    private record Candidate(long id, String dyad, List<Mention> mentions, boolean isNew) {
        PloverType type() {
            return EventSummary.of(mentions).type();
        }
    }

    private EventMerger() {
    }

    /** What {@link #file} did: mentions that created events, and mentions that joined existing ones. */
    record Filed(int newEvents, int merged) {
    }

    static Filed file(Connection c, String articleId, List<Mention> mentions) throws SQLException {
        if (mentions.isEmpty()) return new Filed(0, 0);
        Map<Long, Candidate> candidates = loadCandidates(c, mentions);
        Set<Long> touched = new LinkedHashSet<>();
        List<Mention> filed = new ArrayList<>(mentions.size());
        int created = 0, merged = 0;
        for (Mention m : mentions) {
            String dyad = EventMatcher.dyad(m.source().country(), m.target().country());
            List<Candidate> matching = new ArrayList<>();
            Candidate best = null;
            double bestScore = 0;
            for (Candidate cand : candidates.values()) {
                if (!cand.dyad().equals(dyad)) continue;
                double s = EventMatcher.score(m, cand.type(), cand.mentions());
                if (s <= 0) continue;
                matching.add(cand);
                if (s > bestScore) {
                    bestScore = s;
                    best = cand;
                }
            }
            if (best == null) {
                best = new Candidate(nextEventId(c), dyad, new ArrayList<>(), true);
                candidates.put(best.id(), best);
                created++;
            } else if (!best.isNew() || best.mentions().stream().anyMatch(x -> !x.articleId().equals(articleId))) {
                merged++;
            }
            // a mention matching two stored events shows they were one event all along
            for (Candidate other : matching) {
                if (other == best || !EventMatcher.canCombine(best.type(), best.mentions(), other.type(), other.mentions())) continue;
                combine(c, best, other, filed);
                if (other.isNew()) created--;
                candidates.remove(other.id());
                touched.remove(other.id());
            }
            Mention inEvent = m.inEvent(best.id());
            best.mentions().add(inEvent);
            filed.add(inEvent);
            touched.add(best.id());
        }
        insertMentions(c, filed);
        for (long id : touched) writeEvent(c, candidates.get(id));
        return new Filed(created, merged);
    }

    /** Moves {@code other}'s mentions into {@code into} and deletes {@code other}'s row (if it was stored). */
    private static void combine(Connection c, Candidate into, Candidate other, List<Mention> filedThisArticle) throws SQLException {
        for (Mention x : other.mentions()) into.mentions().add(x.inEvent(into.id()));
        filedThisArticle.replaceAll(x -> x.eventId() == other.id() ? x.inEvent(into.id()) : x);
        if (other.isNew()) return;
        try (PreparedStatement ps = c.prepareStatement("UPDATE event_mentions SET event_id = ? WHERE event_id = ?")) {
            ps.setLong(1, into.id());
            ps.setLong(2, other.id());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM events WHERE id = ?")) {
            ps.setLong(1, other.id());
            ps.executeUpdate();
        }
    }

    /** Re-summarises events that lost mentions (their article was replaced); deletes events left with none. */
    static void refresh(Connection c, Set<Long> eventIds) throws SQLException {
        for (long id : eventIds) {
            List<Mention> ms = loadMentions(c, "event_id = ?", List.of(id));
            if (ms.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM events WHERE id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            } else {
                writeEvent(c, new Candidate(id, null, ms, false));
            }
        }
    }

    /** Removes an article's mentions and returns the events they belonged to. */
    static Set<Long> removeMentions(Connection c, String articleId) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM event_mentions WHERE article_id = ?")) {
            ps.setString(1, articleId);
            ps.executeUpdate();
        }
        return ids;
    }

    /**
     * Stored events that could match any of the mentions: same unordered dyad, window overlapping
     * the mentions' date hull. One query per article, whatever its number of events.
     */
    private static Map<Long, Candidate> loadCandidates(Connection c, List<Mention> mentions) throws SQLException {
        Set<String> dyads = new LinkedHashSet<>();
        LocalDate from = null, to = null;
        for (Mention m : mentions) {
            if (!m.dated() || (m.source().country() == null && m.target().country() == null)) continue;
            dyads.add(EventMatcher.dyad(m.source().country(), m.target().country()));
            from = from == null || m.dateFrom().isBefore(from) ? m.dateFrom() : from;
            to = to == null || m.dateTo().isAfter(to) ? m.dateTo() : to;
        }
        Map<Long, Candidate> out = new LinkedHashMap<>();
        if (dyads.isEmpty()) return out;
        List<Object> params = new ArrayList<>(dyads);
        params.add(to);
        params.add(from);
        String where = "event_id IN (SELECT id FROM events WHERE dyad IN (" + String.join(", ", java.util.Collections.nCopies(dyads.size(), "?"))
                + ") AND date_from <= ? AND date_to >= ?)";
        for (Mention m : loadMentions(c, where, params)) {
            out.computeIfAbsent(m.eventId(), id -> new Candidate(id,
                    EventMatcher.dyad(m.source().country(), m.target().country()), new ArrayList<>(), false)).mentions().add(m);
        }
        return out;
    }

    private static long nextEventId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT nextval('event_ids')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void insertMentions(Connection c, List<Mention> mentions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_mentions (" + MENTION_COLUMNS + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(26, "?")) + ")")) {
            for (Mention m : mentions) {
                int i = 1;
                ps.setLong(i++, m.eventId());
                ps.setString(i++, m.articleId());
                ps.setString(i++, m.mentionId());
                ps.setString(i++, m.type().name());
                ps.setString(i++, m.cameo());
                ps.setString(i++, m.mode());
                ps.setString(i++, context(m.context()));
                i = setParty(ps, i, m.source());
                i = setParty(ps, i, m.target());
                ArticleWriter.setDate(ps, i++, m.dateFrom());
                ArticleWriter.setDate(ps, i++, m.dateTo());
                ps.setString(i++, m.factuality() == null ? null : m.factuality().label());
                ps.setString(i++, m.sentence());
                ps.setInt(i++, m.sentenceIndex());
                ps.setString(i++, m.locationName());
                ps.setString(i++, m.locationCountry());
                ps.setDouble(i++, m.confidence());
                ArticleWriter.setDate(ps, i, m.published());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeEvent(Connection c, Candidate cand) throws SQLException {
        EventSummary s = EventSummary.of(cand.mentions());
        Mention r = s.representative();
        String cols = "type = ?, cameo = ?, mode = ?, context = ?, "
                + "source_name = ?, source_text = ?, source_country = ?, source_sector = ?, source_code = ?, "
                + "target_name = ?, target_text = ?, target_country = ?, target_sector = ?, target_code = ?, "
                + "dyad = ?, event_date = ?, date_from = ?, date_to = ?, factuality = ?, sentence = ?, "
                + "location_name = ?, location_country = ?, confidence = ?, mention_count = ?, article_count = ?, first_published = ?";
        String sql = cand.isNew()
                ? "INSERT INTO events (" + cols.replace(" = ?", "") + ", id) VALUES (" + String.join(", ", java.util.Collections.nCopies(27, "?")) + ")"
                : "UPDATE events SET " + cols + " WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, s.type().name());
            ps.setString(i++, r.cameo());
            ps.setString(i++, r.mode());
            ps.setString(i++, context(r.context()));
            i = setParty(ps, i, r.source());
            i = setParty(ps, i, r.target());
            ps.setString(i++, EventMatcher.dyad(r.source().country(), r.target().country()));
            ArticleWriter.setDate(ps, i++, s.dateFrom());
            ArticleWriter.setDate(ps, i++, s.dateFrom());
            ArticleWriter.setDate(ps, i++, s.dateTo());
            ps.setString(i++, s.factuality() == null ? null : s.factuality().label());
            ps.setString(i++, r.sentence());
            ps.setString(i++, s.locationName());
            ps.setString(i++, s.locationCountry());
            ps.setDouble(i++, s.confidence());
            ps.setInt(i++, s.mentionCount());
            ps.setInt(i++, s.articleCount());
            ArticleWriter.setDate(ps, i++, s.firstPublished());
            ps.setLong(i, cand.id());
            ps.executeUpdate();
        }
    }

    private static int setParty(PreparedStatement ps, int i, Mention.Party p) throws SQLException {
        ps.setString(i++, p.name());
        ps.setString(i++, p.text());
        ps.setString(i++, p.country());
        ps.setString(i++, p.sector());
        ps.setString(i++, p.code());
        return i;
    }

    static List<Mention> loadMentions(Connection c, String where, List<Object> params) throws SQLException {
        List<Mention> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + MENTION_COLUMNS + " FROM event_mentions WHERE " + where
                + " ORDER BY event_id, article_id, mention_id")) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof LocalDate d) ArticleWriter.setDate(ps, i + 1, d);
                else ps.setObject(i + 1, p);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(readMention(rs));
            }
        }
        return out;
    }

    private static Mention readMention(ResultSet rs) throws SQLException {
        String fact = rs.getString(20);
        return new Mention(rs.getLong(1), rs.getString(2), rs.getString(3), PloverType.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), contextList(rs.getString(7)),
                new Mention.Party(rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)),
                new Mention.Party(rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17)),
                date(rs, 18), date(rs, 19), fact == null ? null : Factuality.valueOf(fact.toUpperCase(Locale.ROOT)),
                rs.getString(21), rs.getInt(22), rs.getString(23), rs.getString(24), rs.getDouble(25), date(rs, 26));
    }

    static LocalDate date(ResultSet rs, int i) throws SQLException {
        return rs.getObject(i, LocalDate.class);
    }

    /** PLOVER contexts are single words, so ";" joins them safely (POLECAT's Contexts column does the same). */
    static String context(List<String> context) {
        return context.isEmpty() ? null : String.join(";", context);
    }

    static List<String> contextList(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(";"));
    }

    /** The article's coded events as mentions, with canonical actor names looked up in its actor mentions. */
    static List<Mention> mentionsOf(CodedArticle a) {
        PublishedDate p = a.published();
        LocalDate published = p == null ? null : p.date() != null ? p.date() : p.from();
        List<Mention> out = new ArrayList<>(a.events().size());
        for (CodedEvent e : a.events()) {
            if (e.type() == null) continue;
            LocalDate from = e.date() == null ? null : e.date().from(), to = e.date() == null ? null : e.date().to();
            out.add(new Mention(0, a.article().id(), e.id(), e.type(), e.cameo(), e.mode(), e.context(),
                    party(e.source(), e.sentenceIndex(), a.actors()), party(e.target(), e.sentenceIndex(), a.actors()),
                    from, to, e.factuality(), e.sentence(), e.sentenceIndex(),
                    e.location() == null ? null : e.location().name(), e.location() == null ? null : e.location().country(),
                    e.confidence(), published));
        }
        return out;
    }

    /** The canonical name is that of the actor mention with the same words, in the event's sentence first. */
    private static Mention.Party party(EventActor ea, int sentence, List<ActorMention> actors) {
        if (ea == null) return Mention.Party.NONE;
        String name = null;
        for (int pass = 0; pass < 2 && name == null; pass++) {
            for (ActorMention m : actors) {
                if ((pass == 1 || m.sentence() == sentence) && ea.text() != null && ea.text().equals(m.text())
                        && java.util.Objects.equals(ea.country(), m.country())) {
                    name = m.name();
                    break;
                }
            }
        }
        return new Mention.Party(name != null ? name : ea.text(), ea.text(), ea.country(), ea.sector(), ea.code());
    }
}
