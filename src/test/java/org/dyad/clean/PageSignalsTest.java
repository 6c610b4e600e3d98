package org.dyad.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.article.CleanArticle;
import org.dyad.article.RawArticle;
import org.junit.jupiter.api.Test;

/** Debris recognised by its shape on the page (toggles, byline labels, staff credits), and bodies marked up without paragraphs. */
class PageSignalsTest {
    private static final String PROSE = "The regional council voted on Monday to extend the water-sharing agreement with its neighbour for five more years.\n"
            + "Members said the deal had kept farms supplied through two dry summers and that talks on a longer treaty would follow.\n"
            + "Opposition members abstained, saying the price set for the upstream reservoir was still too high for small towns.";

    private static CleanArticle text(String text) {
        return SharedCleaner.get().clean(new RawArticle("s1", "s1.txt", text, false, null, null, null));
    }

    @Test
    void anExpandableCaptionIsDroppedInBothItsCopies() {
        String cut = "Council members raise their hands during the vote in the town hall on Monday, Nov. 4, 2024, as residents watch ... more";
        String whole = "Council members raise their hands during the vote in the town hall on Monday, Nov. 4, 2024, as residents watch from the gallery. less";
        CleanArticle c = text(cut + "\n" + whole + "\n" + PROSE);
        assertThat(c.text()).doesNotContain("raise their hands").contains("extend the water-sharing agreement");
        // a sentence that merely ends in "less", with no collapsed twin, stays
        assertThat(text("Under the new rules the reservoir's water will cost less\n" + PROSE).text()).contains("cost less");
    }

    @Test
    void aBylineLabelAloneTakesTheNameLinesUnderIt() {
        CleanArticle c = text("By\nJane Roe\nJane Roe\n" + PROSE);
        assertThat(c.text()).doesNotContain("Jane Roe").startsWith("The regional council");
    }

    @Test
    void anAgencyStaffCreditIsABylineAndAnUpdatedClockLineIsMetadata() {
        CleanArticle c = text("Jane Roe, AP Diplomatic Writer\nUpdated at 4:15 p.m.\n" + PROSE);
        assertThat(c.byline()).isEqualTo("Jane Roe");
        assertThat(c.text()).doesNotContain("Diplomatic Writer").doesNotContain("4:15").startsWith("The regional council");
    }

    @Test
    void aMarkedUpBodyWrittenWithLineBreaksIsFoundAndTheHeadlineStaysInTheTitle() {
        String html = "<html><body><h1>Council extends water deal</h1><footer><p>Call our service desk on weekdays"
                + " between nine and five for questions about your subscription or delivery.</p></footer>"
                + "<div itemprop=\"articleBody\">" + PROSE.replace("\n", "<br><br>") + "</div></body></html>";
        CleanArticle c = SharedCleaner.get().clean(new RawArticle("h", "h.html", html, true, null, null, null));
        assertThat(c.text()).contains("extend the water-sharing agreement").contains("too high for small towns")
                .doesNotContain("service desk").doesNotContain("Council extends water deal");
        assertThat(c.title()).isEqualTo("Council extends water deal");
    }
}
