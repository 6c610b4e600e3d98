package org.dyad.actors;

import org.dyad.article.ActorMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.actors.ArticleKit.article;
import static org.dyad.actors.ArticleKit.on;

/** A country's adjective on an unlisted plural noun for people names that country's civilians. */
class PeopleOfACountryTest {
    private static ActorResolver resolver;

    @BeforeAll
    static void load() {
        resolver = SharedResolver.get();
    }

    private static List<String> mentions(String text) {
        return resolver.resolve(article(text), on("2024-05-01")).stream().map(m -> m.text() + "=" + m.code()).toList();
    }

    @Test
    void anAdjectiveOnPeopleIsThePeopleOfThatCountry() {
        assertThat(mentions("The police dispersed Chilean pensioners/NNS outside the ministry."))
                .contains("Chilean pensioners=CHLCVL");
        assertThat(mentions("Armenian miners/NNS rioted at the depot."))
                .contains("Armenian miners=ARMCVL");
    }

    @Test
    void aCrowdIsThePeopleOfTheCountryTheSentenceNames() {
        assertThat(mentions("Police/NNS in [COUNTRY Peru] dispersed the crowd/NN ."))
                .contains("crowd=PERCVL");
    }

    @Test
    void anAdjectiveOnThingsOrOnALongerPhraseStaysTheCountry() {
        assertThat(mentions("Chilean exports/NNS rose.")).doesNotContain("Chilean exports=CHLCVL").contains("Chilean=CHL");
        assertThat(mentions("Chilean pensioners/NNS unions/NNS grew.")).noneMatch(m -> m.contains("CVL"));
    }

    @Test
    void aSectorWordOnPeopleNamesThosePeopleButNotTheirOpponents() {
        assertThat(mentions("The governor detained Chilean opposition organizers/NNS in Arica."))
                .contains("Chilean opposition organizers=CHLOPP");
        assertThat(mentions("Chilean government critics/NNS marched.")).noneMatch(m -> m.endsWith("CHLGOV") && m.contains("critics"));
    }

    @Test
    void aKindNounBetweenTheAdjectiveAndThePeopleKeepsThemTheCountrys() {
        assertThat(mentions("Angry Chilean dock/NN workers/NNS blocked the port road.")).anyMatch(m -> m.startsWith("Chilean dock workers=CHL"));
        assertThat(mentions("Chilean farm/NN pensioners/NNS marched.")).contains("Chilean farm pensioners=CHLCVL");
        assertThat(mentions("Chilean copper/NN exports/NNS rose.")).noneMatch(m -> m.contains("exports"));
    }
}
