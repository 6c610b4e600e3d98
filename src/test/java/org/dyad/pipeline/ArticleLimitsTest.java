package org.dyad.pipeline;

import org.dyad.article.CleanArticle;
import org.dyad.article.RawArticle;
import org.dyad.config.Limits;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleLimitsTest {
    private static CleanArticle clean(String text) {
        return new CleanArticle("a", "a.txt", null, "en", null, null, null, null, text, List.of());
    }

    @Test
    void aLongTextIsCodedUpToTheLimitAtALineEndAndFlagged() {
        String para = "The minister spoke at length about the budget and the border.\n";
        String text = para.repeat(100); // 6,200 characters
        List<String> warnings = new ArrayList<>();
        CleanArticle held = new ArticleLimits(Limits.defaults().withMaxArticleChars(1000)).clean(clean(text), warnings);
        assertThat(held.text()).hasSizeLessThanOrEqualTo(1000).hasSizeGreaterThan(800).endsWith("border.");
        assertThat(text).startsWith(held.text());
        assertThat(warnings).singleElement().asString()
                .contains("article text is 6200 characters after cleaning; coded the first " + held.text().length())
                .contains("--max-article-chars 1000");
    }

    @Test
    void aPlainTextInputIsCutBeforeCleaningAndAnHtmlPageOnlyAfter() {
        List<String> warnings = new ArrayList<>();
        ArticleLimits limits = new ArticleLimits(Limits.defaults().withMaxArticleChars(100));
        RawArticle text = new RawArticle("t", "t.txt", "word ".repeat(100), false, null, null, null);
        assertThat(limits.raw(text, warnings).content()).hasSizeLessThanOrEqualTo(100);
        RawArticle html = new RawArticle("h", "h.html", "<p>" + "word ".repeat(100) + "</p>", true, null, null, null);
        assertThat(limits.raw(html, warnings).content()).isEqualTo(html.content());
        assertThat(warnings).hasSize(1);
    }

    @Test
    void aGiantTokenIsCutToTheTokenLimitAndFlagged() {
        String token = "x".repeat(200_000);
        List<String> warnings = new ArrayList<>();
        CleanArticle held = new ArticleLimits(Limits.defaults().withMaxArticleChars(1_000_000)).clean(
                clean("Before " + token + " after, and " + "y".repeat(150) + "."), warnings);
        assertThat(held.text()).isEqualTo("Before " + "x".repeat(100) + " after, and " + "y".repeat(100));
        assertThat(warnings).singleElement().asString().contains("2 tokens longer than 100 characters cut to 100 (longest: 200000");
    }

    @Test
    void cutsNeverSplitASurrogatePair() {
        String emoji = "\uD83D\uDE00"; // one emoji, two chars
        assertThat(ArticleLimits.cutPoint("a" + emoji + "bcd", 2)).isEqualTo(1);
        String run = emoji.repeat(60); // 120 chars without a space
        String cut = ArticleLimits.cutLongTokens(run, 101, new ArrayList<>());
        assertThat(cut).hasSize(100);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }

    @Test
    void tagStripperHandlesWhatTheHtmlParserCannot() {
        String deep = "<html><body><p>Talks resumed in Geneva on Monday.</p>" + "<b><i><u><font>".repeat(3000) + "The envoys met."
                + "<script>var x = '<p>not text</p>';</script>&amp; more</body></html>";
        String text = TagStripper.text(deep);
        assertThat(text).contains("Talks resumed in Geneva on Monday.").contains("The envoys met.").contains("& more").doesNotContain("not text");
    }

    @Test
    void nestingDepthCountsRunawayTagsButNotVoidOnes() {
        assertThat(TagStripper.nestingDepth("<html><body>" + "<div>".repeat(30_000) + "x" + "</div>".repeat(30_000) + "</body></html>"))
                .isEqualTo(30_002);
        assertThat(TagStripper.nestingDepth("<html><body>" + "<p>a<br><img src=x>".repeat(10_000) + "</body></html>")).isEqualTo(2);
    }
}
