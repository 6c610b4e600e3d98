package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.dyad.article.ArticleOutcome;
import org.dyad.article.Quote;
import org.dyad.output.Json;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.article.Factuality.DENIED;
import static org.dyad.article.Factuality.PLANNED;
import static org.dyad.article.PloverType.*;
import static org.dyad.store.StoreKit.actor;
import static org.dyad.store.StoreKit.article;
import static org.dyad.store.StoreKit.event;

/** The real server on a free port over a real store built from hand-made coded articles, asked over HTTP. */
class WebServerTest {
    @TempDir
    static Path dir;
    private static EventStore store;
    private static WebServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        try (EventStore writer = EventStore.open(dir.resolve("web.duckdb"))) {
            List<ArticleOutcome> articles = List.of(
                    article("lemonde-summit", "https://lemonde.fr/1", "2023-03-10", List.of(
                            event("lemonde-summit-e1", CONSULT, actor("Emmanuel Macron", "FRA", "GOV"), actor("Rishi Sunak", "GBR", "GOV"), "2023-03-10",
                                    "Emmanuel Macron received Rishi Sunak at the Elysee on Friday for a Franco-British summit."),
                            event("lemonde-summit-e2", AGREE, actor("France", "FRA", null), actor("Britain", "GBR", null), "2023-03-10",
                                    "France and Britain signed an agreement on migrant crossings in the Channel.")),
                            List.of(new Quote("We are opening a new chapter", "Emmanuel Macron", "FRA", "GOV", 0, 3))),
                    article("times-summit", "https://thetimes.co.uk/2", "2023-03-11", List.of(
                            event("times-summit-e1", CONSULT, actor("Rishi Sunak", "GBR", "GOV"), actor("Emmanuel Macron", "FRA", "GOV"), "2023-03-10",
                                    "Rishi Sunak met Emmanuel Macron at the Elysee in Paris on Friday for the summit.")),
                            List.of(new Quote("This is a new beginning", "Rishi Sunak", "GBR", "GOV", 0, 9))),
                    article("fishing", "2023-05-03",
                            event("fishing-e1", ACCUSE, actor("France", "FRA", null), actor("Britain", "GBR", null), "2023-05-02",
                                    "France accused Britain of breaking the fishing deal on Tuesday."),
                            event("fishing-e2", THREATEN, actor("France", "FRA", "GOV"), actor("Britain", "GBR", "GOV"), "2023-05-04", "2023-05-04", PLANNED,
                                    "France will cut electricity to Jersey on Thursday unless licences are granted.", 0.6),
                            event("fishing-e3", COERCE, actor("Britain", "GBR", "MIL"), actor("France", "FRA", null), "2023-05-02", "2023-05-02", DENIED,
                                    "Britain denied that its navy had blockaded French boats.", 0.5)),
                    article("strikes", "https://example.net/kyiv", "2023-05-10", List.of(
                            event("strikes-e1", ASSAULT, actor("Russia", "RUS", "MIL"), actor("Ukraine", "UKR", null), "2023-05-09",
                                    "Russia fired missiles at Kyiv overnight.")),
                            List.of(new Quote("The sky was on fire", "Vitali Klitschko", "UKR", "GOV", 0, 1))));
            int n = 0;
            for (ArticleOutcome a : articles) writer.save(a, "hash" + n++);
        }
        store = EventStore.openReadOnly(dir.resolve("web.duckdb"));
        server = WebServer.start(store, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return Json.mapper().readTree(r.body());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).isNull() ? null : n.path(field).asText()));
        return out;
    }

    @Test
    void servesTheIndexPageWithItsScriptAndStyle() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<script src=\"/app.js\"></script>").contains("/style.css").doesNotContain("http://cdn", "https://");
        HttpResponse<String> script = get("/app.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("/api/", "drawChart");
        assertThat(get("/style.css").statusCode()).isEqualTo(200);
    }

    @Test
    void summaryCountsTheWholeStore() throws Exception {
        JsonNode s = json("/api/summary");
        assertThat(s.get("articles").asLong()).isEqualTo(4);
        // the two summit reports are one event: 6 events from 7 mentions
        assertThat(s.get("events").asLong()).isEqualTo(6);
        assertThat(s.get("mentions").asLong()).isEqualTo(7);
        assertThat(s.get("quotes").asLong()).isEqualTo(3);
        assertThat(s.get("firstEvent").asText()).isEqualTo("2023-03-10");
        assertThat(s.get("lastEvent").asText()).isEqualTo("2023-05-09");
    }

    @Test
    void listsTheDyadsPresentMostEventsFirst() throws Exception {
        JsonNode d = json("/api/dyads");
        assertThat(texts(d, "dyad")).containsExactly("FRA-GBR", "RUS-UKR");
        assertThat(d.get(0).get("events").asInt()).isEqualTo(5);
        assertThat(d.get(0).get("a").asText()).isEqualTo("FRA");
    }

    @Test
    void timelineCountsTypesPerPeriodAndScoresThem() throws Exception {
        JsonNode t = json("/api/timeline?a=gbr&b=FRA&by=month");
        JsonNode rows = t.get("rows");
        assertThat(texts(rows, "period")).containsExactly("2023-03", "2023-04", "2023-05");
        assertThat(rows.get(0).get("counts").get("CONSULT").asInt()).as("two reports, one meeting").isEqualTo(1);
        assertThat(rows.get(0).get("counts").get("AGREE").asInt()).isEqualTo(1);
        assertThat(rows.get(0).get("score").asDouble()).isEqualTo(5.0);
        assertThat(rows.get(1).get("events").asInt()).isZero();
        // accusation -2, planned threat -6 x 0.5, denied coercion 0
        assertThat(rows.get(2).get("score").asDouble()).isEqualTo(-5.0);
        assertThat(rows.get(2).get("counts").get("ASSAULT").asInt()).isZero();
        assertThat(t.get("events").asInt()).isEqualTo(5);

        JsonNode weeks = json("/api/timeline?a=GBR&b=FRA&by=week&from=2023-05-01&to=2023-05-31");
        assertThat(texts(weeks.get("rows"), "period")).containsExactly("2023-W18");
        assertThat(weeks.get("rows").get(0).get("events").asInt()).isEqualTo(3);
    }

    @Test
    void eventsOfADyadCarryEvidenceArticleAndEveryReport() throws Exception {
        JsonNode body = json("/api/events?a=FRA&b=GBR");
        assertThat(body.get("total").asInt()).isEqualTo(5);
        JsonNode events = body.get("events");
        assertThat(texts(events, "type")).containsExactly("THREATEN", "COERCE", "ACCUSE", "AGREE", "CONSULT"); // newest first, later id first on a day
        JsonNode meeting = events.get(4);
        assertThat(meeting.get("mentions").asInt()).isEqualTo(2);
        assertThat(meeting.get("date").asText()).isEqualTo("2023-03-10");
        assertThat(meeting.get("source_country").asText()).isIn("GBR", "FRA");
        assertThat(meeting.get("article_url").asText()).isIn("https://example.org/lemonde-summit", "https://example.org/times-summit");
        assertThat(meeting.get("evidence").asText()).contains("Elysee");

        JsonNode mentions = json("/api/events/" + meeting.get("id").asLong() + "/mentions");
        assertThat(texts(mentions, "article_id")).containsExactly("lemonde-summit", "times-summit");
        assertThat(texts(mentions, "evidence")).allSatisfy(e -> assertThat(e).contains("Elysee"));

        JsonNode planned = json("/api/events?a=GBR&b=FRA&factuality=planned&type=threaten").get("events");
        assertThat(texts(planned, "evidence")).containsExactly("France will cut electricity to Jersey on Thursday unless licences are granted.");
        assertThat(planned.get(0).get("score").asDouble()).isEqualTo(-3.0);
        assertThat(json("/api/events?a=GBR&b=FRA&from=2023-05-03&to=2023-05-31").get("total").asInt()).isEqualTo(1);
        assertThat(json("/api/events?a=GBR&b=FRA&limit=2").get("events")).hasSize(2);
    }

    @Test
    void quotesComeFromSpeakersOfEitherCountry() throws Exception {
        JsonNode q = json("/api/quotes?a=GBR&b=FRA").get("quotes");
        assertThat(texts(q, "speaker")).containsExactly("Rishi Sunak", "Emmanuel Macron");
        assertThat(texts(q, "article_title")).containsExactly("Headline of times-summit", "Headline of lemonde-summit");
        assertThat(json("/api/quotes?a=UKR&b=RUS").get("quotes")).hasSize(1);
        assertThat(json("/api/quotes?a=UKR&b=GBR").get("quotes")).as("no article reports UKR-GBR").isEmpty();
        assertThat(json("/api/quotes?a=UKR&b=GBR&scope=all").get("quotes")).hasSize(2);
    }

    @Test
    void badParametersAreA400WithAJsonError() throws Exception {
        for (String path : List.of("/api/timeline?a=GBR&b=FRA&from=2023-02-30", "/api/timeline?a=GBR&b=FRA&by=decade",
                "/api/timeline?a=GBR", "/api/events?a=GBR&b=FRA&from=2023-06-01&to=2023-05-01", "/api/events?type=HUG",
                "/api/events?limit=0", "/api/events?a=G%27B", "/api/quotes?a=GBR&b=FRA&scope=some", "/api/events/abc/mentions")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            JsonNode err = Json.mapper().readTree(r.body());
            assertThat(err.get("error").asText()).as(path).isNotBlank().doesNotContain("Exception", "\tat ");
        }
        assertThat(Json.mapper().readTree(get("/api/timeline?a=GBR&b=FRA&from=2023-02-30").body()).get("error").asText())
                .contains("from", "2023-02-30");
        HttpResponse<String> unknown = get("/api/events/424242/mentions");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Json.mapper().readTree(unknown.body()).get("error").asText()).contains("424242");
        assertThat(get("/api/nothing").statusCode()).isEqualTo(404);
    }
}
