package org.dyad.events;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutletTest {

    private static ActorMention media(String text, ActorKind kind) {
        return new ActorMention(text, text, "EGY", "MED", "EGYMED", 0, 0, 2, kind);
    }

    @Test
    void anOutletIsNoParty() {
        assertThat(EventCoder.isOutlet(media("state news agency", ActorKind.ORGANIZATION))).isTrue();
        assertThat(EventCoder.isOutlet(media("Egyptian television", ActorKind.ORGANIZATION))).isTrue();
    }

    @Test
    void peopleOfTheNewsAreParties() {
        assertThat(EventCoder.isOutlet(media("Egyptian journalists", ActorKind.ORGANIZATION))).isFalse();
        assertThat(EventCoder.isOutlet(media("two reporters", ActorKind.ORGANIZATION))).isFalse();
        assertThat(EventCoder.isOutlet(media("an editor", ActorKind.PERSON))).isFalse();
        assertThat(EventCoder.isOutlet(new ActorMention("Cairo", "Cairo", "EGY", null, "EGY", 0, 0, 1, ActorKind.STATE))).isFalse();
    }
}
