package org.dyad.actors;

import org.dyad.article.ActorMention;
import org.dyad.config.DyadConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.actors.ArticleKit.article;
import static org.dyad.actors.ArticleKit.on;

/** A country's adjective on an unlisted plural noun for people names that country's civilians. */
class PeopleOfACountryTest {
    private static ActorResolver resolver;

    @BeforeAll
    static void load() {
        resolver = ActorResolver.load(new DyadConfig(Path.of(System.getProperty("dyad.data", "../shared/data")), 1));
    }

    private static List<String> mentions(String text) {
        return resolver.resolve(article(text), on("2024-05-01")).stream().map(m -> m.text() + "=" + m.code()).toList();
    }

    @Test
    void anAdjectiveOnPeopleIsThePeopleOfThatCountry() {
        assertThat(mentions("The minister banned Ghanaian candidates/NNS from the vote."))
                .contains("Ghanaian candidates=GHACVL");
        assertThat(mentions("Armenian miners/NNS rioted at the depot."))
                .contains("Armenian miners=ARMCVL");
    }

    @Test
    void anAdjectiveOnThingsOrOnALongerPhraseStaysTheCountry() {
        assertThat(mentions("Ghanaian exports/NNS rose.")).doesNotContain("Ghanaian exports=GHACVL").contains("Ghanaian=GHA");
        assertThat(mentions("Ghanaian candidates/NNS lists/NNS grew.")).noneMatch(m -> m.contains("CVL"));
    }

    @Test
    void aSectorWordOnPeopleNamesThosePeopleButNotTheirOpponents() {
        assertThat(mentions("The minister banned Ghanaian opposition candidates/NNS from the vote."))
                .contains("Ghanaian opposition candidates=GHAOPP");
        assertThat(mentions("Ghanaian government critics/NNS marched.")).noneMatch(m -> m.endsWith("GHAGOV") && m.contains("critics"));
    }
}
