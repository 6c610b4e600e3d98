package org.dyad.clean;

import org.dyad.article.ArticleException;
import org.dyad.article.CleanArticle;
import org.dyad.article.RawArticle;
import org.dyad.article.RemovalReason;
import org.dyad.article.RemovedLine;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleCleanerTest {

    private static final String BODY = String.join("\n",
            "Finland and Sweden sign border security pact",
            "Finland and Sweden signed an agreement on Tuesday to share border surveillance data and to hold joint exercises in Lapland.",
            "The defence ministers said the pact would strengthen the alliance's northern flank.");

    private static CleanArticle cleanText(String text) {
        return SharedCleaner.get().clean(new RawArticle("t1", "t1.txt", text, false, null, null, null));
    }

    @Test
    void throwsArticleExceptionWhenOnlyDebrisIsLeft() {
        assertThatThrownBy(() -> cleanText("Share\nAdvertisement\nYou may also like\nWe use cookies on this site."))
                .isInstanceOf(ArticleException.class)
                .hasMessageContaining("no article text left after cleaning (4 lines removed)")
                .extracting(e -> ((ArticleException) e).stage()).isEqualTo("clean");
    }

    @Test
    void keepsProseThatStartsLikeDebris() {
        List<String> prose = List.of(
                "By Friday, the troops had withdrawn from the two villages near the border.",
                "Ukraine hopes to become a member of NATO within the next decade, its foreign minister said.",
                "The EU agreed to unlock all frozen funds for Hungary once the reforms are in place.",
                "Subscribers to the state broadcaster's service complained about the new rules on Monday.",
                "Breaking with tradition, the president addressed parliament in English.",
                "Share prices in Moscow fell sharply after the announcement of new sanctions.",
                "Source documents seen by reporters showed the deal had been agreed in March.",
                "Research by the Kiel Institute shows that Germany is the second-largest donor.",
                "Reporting by the BBC has revealed that the minister knew of the payments.",
                "Russia's invasion contributed to the report's bleak forecast for growth.",
                "Oreo cookie maker Mondelez said it would keep selling in Russia, the company told us.");
        CleanArticle clean = cleanText(BODY + "\n" + String.join("\n", prose));
        assertThat(clean.text().lines()).containsAll(prose);
        assertThat(clean.removed()).isEmpty();
    }

    @Test
    void keepsEnglishLineMadeOfForeignNames() {
        String names = "Jean-Noël Barrot, Sébastien Lecornu, Radosław Sikorski and Annalena Baerbock";
        CleanArticle clean = cleanText(BODY + "\nThe meeting was attended by:\n" + names
                + "\nThe ministers will meet again in Warsaw in June, the statement said.");
        assertThat(clean.text().lines()).contains(names);
    }

    @Test
    void dropsGermanParagraphInEnglishArticleWithLanguageLabel() {
        String german = "Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen, die auch den Energiesektor betreffen.";
        CleanArticle clean = cleanText(BODY + "\n" + german + "\nThe ministers will meet again in June.");
        assertThat(clean.text()).doesNotContain("Bundesregierung");
        assertThat(clean.removed()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RemovalReason.LANGUAGE);
            assertThat(r.label()).isEqualTo("language:de");
        });
        assertThat(clean.language()).isEqualTo("en");
    }

    @Test
    void relatedHeadlineRunStopsWhenProseResumes() {
        CleanArticle clean = cleanText(BODY + "\nRelated Articles\nMarkets rally as oil prices fall\nStorm warning for the weekend\n"
                + "Officials in Helsinki said the exercises would start in September and last two weeks.");
        assertThat(clean.removed()).extracting(RemovedLine::reason).containsOnly(RemovalReason.RELATED_HEADLINES).hasSize(3);
        assertThat(clean.text()).endsWith("would start in September and last two weeks.");
    }

    @Test
    void endsRelatedRunAtShortSentence() {
        CleanArticle clean = cleanText(BODY + "\nYou may also like\nMarkets rally as oil prices fall\nHe denied the charges.\n"
                + "Officials in Helsinki said the exercises would start in September.");
        assertThat(clean.text().lines()).contains("He denied the charges.");
        assertThat(clean.removed()).extracting(RemovedLine::text).containsExactly("You may also like", "Markets rally as oil prices fall");
    }

    @Test
    void keepsLastSentenceThatLostItsFullStop() {
        String truncated = "the minister said the two countries would hold further talks on the border in the spring";
        CleanArticle clean = cleanText(BODY + "\n" + truncated + "\nTrending\nYesterday");
        assertThat(clean.text()).endsWith(truncated);
    }

    @Test
    void dropsFlattenedMenusAndBreadcrumbs() {
        CleanArticle clean = cleanText("Home News Sport Business Culture Travel Video Live\nHome › World › Europe\n" + BODY);
        assertThat(clean.removed()).extracting(RemovedLine::reason)
                .containsExactly(RemovalReason.NAVIGATION, RemovalReason.NAVIGATION);
        assertThat(clean.title()).isEqualTo("Finland and Sweden sign border security pact");
    }

    @Test
    void takesHeadlineFromBelowOneWordSectionLabel() {
        assertThat(cleanText("Europe\nAnalysis\n" + BODY).title()).isEqualTo("Finland and Sweden sign border security pact");
    }

    @Test
    void collapsesJunkRunsButOtherwiseKeepsLineTextUnchanged() {
        CleanArticle clean = cleanText("  Finland and Sweden signed an   agreement on Tuesday ~~~~~~ to share data.  \n" + BODY);
        assertThat(clean.text().lines().findFirst()).hasValue("Finland and Sweden signed an agreement on Tuesday to share data.");
    }

    @Test
    void takesTitleFromInputAndHeadlineFromFirstLineOtherwise() {
        CleanArticle given = SharedCleaner.get().clean(new RawArticle("t2", "t2", BODY, false, null, null, "Given title"));
        assertThat(given.title()).isEqualTo("Given title");
        assertThat(cleanText(BODY).title()).isEqualTo("Finland and Sweden sign border security pact");
        assertThat(cleanText(BODY.lines().skip(1).reduce((a, b) -> a + "\n" + b).orElseThrow()).title()).isNull();
    }

    @Test
    void givenPublicationDateWinsOverPageMetadata() {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2023-02-02T08:00:00Z\"></head><body>"
                + "<article><h1>Finland and Sweden sign border security pact</h1><p>" + BODY.replace("\n", "</p><p>")
                + "</p></article></body></html>";
        RawArticle withDate = new RawArticle("h1", "h1.html", html, true, LocalDate.of(2023, 2, 3), null, null);
        RawArticle withoutDate = new RawArticle("h2", "h2.html", html, true, null, null, null);
        assertThat(SharedCleaner.get().clean(withDate).givenDate()).isEqualTo(LocalDate.of(2023, 2, 3));
        assertThat(SharedCleaner.get().clean(withoutDate).givenDate()).isEqualTo(LocalDate.of(2023, 2, 2));
    }

    @Test
    void readsContentByWhatItIsWhenTheHtmlFlagIsWrong() {
        CleanArticle textFlaggedHtml = SharedCleaner.get().clean(
                new RawArticle("f1", "f1", BODY + "\nShare\nSource link", true, null, null, null));
        assertThat(textFlaggedHtml.text().lines()).hasSize(3);
        CleanArticle htmlFlaggedText = SharedCleaner.get().clean(new RawArticle("f2", "f2",
                "<!DOCTYPE html><html><body><article><p>" + BODY.replace("\n", "</p><p>") + "</p></article></body></html>",
                false, null, null, null));
        assertThat(htmlFlaggedText.text()).doesNotContain("<p>").contains("Lapland.");
    }

    @Test
    void reportsEveryDroppedLineInInputOrder() {
        CleanArticle clean = cleanText("Sorting by\n×\n" + BODY + "\nSource link\nBack to top button");
        assertThat(clean.removed()).extracting(RemovedLine::text)
                .containsExactly("Sorting by", "×", "Source link", "Back to top button");
        assertThat(clean.text().lines()).hasSize(3);
    }

    @Test
    void givesTheSameResultFromManyThreads() throws Exception {
        String article = BODY + "\nREAD MORE: Something else entirely\nУсі права захищено. Використання матеріалів дозволяється."
                + "\nDie Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen, die auch den Energiesektor betreffen.";
        CleanArticle expected = cleanText(article);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CleanArticle>> results = pool.invokeAll(java.util.Collections.nCopies(16, () -> cleanText(article)));
            for (Future<CleanArticle> f : results) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdown();
        }
    }
}
