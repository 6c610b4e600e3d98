package org.dyad.clean;

import com.fasterxml.jackson.databind.JsonNode;
import org.dyad.article.CleanArticle;
import org.dyad.article.RawArticle;
import org.dyad.article.RemovalReason;
import org.dyad.article.RemovedLine;
import org.dyad.output.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real news prose the cleaner has never seen (Voice of America stories from the shared data folder),
 * laid out one sentence per line to stress the short-line rules: no sentence may be dropped except
 * a reporter credit ("X contributed to this report").
 */
class VoaProseSurvivesCleaningTest {

    @Test
    void dropsNoSentenceOfRealStoriesExceptReporterCredits() throws IOException {
        String data = System.getProperty("dyad.data");
        Path voa = data == null ? null : Path.of(data, "voa", "voa_stories.jsonl");
        Assumptions.assumeTrue(voa != null && Files.exists(voa), "VOA stories not available");
        List<RemovedLine> removed = new ArrayList<>();
        int stories = 0;
        for (String json : Files.readAllLines(voa)) {
            JsonNode story = Json.mapper().readTree(json);
            String oneSentencePerLine = story.path("title").asText() + "\n"
                    + String.join("\n", story.path("text").asText().split("(?<=[a-z0-9][.!?][\"”]?) (?=[A-Z\"“])"));
            CleanArticle clean = SharedCleaner.get().clean(new RawArticle(story.path("id").asText(), "voa",
                    oneSentencePerLine, false, null, null, null));
            assertThat(clean.language()).isEqualTo("en");
            removed.addAll(clean.removed());
            stories++;
        }
        assertThat(stories).isGreaterThan(50);
        assertThat(removed).allSatisfy(r -> {
            assertThat(r.reason()).isEqualTo(RemovalReason.FOOTER);
            assertThat(r.text()).containsPattern("contributed|contributing");
        });
    }
}
