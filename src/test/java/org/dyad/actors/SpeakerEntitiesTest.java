package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.actors.ArticleKit.article;
import static org.dyad.actors.ArticleKit.on;

import java.util.List;

import org.dyad.article.AnnotatedArticle;
import org.dyad.article.Dependency;
import org.dyad.article.FoundQuote;
import org.dyad.article.Quote;
import org.dyad.article.QuoteFindings;
import org.dyad.article.Sentence;
import org.dyad.article.SpeakerCue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Speakers are the entities the article's resolution made: a speaker's country, sector and name are what the
 * resolution finally decided for that person, not a second lookup of the quote's cue.
 */
class SpeakerEntitiesTest {
    private static ActorResolver resolver;

    @BeforeAll
    static void load() {
        resolver = SharedResolver.get();
    }

    /** A quotation in sentence s whose speaker is named by the words [from, to) of that sentence. */
    private static FoundQuote quoted(AnnotatedArticle a, int s, String words, String said) {
        Sentence sentence = a.sentences().get(s);
        String[] w = words.split(" ");
        for (int t = 0; t + w.length <= sentence.tokens().size(); t++) {
            boolean match = true;
            for (int k = 0; k < w.length && match; k++) match = sentence.tokens().get(t + k).word().equals(w[k]);
            if (match) return new FoundQuote(List.of(new Quote(said, null, null, null, sentence.index(), sentence.begin())),
                    sentence.begin(), sentence.begin(), sentence.index(), new SpeakerCue(sentence.index(), t, t + w.length),
                    false, FoundQuote.Kind.SPEECH);
        }
        throw new AssertionError("no '" + words + "' in " + sentence.text());
    }

    private static List<Quote> speakers(AnnotatedArticle a, FoundQuote... quotes) {
        ResolvedActors actors = resolver.resolveAll(a, on("2025-03-01"));
        return resolver.speakers(new QuoteFindings(List.of(quotes), List.of()), a, actors, on("2025-03-01"));
    }

    @Test
    void givesASpeakerTheRoleALaterSentenceSaysOfThem() {
        AnnotatedArticle a = article(String.join("\n",
                "[COUNTRY Kenya] 's parliament/NN debated the harbour contract on Monday .",
                "[PERSON Pieter Olsen] told/VBD the committee the tender was fair .",
                "[PERSON Olsen] , the transport minister , has defended/VBN the deal for weeks ."));
        List<Quote> q = speakers(a, quoted(a, 1, "Pieter Olsen", "The tender was fair."));
        // the speaker is the entity: what the third sentence says of the person counts for the quote too
        assertThat(q).extracting(Quote::speaker).containsExactly("Pieter Olsen");
        assertThat(q).extracting(Quote::sector).containsExactly("GOV");
    }

    @Test
    void givesATitleToThePersonTheArticleNamedWithIt() {
        AnnotatedArticle a = article(String.join("\n",
                "Transport Secretary [PERSON Jane Moor] met rail unions in [CITY Leeds] on Tuesday .",
                "The Transport Secretary said/VBD the strike must end ."));
        List<Quote> q = speakers(a, quoted(a, 1, "The Transport Secretary", "The strike must end."));
        assertThat(q).extracting(Quote::speaker).containsExactly("Jane Moor");
    }

    @Test
    void readsASurnameWithItsArabicArticleAsThePersonNamedInFull() {
        AnnotatedArticle a = article(String.join("\n",
                "[COUNTRY Jordan] 's parliament/NN met on Monday .",
                "[PERSON Samir al-Rahim] , a lawyer/NN in [CITY Amman] , criticised/VBD the bill .",
                "[PERSON al-Rahim] said/VBD the courts must stay independent ."));
        List<Quote> q = speakers(a, quoted(a, 2, "al-Rahim", "The courts must stay independent."));
        // a tokenizer splits the article off; the name is still the one person's
        assertThat(q).extracting(Quote::speaker).containsExactly("Samir al-Rahim");
    }

    @Test
    void givesASurnameTheFullNameOfASubjectTheTaggerTookForAPlace() {
        AnnotatedArticle plain = article(String.join("\n",
                "[COUNTRY Kenya] 's parliament/NN debated the hunting ban on Monday .",
                "[CITY Ada Obi] of the [ORGANIZATION Lake Wildlife Society] is/VBZ among its critics .",
                "The ban hurts villages , said/VBD Obi ."));
        Sentence second = plain.sentences().get(1);
        // the parse: "is" is the root, "Obi" its subject
        Sentence parsed = new Sentence(second.index(), second.paragraph(), second.text(), second.begin(), second.end(),
                second.tokens(), null, List.of(new Dependency("root", -1, 7), new Dependency("nsubj", 7, 1)),
                second.entities(), second.times());
        AnnotatedArticle a = new AnnotatedArticle(plain.article(),
                List.of(plain.sentences().get(0), parsed, plain.sentences().get(2)));
        List<Quote> q = speakers(a, quoted(a, 2, "Obi", "The ban hurts villages."));
        assertThat(q).extracting(Quote::speaker).containsExactly("Ada Obi");
    }

    @Test
    void sendsADescribedSpeakerBackToTheOneDescribedSoBefore() {
        AnnotatedArticle a = article(String.join("\n",
                "[COUNTRY Chile] 's foreign ministry spokesman said/VBD talks would resume .",
                "A senior Dutch diplomat said/VBD the plan was ready .",
                "The spokesman said/VBD no date was set .",
                "The diplomat said/VBD the vote would come later ."));
        List<Quote> q = speakers(a, quoted(a, 0, "Chile 's foreign ministry spokesman", "Talks would resume."),
                quoted(a, 1, "A senior Dutch diplomat", "The plan is ready."),
                quoted(a, 2, "The spokesman", "No date is set."),
                quoted(a, 3, "The diplomat", "The vote comes later."));
        // the resolution said whom "the spokesman" and "the diplomat" mean: the speakers are those entities
        assertThat(q).extracting(Quote::speakerEntity).containsExactly("e1", "e2", "e1", "e2");
        assertThat(q.get(2).country()).isEqualTo("CHL");
        assertThat(q.get(3).country()).isEqualTo("NLD");
    }
}
