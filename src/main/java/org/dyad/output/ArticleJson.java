package org.dyad.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.article.ActorMention;
import org.dyad.article.ArticleOutcome;
import org.dyad.article.CodedArticle;
import org.dyad.article.CodedEvent;
import org.dyad.article.EventActor;
import org.dyad.article.Location;
import org.dyad.article.PublishedDate;
import org.dyad.article.Quote;
import org.dyad.article.RemovedLine;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes one {@link ArticleOutcome} as the JSON object of SCHEMA.md (one line of JSON Lines). */
public final class ArticleJson {

    public String toLine(ArticleOutcome outcome) {
        try {
            return Json.mapper().writeValueAsString(toNode(outcome));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + outcome.id(), e);
        }
    }

    private static final boolean TRACE = "1".equals(System.getenv("DYAD_TRACE"));

    /** The line of an outcome with what reading and coding did to its input (cuts at limits, decoding); none: no field. */
    public String toLine(ArticleOutcome outcome, List<String> warnings) {
        ObjectNode o = toNode(outcome);
        if (!warnings.isEmpty()) {
            ArrayNode w = o.putArray("warnings");
            warnings.forEach(w::add);
        }
        try {
            return Json.mapper().writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + outcome.id(), e);
        }
    }

    public ObjectNode toNode(ArticleOutcome outcome) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("doc_id", outcome.id());
        o.put("source", outcome.source());
        if (outcome instanceof ArticleOutcome.Failed f) {
            o.put("error", f.stage() + ": " + f.message());
            o.putArray("actors");
            o.putArray("quotes");
            o.putArray("events");
            return o;
        }
        CodedArticle a = ((ArticleOutcome.Coded) outcome).article();
        o.put("language", a.article().language());
        if (a.article().title() != null) o.put("title", a.article().title());
        if (a.article().url() != null) o.put("url", a.article().url());
        o.set("published", published(a.published()));
        ArrayNode removed = o.putArray("removed");
        for (RemovedLine r : a.article().removed()) removed.addObject().put("text", r.text()).put("reason", r.label());
        o.put("text", a.article().text());
        if (TRACE) {
            // every mention with its sentence, for diagnosing why an event was or was not coded
            ArrayNode mentions = o.putArray("mentions");
            for (ActorMention m : a.actors())
                mentions.addObject().put("s", m.sentence()).put("text", m.text()).put("code", m.code());
            ArrayNode sentences = o.putArray("sentences");
            for (var s : a.annotated().sentences()) sentences.add(s.text());
        }
        ArrayNode actors = o.putArray("actors");
        for (ActorMention m : distinctActors(a.actors())) {
            actors.addObject().put("name", m.name()).put("country", m.country()).put("sector", m.sector())
                    .put("code", m.code()).put("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : a.quotes()) {
            quotes.addObject().put("text", q.text()).put("speaker", q.speaker()).put("country", q.country()).put("sector", q.sector());
        }
        ArrayNode events = o.putArray("events");
        for (CodedEvent e : a.events()) events.add(event(e));
        return o;
    }

    private static ObjectNode published(PublishedDate p) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("date", iso(p.date()));
        n.put("from", iso(p.from()));
        n.put("to", iso(p.to()));
        n.put("method", p.method() == null ? null : p.method().label());
        if (p.evidence() != null) n.put("evidence", p.evidence());
        return n;
    }

    private static ObjectNode event(CodedEvent e) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("id", e.id());
        n.put("type", e.type() == null ? null : e.type().name());
        n.put("cameo", e.cameo());
        n.put("mode", e.mode());
        ArrayNode ctx = n.putArray("context");
        e.context().forEach(ctx::add);
        n.set("source", actor(e.source()));
        n.set("target", actor(e.target()));
        ObjectNode d = n.putObject("date");
        d.put("from", e.date() == null ? null : iso(e.date().from()));
        d.put("to", e.date() == null ? null : iso(e.date().to()));
        n.put("factuality", e.factuality() == null ? null : e.factuality().label());
        n.put("sentence", e.sentence());
        if (e.location() != null) location(n.putObject("location"), e.location());
        n.put("confidence", Math.round(e.confidence() * 100) / 100.0);
        return n;
    }

    /** name (as written), country, region, lat/lon (null for a country), precision, GeoNames id */
    private static void location(ObjectNode n, Location l) {
        n.put("name", l.name()).put("country", l.country());
        if (l.region() != null) n.put("region", l.region());
        n.put("lat", l.lat()).put("lon", l.lon()).put("precision", l.precision() == null ? null : l.precision().label());
        if (l.geonameId() != null) n.put("geonames_id", l.geonameId());
    }

    private static ObjectNode actor(EventActor a) {
        ObjectNode n = Json.mapper().createObjectNode();
        if (a == null) return n;
        return n.put("text", a.text()).put("country", a.country()).put("sector", a.sector()).put("code", a.code());
    }

    /** One entry per resolved actor: the first mention of each (name, code), anaphors left out. */
    static List<ActorMention> distinctActors(List<ActorMention> mentions) {
        Map<String, ActorMention> seen = new LinkedHashMap<>();
        for (ActorMention m : mentions) {
            if (m.kind() == org.dyad.article.ActorKind.ANAPHOR || m.name() == null) continue;
            seen.putIfAbsent(m.name() + "|" + m.code(), m);
        }
        return List.copyOf(seen.values());
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
