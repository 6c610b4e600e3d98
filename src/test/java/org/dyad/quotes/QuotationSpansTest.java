package org.dyad.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.quotes.QuoteKit.annotate;
import static org.dyad.quotes.QuoteKit.attribute;
import static org.dyad.quotes.QuoteKit.fixture;
import static org.dyad.quotes.QuoteKit.mention;
import static org.dyad.quotes.QuoteKit.mentions;

import java.util.List;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.Quote;
import org.junit.jupiter.api.Test;

/**
 * Where a quotation begins and ends ({@link QuotationFinder}): quotes running over paragraphs, scare
 * quotes, headline and nested marks, mismatched, unclosed and lonely marks, and quotes cut at the length
 * limit. Who said them is {@link QuotationAttributionTest}'s part.
 */
class QuotationSpansTest {

    @Test
    void joinsAGuardianQuoteOverThreeParagraphsIntoOneQuote() {
        AnnotatedArticle a = annotate(fixture("guardian_multi_paragraph"));
        List<ActorMention> m = List.of(
                mention(a, "He", 0, "Rishi Sunak", "GBR", "GOV", ActorKind.ANAPHOR),
                mention(a, "Labour", 0, "Labour Party", "GBR", "PTY", ActorKind.ORGANIZATION));
        List<Quote> q = attribute(a, m);
        assertThat(q).hasSize(2);
        assertThat(q.get(0).text()).startsWith("We have a choice").contains("Or we can build", "That is the choice")
                .doesNotContain("“", "”");
        assertThat(q.get(0).speaker()).isEqualTo("Rishi Sunak");
        assertThat(q.get(0).sentence()).isEqualTo(1);
        assertThat(q.get(1).speaker()).isEqualTo("Labour Party");
        assertThat(q.get(1).sector()).isEqualTo("PTY");
    }

    @Test
    void continuesAQuoteIntoAParagraphThatDoesNotReopenIt() {
        AnnotatedArticle a = annotate(fixture("article_says_unreopened"));
        List<Quote> q = attribute(a, List.of());
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).contains("over there.\nWhere needed");
        assertThat(q.get(0).speaker()).isEqualTo("Der Spiegel");
    }

    @Test
    void dropsScareQuotesButKeepsWhatTheMinisterCalledAPhrase() {
        AnnotatedArticle a = annotate(fixture("scare_quotes"));
        List<Quote> q = attribute(a, List.of());
        assertThat(q).extracting(Quote::text).containsExactly("tough geopolitical times");
        assertThat(q.get(0).speaker()).isEqualTo("the minister");
    }

    @Test
    void survivesMismatchedClosingMarks() {
        AnnotatedArticle a = annotate(fixture("mismatched_marks"));
        List<ActorMention> m = mentions(a, "Sunak", "Rishi Sunak", "GBR", "GOV", ActorKind.PERSON);
        List<Quote> q = attribute(a, m);
        assertThat(q).extracting(Quote::text).containsExactly(
                "Our friendship is more than useful, it is vital.\nSide by side we make daily life better for both our peoples.",
                "able to face the trials of the next decade",
                "answering the pressure coming from rival powers");
        assertThat(q.get(0).speaker()).isEqualTo("Rishi Sunak");
        assertThat(q.get(1).speaker()).isEqualTo("Rishi Sunak");
        assertThat(q.get(2).speaker()).isEqualTo("Mr Sunak’s press secretary");
        assertThat(q).extracting(Quote::country).containsOnly("GBR");
    }

    @Test
    void doesNotLetAnUnclosedFragmentSwallowTheNextParagraph() {
        AnnotatedArticle a = annotate(fixture("fragment_does_not_run_on"));
        List<ActorMention> m = mentions(a, "Mr Macron", "Emmanuel Macron", "FRA", "GOV", ActorKind.PERSON);
        List<Quote> q = attribute(a, m);
        assertThat(q).extracting(Quote::speaker).containsExactly("the officials", "Emmanuel Macron");
        assertThat(q.get(0).text()).isEqualTo("guard against the rising danger on the eastern flank.");
    }

    @Test
    void keepsHeadlineQuotesAndNestedSingleQuotes() {
        AnnotatedArticle a = annotate(fixture("headline_and_nested"));
        List<Quote> q = attribute(a, List.of());
        assertThat(q).extracting(Quote::speaker).containsExactly("Zelensky", "Zelensky");
        assertThat(q.get(1).text()).contains("'We will hold this line whatever it costs,'");
    }

    @Test
    void splitsAQuoteLongerThanTheLimitAtParagraphBreaks() {
        String para = "This is a long sentence in a long speech that goes on and on about many things. ".repeat(6).strip();
        String text = "The minister said: “" + para + "\n“" + para + "\n“" + para + "\n“" + para + "”";
        AnnotatedArticle a = annotate(text);
        List<Quote> q = attribute(a, List.of());
        assertThat(q).hasSizeGreaterThan(1);
        assertThat(q).allSatisfy(x -> assertThat(x.text().length()).isLessThanOrEqualTo(QuotationFinder.MAX_CHARS));
        assertThat(q).allSatisfy(x -> assertThat(text.substring(x.begin())).startsWith(x.text().substring(0, 20)));
        assertThat(q).extracting(Quote::speaker).containsOnly("The minister");
    }

    @Test
    void cutsAOneParagraphQuoteLongerThanTheLimitAtSentenceEnds() {
        String para = "This is one sentence of a very long statement read out to the press. ".repeat(30).strip();
        String text = "The ministry said: \"" + para + "\"";
        List<Quote> q = attribute(annotate(text), List.of());
        assertThat(q).hasSizeGreaterThan(1);
        assertThat(q).allSatisfy(x -> assertThat(x.text().length()).isLessThanOrEqualTo(QuotationFinder.MAX_CHARS));
        assertThat(q).extracting(Quote::speaker).containsOnly("The ministry");
    }

    @Test
    void neverFailsOnStrayOrLonelyQuoteMarks() {
        for (String text : List.of("", "\"", "“”", "« »", "He said \"", "\"\n\"\n\"", "”Backwards“ quote ” said X.",
                "A \"b\" c \"d e f g h i\" said", "\"One two three four five,\"", "“x\n“y\n“z")) {
            AnnotatedArticle a = annotate(text);
            assertThat(attribute(a, List.of())).allSatisfy(q -> assertThat(q.text()).isNotBlank());
        }
    }
}
