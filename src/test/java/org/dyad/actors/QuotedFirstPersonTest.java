package org.dyad.actors;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.CleanArticle;
import org.dyad.article.Quote;
import org.dyad.article.Sentence;
import org.dyad.article.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class QuotedFirstPersonTest {
    private static final Pattern WORD = Pattern.compile("\\w+|[^\\s\\w]");

    /** One sentence per line, tokens by a regex: enough for pronoun positions. */
    private static AnnotatedArticle article(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int offset = 0;
        for (String line : text.split("\n")) {
            List<Token> tokens = new ArrayList<>();
            Matcher m = WORD.matcher(line);
            while (m.find()) tokens.add(new Token(tokens.size(), m.group(), m.group().toLowerCase(), "", "O", null, offset + m.start(), offset + m.end()));
            sentences.add(new Sentence(sentences.size(), sentences.size(), line, offset, offset + line.length(), tokens, null, List.of(), List.of(), List.of()));
            offset += line.length() + 1;
        }
        return new AnnotatedArticle(new CleanArticle("t", "t.txt", null, "en", null, null, null, null, text, List.of()), sentences);
    }

    @Test
    void weInsideAnAttributedQuoteIsTheSpeakersGovernment() {
        String text = "Talks went on.\n“We are working with Ukraine and I am confident,” the spokesman said.\nWe will see, analysts said.";
        AnnotatedArticle a = article(text);
        int begin = text.indexOf("We are");
        Quote q = new Quote("We are working with Ukraine and I am confident,", "Starmer's official spokesman", "GBR", "GOV", 1, begin);

        List<ActorMention> m = new QuotedFirstPerson().mentions(a, List.of(q), List.of());

        assertThat(m).extracting(ActorMention::text).containsExactly("We", "I");
        assertThat(m).allSatisfy(x -> {
            assertThat(x.code()).isEqualTo("GBRGOV");
            assertThat(x.kind()).isEqualTo(ActorKind.ANAPHOR);
            assertThat(x.sentence()).isEqualTo(1);
            assertThat(x.name()).isEqualTo("Starmer's official spokesman");
        });
        // the "We" of the last sentence is outside any quote
        assertThat(m).noneMatch(x -> x.sentence() == 2);
    }

    @Test
    void aQuoteWithoutAKnownCountryOrAPronounAlreadyResolvedGivesNothing() {
        String text = "“We will go on,” a diplomat said.";
        AnnotatedArticle a = article(text);
        Quote unknown = new Quote("We will go on,", "a diplomat", null, null, 0, 1);
        assertThat(new QuotedFirstPerson().mentions(a, List.of(unknown), List.of())).isEmpty();
        Quote known = new Quote("We will go on,", "Keir Starmer", "GBR", "GOV", 0, 1);
        ActorMention already = new ActorMention("Keir Starmer", "We", "GBR", "GOV", "GBRGOV", 0, 1, 2, ActorKind.ANAPHOR);
        assertThat(new QuotedFirstPerson().mentions(a, List.of(known), List.of(already))).isEmpty();
    }
}
