package org.dyad.actors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.actors.ArticleKit.article;
import static org.dyad.actors.ArticleKit.on;

/** A mediator is a title, as an envoy or a negotiator is: it gives its bearer the body or country named with it. */
class MediatorTitleTest {

    private static List<String> mentions(String text) {
        return SharedResolver.get().resolve(article(text), on("2024-05-01")).stream().map(m -> m.text() + "=" + m.code()).toList();
    }

    @Test
    void aMediatorTakesTheBodyOrCountryBeforeTheTitle() {
        assertThat(mentions("[NATIONALITY Somali] rebels/NNS said they would meet [ORGANIZATION UN] mediator/NN [PERSON Pedro Alvarez] in [CITY Nairobi] ."))
                .anyMatch(m -> m.contains("Pedro Alvarez") && m.endsWith("=UNOIGO"));
        assertThat(mentions("The [NATIONALITY Kenyan] mediators/NNS met the rebels/NNS .")).contains("Kenyan mediators=KENGOV");
    }
}
