package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AgentDictionaryTest {

    private final AgentDictionary dict;

    AgentDictionaryTest() throws URISyntaxException {
        dict = AgentDictionary.read(Path.of(getClass().getResource("/dictionary/agents-sample.txt").toURI()));
    }

    private String code(String phrase) {
        return dict.codeFor(phrase).map(m -> m.applyTo("---")).orElse(null);
    }

    @Test
    void generatesRegularPlurals() {
        assertThat(code("presidents")).isEqualTo("---GOV");
        assertThat(code("foreign ministers")).isEqualTo("---GOVFRM");
        assertThat(code("authorities")).isEqualTo("---GOV");
        assertThat(code("congresses")).isEqualTo("---LEG");
    }

    @Test
    void usesIrregularAndNullPlurals() {
        assertThat(code("attorneys general")).isEqualTo("---JUD");
        assertThat(code("police")).isEqualTo("---COP");
        assertThat(code("polices")).isNull();
    }

    @Test
    void expandsSubstitutionMarkers() {
        assertThat(code("congressman")).isEqualTo("---LEG");
        assertThat(code("congresswoman")).isEqualTo("---LEG");
        assertThat(code("congresspersons")).isNull();
    }

    @Test
    void trailingTildeMakesAPrefixCode() {
        assertThat(dict.codeFor("human rights body")).get().extracting(m -> m.applyTo("USA")).isEqualTo("NGOUSA");
        assertThat(dict.codeFor("president")).get().extracting(m -> m.applyTo("USA")).isEqualTo("USAGOV");
    }

    @Test
    void readsThePhoenixAgents() {
        Path p = Path.of(System.getProperty("dyad.data", "../shared/data"), "phoenix-cameo-dictionaries/Phoenix.agents.txt");
        assertThat(p).exists();
        AgentDictionary phoenix = AgentDictionary.read(p);
        assertThat(phoenix.size()).isGreaterThan(2000);
        assertThat(phoenix.codeFor("farmers")).get().extracting(AgentMatch::code).isEqualTo("AGR");
    }
}
