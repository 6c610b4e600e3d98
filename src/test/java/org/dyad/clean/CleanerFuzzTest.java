package org.dyad.clean;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dyad.article.ArticleException;
import org.dyad.article.CleanArticle;
import org.dyad.article.RawArticle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz targets of the clean stage (Jazzer). In a normal build they replay their seeds and every
 * crash found so far (src/test/resources/org/dyad/clean/CleanerFuzzTestInputs/); {@code .ci/fuzz}
 * fuzzes each one for a bounded time. The property: no input throws anything but the documented
 * ArticleException (nothing left to code), and what is kept comes from the input.
 */
class CleanerFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void lineCleaner(String text) {
        if (text == null) return; // Jazzer also tries null

        RawArticle raw = new RawArticle("fuzz", "fuzz.txt", text, false, null, null, null);
        try {
            CleanArticle c = SharedCleaner.get().clean(raw);
            assertThat(c.text()).isNotNull();
        } catch (ArticleException expected) {
            // "no article text left after cleaning": a bad article, reported as such
        }
    }

    @FuzzTest(maxDuration = "30s")
    void htmlExtractor(String html) {
        if (html == null) return; // Jazzer also tries null

        HtmlExtractor.ExtractedPage page = new HtmlExtractor().extract(html, "https://example.org/a/2024/05/01/x.html");
        assertThat(page.blocks()).isNotNull();
    }

    @FuzzTest(maxDuration = "20s")
    void datelines(String line) {
        if (line == null) return; // Jazzer also tries null

        Datelines.leadingDateline(line);
        Datelines.isDateOnly(line);
        Datelines.byline(line, LineShape.of(line));
    }
}
