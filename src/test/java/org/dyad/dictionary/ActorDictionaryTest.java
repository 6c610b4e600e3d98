package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ActorDictionaryTest.class.getResource("/dictionary/" + name).toURI());
    }

    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    private final ActorDictionary dict;

    ActorDictionaryTest() throws URISyntaxException {
        dict = ActorDictionary.read(resource("actors-sample.txt"));
    }

    private String code(String text, String date) {
        return dict.find(words(text), date == null ? null : LocalDate.parse(date)).map(ActorMatch::code).orElse(null);
    }

    @Test
    void synonymsShareThePrimaryCode() {
        assertThat(code("THE CITY OF MINAS TIRITH", "2000-01-01")).isEqualTo("GON");
        assertThat(code("ANORIEN", "2000-01-01")).isEqualTo("GON");
    }

    @Test
    void prefersTheLongestName() {
        Optional<ActorMatch> m = dict.match(words("ITHILEN TELEVISION SAID"), 0, LocalDate.of(2000, 1, 1));
        assertThat(m).get().extracting(ActorMatch::code, ActorMatch::end).containsExactly("ITHTV", 2);
        assertThat(code("ITHILEN SAID", "2000-01-01")).isEqualTo("ITH");
    }

    @Test
    void blankConnectorAllowsInterveningWords() {
        assertThat(code("ITHILEN STATE TELEVISION", "2000-01-01")).isEqualTo("ITHTV");
    }

    @Test
    void underscoreConnectorRequiresConsecutiveWords() {
        assertThat(code("MINAS GREAT TIRITH", "2000-01-01")).isNull();
    }

    @Test
    void dateRestrictionsAreInclusiveAndCheckedBeforeTheDefault() {
        assertThat(code("GOLLUM", "1995-05-31")).isEqualTo("HOB");
        assertThat(code("SMEAGOL", "1995-06-01")).isEqualTo("HOB");
        assertThat(code("SMEAGOL", "1995-06-02")).isEqualTo("HOBGOV");
        assertThat(code("GOLLUM", "1999-08-15")).isEqualTo("HOBGOV");
        assertThat(code("GOLLUM", "1999-08-16")).isEqualTo("HOBREB");
        assertThat(code("ZIMBABWE", "1979-06-06")).isEqualTo("RHO");
        assertThat(code("ZIMBABWE", "1979-06-07")).isEqualTo("ZBW");
        // an embedded interval listed first wins over the enclosing one
        assertThat(code("SAM GAMGEE", "2010-01-12")).isEqualTo("ORCHOB");
        assertThat(code("SAM GAMGEE", "2010-01-13")).isEqualTo("HOBMIL");
        assertThat(code("SAM GAMGEE", "2007-01-01")).isEqualTo("HOB");
    }

    @Test
    void readsSeveralCodesOnOneLine() {
        assertThat(code("TWICE", "1982-07-01")).isEqualTo("A");
        assertThat(code("TWICE", "1987-12-31")).isEqualTo("B");
        assertThat(code("TWICE", "1990-01-01")).isEqualTo("---");
    }

    @Test
    void knownActorWithNoApplicableCodeGetsTheNullCode() {
        assertThat(code("ONODOHER", "1995-01-01")).isEqualTo("---");
        assertThat(code("ONODOHER", "1990-01-01")).isEqualTo("ONO");
    }

    @Test
    void codeForNeedsTheWholePhrase() {
        assertThat(dict.codeFor("Lorien", LocalDate.of(2000, 1, 1))).contains("ELR/GAL");
        assertThat(dict.codeFor("minas_tirith", null)).contains("GON");
        assertThat(dict.codeFor("Lorien forest", null)).isEmpty();
    }

    @Test
    void sixDigitDatesPivotAtThirty() {
        assertThat(DatedCode.date("300101")).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(DatedCode.date("310101")).isEqualTo(LocalDate.of(1931, 1, 1));
    }

    @Test
    void readsTheValidationAndPhoenixDictionaries() {
        Path data = Path.of(System.getProperty("dyad.data", "../shared/data"));
        Path validation = data.resolve("petrarch-validation/PETR.Validate.actors.txt");
        assertThat(validation).exists();
        ActorDictionary v = ActorDictionary.read(validation);
        assertThat(v.codeFor("HAMFAST GAMGEE", LocalDate.of(2013, 1, 19))).contains("HOBGOV");
        assertThat(v.codeFor("U.S.", LocalDate.of(2013, 1, 19))).contains("USA");
        Path phoenix = data.resolve("phoenix-cameo-dictionaries/Phoenix.Countries.actors.txt");
        ActorDictionary p = ActorDictionary.read(phoenix);
        assertThat(p.size()).isGreaterThan(20_000);
        assertThat(p.codeFor("Barack Obama", LocalDate.of(2010, 1, 1))).contains("USAGOV");
        assertThat(p.codeFor("Afghanistan", LocalDate.of(2010, 1, 1))).contains("AFG");
    }

    @Test
    void aPersonWhoseEveryTermEndedIsFoundWithTheLastTermHeld() {
        ActorDictionary d = ActorDictionary.fromLines(List.of(
                "ODO_BRANDIL_ [GONGOV 700101-791231]",
                "+BRANDIL_",
                "\t[GONELI 800101-851231]",
                "MERA_TOLK_",
                "\t[GONGOV 700101-791231]",
                "\t[GONOPP]"));
        LocalDate later = LocalDate.of(2020, 5, 1);
        assertThat(d.match(words("ODO BRANDIL"), 0, later).map(ActorMatch::code)).contains("---");
        assertThat(d.lastHeldBefore(words("ODO BRANDIL SPOKE"), 0, later).map(ActorMatch::code)).contains("GONELI");
        // still in a term on the day, or with an open-ended code: nothing to look back to
        assertThat(d.lastHeldBefore(words("ODO BRANDIL"), 0, LocalDate.of(1975, 1, 1))).isEmpty();
        assertThat(d.lastHeldBefore(words("MERA TOLK"), 0, later)).isEmpty();
    }
}
