package org.dyad.events;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.dyad.article.ParseNode;
import org.dyad.article.Sentence;
import org.dyad.article.Token;
import org.dyad.events.pattern.TreebankReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pattern engine with CAMEO.2.0's real verb patterns, fed Dyad's resolved mentions. */
class PatternEventSourceTest {
    private static PatternEventSource source;

    @BeforeAll
    static void load() {
        Path data = Path.of(System.getProperty("dyad.data", "../shared/data"));
        source = PatternEventSource.load(data.resolve("phoenix-cameo-dictionaries").resolve("CAMEO.2.0.txt"));
    }

    private static Sentence sentence(String ptb) throws Exception {
        ParseNode tree = TreebankReader.read(ptb);
        List<Token> tokens = new ArrayList<>();
        for (ParseNode leaf : tree.leaves()) tokens.add(new Token(tokens.size(), leaf.word(), leaf.word().toLowerCase(), "", "O", null, 0, 0));
        return new Sentence(0, 0, tree.text(), 0, 0, tokens, tree, List.of(), List.of(), List.of());
    }

    private static ActorMention mention(String text, String country, String sector, int from, int to, ActorKind kind) {
        return new ActorMention(text, text, country, sector, sector == null ? country : country + sector, 0, from, to, kind);
    }

    @Test
    void codesASpecificCameoPatternWithTheArticlesOwnActors() throws Exception {
        Sentence s = sentence("(ROOT (S (NP (NNP Armenia)) (VP (VBD signed) (NP (DT a) (NN peace) (NN deal)) "
                + "(PP (IN with) (NP (NNP Azerbaijan)))) (. .)))");
        List<ActorMention> ms = List.of(mention("Armenia", "ARM", null, 0, 1, ActorKind.STATE),
                mention("Azerbaijan", "AZE", null, 6, 7, ActorKind.STATE));
        List<PatternEventSource.Match> matches = source.code(s, ms);
        assertThat(matches).anySatisfy(m -> {
            assertThat(m.source().country()).isEqualTo("ARM");
            assertThat(m.target().country()).isEqualTo("AZE");
            assertThat(m.event().code()).isEqualTo("057");
            assertThat(m.event().verbToken()).isEqualTo(1);
            assertThat(PatternEventSource.isSpecific(m.event())).isTrue();
        });
    }

    @Test
    void findsNothingWithoutResolvedActorsOrWithoutAParse() throws Exception {
        Sentence s = sentence("(ROOT (S (NP (NNP Armenia)) (VP (VBD signed) (NP (DT a) (NN peace) (NN deal)) "
                + "(PP (IN with) (NP (NNP Azerbaijan)))) (. .)))");
        assertThat(source.code(s, List.of())).isEmpty();
        Sentence unparsed = new Sentence(0, 0, s.text(), 0, 0, s.tokens(), null, List.of(), List.of(), List.of());
        assertThat(source.code(unparsed, List.of(mention("Armenia", "ARM", null, 0, 1, ActorKind.STATE)))).isEmpty();
    }

    @Test
    void aPersonNamesAPhraseBeforeTheNationalityAdjectiveInIt() {
        ActorMention french = mention("French", "FRA", null, 0, 1, ActorKind.STATE);
        ActorMention barrot = mention("Jean-Noël Barrot", "FRA", "GOV", 3, 5, ActorKind.PERSON);
        assertThat(PatternEventSource.best(List.of(french, barrot), List.of(0, 1, 2, 3, 4))).isEqualTo(barrot);
        assertThat(PatternEventSource.best(List.of(french, barrot), List.of(7, 8))).isNull();
    }
}
