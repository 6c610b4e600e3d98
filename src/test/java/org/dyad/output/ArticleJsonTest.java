package org.dyad.output;

import com.fasterxml.jackson.databind.JsonNode;
import org.dyad.article.*;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleJsonTest {
    private final ArticleJson json = new ArticleJson();

    @Test
    void failedArticleHasErrorAndEmptyLists() throws Exception {
        JsonNode n = Json.mapper().readTree(json.toLine(new ArticleOutcome.Failed("x", "x.txt", "clean", "no text")));
        assertThat(n.get("doc_id").asText()).isEqualTo("x");
        assertThat(n.get("error").asText()).isEqualTo("clean: no text");
        assertThat(n.get("events").size()).isZero();
    }

    @Test
    void codedArticleFollowsTheOutputContract() throws Exception {
        CleanArticle c = new CleanArticle("000", "000.txt", null, "en", "Summit", null, null, null,
                "Mr Sunak will meet Mr Macron on Friday.", List.of(new RemovedLine("Cookies.", RemovalReason.LANGUAGE, "uk")));
        var sunak = new ActorMention("Rishi Sunak", "Mr Sunak", "GBR", "GOV", "GBRGOV", 0, 0, 2, ActorKind.PERSON);
        var he = new ActorMention("Rishi Sunak", "he", "GBR", "GOV", "GBRGOV", 1, 0, 1, ActorKind.ANAPHOR);
        var macron = new ActorMention("Emmanuel Macron", "Mr Macron", "FRA", "GOV", "FRAGOV", 0, 4, 6, ActorKind.PERSON);
        var day = LocalDate.of(2023, 3, 10);
        var e = new CodedEvent("000-e1", PloverType.CONSULT, "040", null, List.of(), EventActor.of(sunak), EventActor.of(macron),
                DateRange.day(day), Factuality.PLANNED, c.text(), 0, 3, null, 0.8);
        var pub = new PublishedDate(LocalDate.of(2023, 3, 9), LocalDate.of(2023, 3, 8), day, DateMethod.INFERRED, "weekday");
        var coded = new CodedArticle(new AnnotatedArticle(c, List.of()), pub, List.of(sunak, he, macron), List.of(e),
                List.of(new Quote("Our deep history", "Rishi Sunak", "GBR", "GOV", 0, 10)));

        JsonNode n = Json.mapper().readTree(json.toLine(new ArticleOutcome.Coded(coded)));

        assertThat(n.get("published").get("method").asText()).isEqualTo("inferred");
        assertThat(n.get("published").get("to").asText()).isEqualTo("2023-03-10");
        assertThat(n.get("removed").get(0).get("reason").asText()).isEqualTo("language:uk");
        assertThat(n.get("actors")).hasSize(2);
        JsonNode ev = n.get("events").get(0);
        assertThat(ev.get("type").asText()).isEqualTo("CONSULT");
        assertThat(ev.get("source").get("country").asText()).isEqualTo("GBR");
        assertThat(ev.get("target").get("code").asText()).isEqualTo("FRAGOV");
        assertThat(ev.get("date").get("from").asText()).isEqualTo("2023-03-10");
        assertThat(ev.get("factuality").asText()).isEqualTo("planned");
        assertThat(n.get("quotes").get(0).get("speaker").asText()).isEqualTo("Rishi Sunak");
    }
}
