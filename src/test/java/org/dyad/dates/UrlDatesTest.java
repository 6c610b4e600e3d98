package org.dyad.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.dyad.article.AnnotatedArticle;
import org.dyad.article.CleanArticle;
import org.dyad.article.DateMethod;
import org.dyad.article.DateRange;
import org.dyad.article.PublishedDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "https://www.theguardian.com/world/2024/nov/22/lammy-barrot, 2024-11-22",
            "https://www.bbc.co.uk/news/2024/11/22/uk-france-talks, 2024-11-22",
            "https://apnews.com/article/ukraine-2025-03-11-talks, 2025-03-11",
            "https://www.lemonde.fr/en/international/article/20241125/troops.html, 2024-11-25",
            "https://example.org/news/2023/02/30/slug/, "})
    void readsADayInTheAddress(String url, String expected) {
        DateRange r = UrlDates.read(url, TODAY);
        if (expected == null) assertThat(r == null || !r.from().equals(r.to())).isTrue();
        else assertThat(r).isEqualTo(DateRange.day(LocalDate.parse(expected)));
    }

    @Test
    void readsAMonthOrAYearAsAWindow() {
        assertThat(UrlDates.read("https://site.com/2024/11/story-slug", TODAY))
                .isEqualTo(new DateRange(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30)));
        assertThat(UrlDates.read("https://site.com/news/2023/story-slug", TODAY))
                .isEqualTo(new DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
        assertThat(UrlDates.read("https://site.com/news/story-2000-troops", TODAY)).isNull();
    }

    @Test
    void givesAYearlessDatelineTheYearOfTheAddress() {
        String text = "LONDON, Nov 22 (Reuters) - Ministers met in London.";
        AnnotatedArticle a = TestKit.article(text);
        CleanArticle c = a.article();
        CleanArticle withUrl = new CleanArticle(c.id(), c.source(), "https://news.example/world/2019/11/talks", c.language(),
                c.title(), c.byline(), c.dateline(), c.givenDate(), c.text(), List.of());
        PublishedDate p = new PublicationDater(KnownTerms.TERMS, TODAY).date(new AnnotatedArticle(withUrl, a.sentences()));
        assertThat(p.method()).isEqualTo(DateMethod.EXPLICIT);
        assertThat(p.date()).isEqualTo(LocalDate.of(2019, 11, 22));
        assertThat(p.window()).isEqualTo(DateRange.day(LocalDate.of(2019, 11, 22)));
    }
}
