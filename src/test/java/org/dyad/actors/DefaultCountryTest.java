package org.dyad.actors;

import org.dyad.article.ActorMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.actors.SharedResolver.resolve;

/** A person the article places nowhere is of its home country only until a mention says otherwise. */
class DefaultCountryTest {

    @Test
    void aPersonPlacedInTheHomeCountryByDefaultTakesTheCountryLaterStatedInEveryMention() {
        String text = "[ORGANIZATION Chilean] [TITLE President] [PERSON Ana Ruiz] met [COUNTRY Chile] officials/NNS in [CITY Santiago] .\n"
                + "[PERSON Pablo Vera] brought his campaign to [CITY Santiago] .\n"
                + "[PERSON Vera] , a [NATIONALITY Peruvian] national/NN , met the [TITLE president] .";
        List<ActorMention> m = resolve(text, "2024-05-01");
        assertThat(m).filteredOn(x -> x.name().equals("Pablo Vera")).hasSizeGreaterThan(1).allMatch(x -> "PER".equals(x.country()));
    }
}
