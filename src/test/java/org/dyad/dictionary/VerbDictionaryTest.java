package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerbDictionaryTest {

    private final VerbDictionary dict = VerbDictionary.fromLines(List.of(
            "&CURRENCY",
            "+DOLLAR",
            "+SWISS FRANC_",
            "--- GRANT [070] ---",
            "GRANT",
            "GIVE {GAVE GIVEN GIVING}  # irregular",
            "DONATE [073]",
            "+CORDON_OFF {+CORDONED_OFF}",
            "- * &CURRENCY [903]",
            "- + WAS_ * TO_ ^ FROM $ [174]",
            "- * {ARMS SHIPMENT} (TO BORDER) [072]",
            "- * {A | B} [999]",
            "- FAILED_TO_*_UPON [111]"));

    @Test
    void generatesRegularFormsOnlyWithoutIrregularList() {
        assertThat(dict.forms("GRANTED")).extracting(VerbForm::code).containsExactly("070");
        assertThat(dict.forms("DONATING")).extracting(VerbForm::code).containsExactly("073");
        assertThat(dict.forms("GAVE")).extracting(VerbForm::block).containsExactly("GRANT");
        assertThat(dict.forms("GIVES")).isEmpty();
    }

    @Test
    void readsMultiWordVerbsAroundTheirHead() {
        assertThat(dict.forms("CORDONED")).singleElement().satisfies(f -> assertThat(f.after()).containsExactly("OFF"));
    }

    @Test
    void addsPluralsToSynonymSetsUnlessMarked() {
        assertThat(dict.synset("&CURRENCY")).contains(List.of("DOLLAR"), List.of("DOLLARS"), List.of("SWISS", "FRANC"))
                .doesNotContain(List.of("SWISS", "FRANCS"));
    }

    @Test
    void parsesPatternElementsAndAdjacency() {
        VerbPattern p = dict.patterns("GRANT").get(1);
        assertThat(p.code()).isEqualTo("174");
        assertThat(p.upper()).extracting(VerbPattern.Element::value).containsExactly("WAS", "+");
        // PETRARCH reads the TABARI "X_ " (underscore before a blank) as an open match
        assertThat(p.upper()).extracting(VerbPattern.Element::tight).containsExactly(false, false);
        assertThat(p.lower()).extracting(VerbPattern.Element::kind).containsExactly(VerbPattern.Kind.WORD,
                VerbPattern.Kind.SKIP_PHRASE, VerbPattern.Kind.WORD, VerbPattern.Kind.SOURCE);
        VerbPattern tight = dict.patterns("GRANT").get(3);
        assertThat(tight.upper()).extracting(VerbPattern.Element::value).containsExactly("TO", "FAILED");
        assertThat(tight.upper()).extracting(VerbPattern.Element::tight).containsExactly(true, true);
        assertThat(tight.lower()).extracting(VerbPattern.Element::tight).containsExactly(true);
    }

    @Test
    void readsPetrarch2GroupingsAsWordsAndSkipsDisjunctions() {
        assertThat(dict.patterns("GRANT")).hasSize(4);
        assertThat(dict.patterns("GRANT").get(2).lower()).extracting(VerbPattern.Element::value)
                .containsExactly("ARMS", "SHIPMENT", "TO", "BORDER");
    }

    @Test
    void loadsThePhoenixCameoDictionary() {
        Path cameo = Path.of(System.getProperty("dyad.data", "../shared/data"), "phoenix-cameo-dictionaries/CAMEO.2.0.txt");
        assertThat(cameo).exists();
        VerbDictionary d = VerbDictionary.read(cameo);
        assertThat(d.verbCount()).isGreaterThan(3000);
        assertThat(d.forms("ACCUSED")).isNotEmpty();
        assertThat(d.patterns(d.forms("RUSHED").get(0).block())).isNotEmpty();
    }
}
