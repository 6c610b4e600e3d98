package org.dyad.clean;

import org.dyad.article.CleanArticle;
import org.dyad.article.RawArticle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlBodyTest {

    private static final String PARAGRAPHS = "<p>The regional council approved the new budget on Wednesday after a debate that lasted most of the night.</p>"
            + "<p>Opposition members said the spending plan left too little for rural bus routes and the upkeep of bridges.</p>"
            + "<p>The council leader said a review of transport funding would begin in the spring and report within a year.</p>";

    private static CleanArticle clean(String html) {
        return SharedCleaner.get().clean(new RawArticle("h", "h", html, true, null, null, null));
    }

    @Test
    void readsAPageWrappedInOneBigForm() {
        CleanArticle c = clean("<html><body><form id=\"page\"><div class=\"story\"><h1>Council approves budget</h1>" + PARAGRAPHS
                + "</div></form></body></html>");
        assertThat(c.text()).contains("regional council approved", "review of transport funding");
    }

    @Test
    void ignoresHiddenCopiesOfMetadata() {
        CleanArticle c = clean("<html><body><article><h1>Council approves budget</h1>" + PARAGRAPHS
                + "<div style=\"display:none\"><div>budget, council, transport</div><div>2021-03-04T10:00:00+01:00</div></div>"
                + "</article></body></html>");
        assertThat(c.text()).doesNotContain("budget, council, transport").doesNotContain("2021-03-04T10");
    }

    @Test
    void dropsABlockThatIsAllLinks() {
        CleanArticle c = clean("<html><body><article><h1>Council approves budget</h1>" + PARAGRAPHS
                + "<div><a href=\"/a\">Bridges</a> <a href=\"/b\">Buses</a> <a href=\"/c\">Rural life</a></div></article></body></html>");
        assertThat(c.text()).doesNotContain("Bridges Buses");
        assertThat(c.removed()).isNotEmpty();
    }

    @Test
    void takesTheDayFromTheCanonicalAddressBeforeUtcMetadata() {
        CleanArticle c = clean("<html><head><link rel=\"canonical\" href=\"https://news.example/2021/03/04/council-budget/\">"
                + "<meta property=\"article:published_time\" content=\"2021-03-05T01:30:00+00:00\"></head><body><article>"
                + "<h1>Council approves budget</h1>" + PARAGRAPHS + "</article></body></html>");
        assertThat(c.givenDate()).isEqualTo(LocalDate.of(2021, 3, 4));
    }
}
