package org.dyad.store;

import org.dyad.article.Factuality;
import org.dyad.article.PloverType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
            + "date_from, date_to, factuality, sentence, sentence_index, location_name, location_country, location_region, location_lat, location_lon, location_precision, location_geonames_id, confidence, published";

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
        IdSource ids = new IdSource(c, mentions.size());
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
                best = new Candidate(ids.next(), dyad, new ArrayList<>(), true);
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
        List<Candidate> write = new ArrayList<>();
        for (long id : touched) write.add(candidates.get(id));
        writeEvents(c, write);
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
                writeEvents(c, List.of(new Candidate(id, null, ms, false)));
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
     * the mentions' date hull. Two queries per article, whatever its number of events: the events
     * (a filtered scan of one table), then the mentions of those few events.
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
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM events WHERE dyad IN ("
                + String.join(", ", java.util.Collections.nCopies(dyads.size(), "?")) + ") AND date_from <= ? AND date_to >= ?")) {
            Rows.bindAll(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        if (ids.isEmpty()) return out;
        StringBuilder in = new StringBuilder();
        for (long id : ids) in.append(in.length() == 0 ? "" : ", ").append(id);
        for (Mention m : loadMentions(c, "event_id IN (" + in + ")", List.of())) {
            out.computeIfAbsent(m.eventId(), id -> new Candidate(id,
                    EventMatcher.dyad(m.source().country(), m.target().country()), new ArrayList<>(), false)).mentions().add(m);
        }
        return out;
    }

    /** Hands out event ids, fetching as many as the article may need in one query. */
    private static final class IdSource {
        private final Connection c;
        private final int want;
        private final java.util.ArrayDeque<Long> ids = new java.util.ArrayDeque<>();

        IdSource(Connection c, int want) {
            this.c = c;
            this.want = Math.max(1, want);
        }

        long next() throws SQLException {
            if (ids.isEmpty()) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT nextval('event_ids') FROM range(" + want + ")")) {
                    while (rs.next()) ids.add(rs.getLong(1));
                }
            }
            return ids.poll();
        }
    }

    private static void insertMentions(Connection c, List<Mention> mentions) throws SQLException {
        List<Object[]> rows = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            rows.add(new Object[]{m.eventId(), m.articleId(), m.mentionId(), m.type().name(), m.cameo(), m.mode(), context(m.context()),
                    m.source().name(), m.source().text(), m.source().country(), m.source().sector(), m.source().code(),
                    m.target().name(), m.target().text(), m.target().country(), m.target().sector(), m.target().code(),
                    m.dateFrom(), m.dateTo(), m.factuality() == null ? null : m.factuality().label(), m.sentence(),
                    m.sentenceIndex(), m.location().name(), m.location().country(), m.location().region(), m.location().lat(),
                    m.location().lon(), m.location().precision(), m.location().geonameId(), m.confidence(), m.published()});
        }
        Rows.insert(c, "event_mentions", MENTION_COLUMNS, rows);
    }

    private static final String EVENT_COLUMNS = "id, type, cameo, mode, context, "
            + "source_name, source_text, source_country, source_sector, source_code, "
            + "target_name, target_text, target_country, target_sector, target_code, "
            + "dyad, event_date, date_from, date_to, factuality, sentence, "
            + "location_name, location_country, location_region, location_lat, location_lon, location_precision, location_geonames_id, confidence, mention_count, article_count, first_published";

    /** Inserts the new events in one statement and updates the stored ones that gained or lost mentions. */
    private static void writeEvents(Connection c, List<Candidate> events) throws SQLException {
        List<Object[]> fresh = new ArrayList<>();
        for (Candidate cand : events) {
            Object[] row = eventRow(cand);
            if (cand.isNew()) {
                fresh.add(row);
                continue;
            }
            String set = EVENT_COLUMNS.substring(EVENT_COLUMNS.indexOf(',') + 1).replace(",", " = ?,") + " = ?";
            try (PreparedStatement ps = c.prepareStatement("UPDATE events SET " + set + " WHERE id = ?")) {
                for (int i = 1; i < row.length; i++) Rows.bind(ps, i, row[i]);
                ps.setLong(row.length, cand.id());
                ps.executeUpdate();
            }
        }
        Rows.insert(c, "events", EVENT_COLUMNS, fresh);
    }

    private static Object[] eventRow(Candidate cand) {
        EventSummary s = EventSummary.of(cand.mentions());
        Mention r = s.representative();
        return new Object[]{cand.id(), s.type().name(), r.cameo(), r.mode(), context(r.context()),
                r.source().name(), r.source().text(), r.source().country(), r.source().sector(), r.source().code(),
                r.target().name(), r.target().text(), r.target().country(), r.target().sector(), r.target().code(),
                EventMatcher.dyad(r.source().country(), r.target().country()), s.eventDate(), s.dateFrom(), s.dateTo(),
                s.factuality() == null ? null : s.factuality().label(), r.sentence(), s.location().name(), s.location().country(),
                s.location().region(), s.location().lat(), s.location().lon(), s.location().precision(), s.location().geonameId(),
                s.confidence(), s.mentionCount(), s.articleCount(), s.firstPublished()};
    }

    static List<Mention> loadMentions(Connection c, String where, List<Object> params) throws SQLException {
        List<Mention> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + MENTION_COLUMNS + " FROM event_mentions WHERE " + where
                + " ORDER BY event_id, article_id, mention_id")) {
            Rows.bindAll(ps, params);
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
                rs.getString(21), rs.getInt(22),
                new Mention.Place(rs.getString(23), rs.getString(24), rs.getString(25), doubleOrNull(rs, 26), doubleOrNull(rs, 27),
                        rs.getString(28), rs.getString(29)),
                rs.getDouble(30), date(rs, 31));
    }

    private static Double doubleOrNull(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
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
}
