package org.dyad.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    private List<String> texts(String text) {
        return finder.find(text).stream().map(QuoteSpan::text).toList();
    }

    @Test
    void findsStraightCurlyAndGuillemetQuotes() {
        assertThat(texts("He said \"one two three\" and “four five six” and « sept huit neuf »."))
                .containsExactly("one two three", "four five six", "sept huit neuf");
    }

    @Test
    void beginPointsAtTheFirstQuotedCharacter() {
        String text = "Intro line.\nShe said: “We will win.”";
        QuoteSpan q = finder.find(text).get(0);
        assertThat(text.substring(q.begin())).startsWith("We will win.");
        assertThat(text.charAt(q.markBegin())).isEqualTo('“');
        assertThat(q.closed()).isTrue();
    }

    @Test
    void keepsNestedQuotesInside() {
        assertThat(texts("\"They want a \"hardcore\" of allies, and 'soon',\" a source said."))
                .containsExactly("They want a \"hardcore\" of allies, and 'soon',");
    }

    @Test
    void closesTheOuterQuoteWhenANestedOneClosesWithAComma() {
        assertThat(texts("\"They can't silence us by \"banning books,\" said Khoshbo. \"Our voices stay.\""))
                .containsExactly("They can't silence us by \"banning books,", "Our voices stay.");
    }

    @Test
    void joinsParagraphsThatReopenWithAQuoteMark() {
        String text = "He said: “First part.\n“Second part.\n“Third part.”\nAfterwards.";
        assertThat(texts(text)).containsExactly("First part.\nSecond part.\nThird part.");
    }

    @Test
    void continuesIntoAParagraphThatOnlyClosesTheQuote() {
        String text = "\"Ready to continue.\nIf necessary, more,\" the article says.";
        assertThat(texts(text)).containsExactly("Ready to continue.\nIf necessary, more,");
    }

    @Test
    void acceptsWrongClosingGlyphs() {
        assertThat(texts("She said: “one two three four. »\nNext")).containsExactly("one two three four.");
        assertThat(texts("It must be “able to face the trials of the next decade “.\nNext"))
                .containsExactly("able to face the trials of the next decade");
    }

    @Test
    void endsAnUnclosedQuoteWhereANewOneOpensAfterAFullStop() {
        String text = "He said. “Allowing them back changes nothing. “Part of that includes China,” he added.";
        assertThat(texts(text)).containsExactly("Allowing them back changes nothing.", "Part of that includes China,");
    }

    @Test
    void endsAnUnclosedMidSentenceQuoteWithItsParagraph() {
        String text = "They need to “protect against the threat.\n“It is a historic day,” he said.";
        assertThat(texts(text)).containsExactly("protect against the threat.", "It is a historic day,");
    }

    @Test
    void readsSingleQuotesButNotApostrophes() {
        assertThat(texts("Russia's 'Putinisation' of the world isn't new.")).containsExactly("Putinisation");
        assertThat(texts("‘We don’t want war with anyone,’ the minister said of the 1990s and the ’90s."))
                .containsExactly("We don’t want war with anyone,");
        assertThat(texts("The allies' position is clear, and the leaders' too.")).isEmpty();
    }

    @Test
    void dropsASingleQuoteThatNeverCloses() {
        assertThat(texts("In the ‘roaring twenties of the last century\nNothing else.")).isEmpty();
    }

    @Test
    void keepsSingleQuotesInsideDoubleQuotesAsPartOfThem() {
        assertThat(texts("\"He told me, 'hold the line whatever it costs,' and I did,\" she said."))
                .containsExactly("He told me, 'hold the line whatever it costs,' and I did,");
    }
}
