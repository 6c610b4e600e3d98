package org.dyad.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNounsTest {

    @Test
    void nounsForPeopleAreTold() {
        assertThat(PersonNouns.isPerson("pensioner")).isTrue();
        assertThat(PersonNouns.isPerson("villager")).isTrue();
        assertThat(PersonNouns.isPerson("Fundamentalist")).isTrue();
    }

    @Test
    void thingsActsAndNonWordsAreNotPeople() {
        assertThat(PersonNouns.isPerson("missile")).isFalse();
        assertThat(PersonNouns.isPerson("export")).isFalse();
        assertThat(PersonNouns.isPerson("strike")).isFalse();
        assertThat(PersonNouns.isPerson("qzxv")).isFalse();
        assertThat(PersonNouns.isPerson("")).isFalse();
        assertThat(PersonNouns.isPerson(null)).isFalse();
    }
}
