package org.dyad.events;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NominalizationsTest {

    private static VerbRule verb(String lemma, List<List<String>> objects, String cameo) {
        return new VerbRule(false, lemma, objects, null, null, Set.of(), cameo, null, EnumSet.noneOf(VerbRule.Flag.class), "test");
    }

    @Test
    void aBareVerbGivesItsActionNoun() {
        List<VerbRule> nouns = Nominalizations.derive(List.of(verb("invade", List.of(), "192")));
        assertThat(nouns).anySatisfy(n -> {
            assertThat(n.noun()).isTrue();
            assertThat(n.lemma()).isEqualTo("invasion");
            assertThat(n.objects()).isEmpty();
        });
    }

    @Test
    void aVerbNamingItsObjectLendsTheObjectToTheNoun() {
        List<VerbRule> nouns = Nominalizations.derive(List.of(verb("withdraw", List.of(List.of("troop")), "0871")));
        assertThat(nouns).anySatisfy(n -> {
            assertThat(n.lemma()).isEqualTo("withdrawal");
            assertThat(n.objects()).containsExactly(List.of("troop"));
            assertThat(n.cameo()).isEqualTo("0871");
        });
    }

    @Test
    void aWrittenNounRuleIsNotShadowed() {
        VerbRule written = new VerbRule(true, "withdrawal", List.of(), null, null, Set.of(), "087", null,
                EnumSet.noneOf(VerbRule.Flag.class), "test");
        List<VerbRule> nouns = Nominalizations.derive(List.of(written, verb("withdraw", List.of(List.of("troop")), "0871")));
        assertThat(nouns).noneMatch(n -> n.lemma().equals("withdrawal"));
    }
}
