package org.dyad.actors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A leader's name before the word for the government the leader heads (invented sentences). */
class LeadersGovernmentTest {

    private static List<String> mentions(String text, String day) {
        return SharedResolver.resolve(text, day).stream().map(m -> m.text() + "=" + m.code()).toList();
    }

    @Test
    void theLeadersAdministrationIsTheLeadersCountryNotTheOneNamedBeside() {
        assertThat(mentions("The [PERSON Reagan] administration/NN criticised [COUNTRY Peru] on Monday.", "1985-05-01"))
                .contains("Reagan administration=USAGOV").noneMatch(m -> m.startsWith("Reagan administration=PER"));
    }
}
