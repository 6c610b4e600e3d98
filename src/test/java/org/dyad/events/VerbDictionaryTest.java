package org.dyad.events;

import org.dyad.article.PloverType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerbDictionaryTest {

    private static final Path DATA = Path.of(System.getProperty("dyad.data"));

    @Test
    void bundledDictionaryCoversEveryPloverType() {
        CameoPloverMap map = CameoPloverMap.load(DATA.resolve("plover").resolve("CAMEO2PLOVER-2021.txt"));
        List<VerbRule> rules = VerbDictionary.readBundled();
        assertThat(rules.size()).isGreaterThan(300);
        Set<PloverType> types = EnumSet.noneOf(PloverType.class);
        for (VerbRule r : rules) {
            if (r.cameo().equals(VerbRule.NONE)) continue;
            PloverType t = r.type() != null ? r.type() : map.type(r.cameo());
            assertThat(t).as(r.origin() + " " + r.lemma() + " " + r.cameo()).isNotNull();
            types.add(t);
        }
        assertThat(types).containsExactlyInAnyOrder(PloverType.values());
    }

    @Test
    void parsesObjectsParticlesComplementsAndFlags() {
        List<VerbRule> rules = VerbDictionary.parse(List.of(
                "# comment",
                "V  restart  intelligence_sharing|information  -  064",
                "V  ramp     manufacturing  prt:up  061  recip",
                "V  recognise  -  as:threat|enemy  111  blame,type=ACCUSE",
                "N  talk     -  -  040  recip"), "t");
        assertThat(rules).hasSize(4);
        assertThat(rules.get(0).objects()).containsExactly(List.of("intelligence", "sharing"), List.of("information"));
        assertThat(rules.get(1).particle()).isEqualTo("up");
        assertThat(rules.get(1).has(VerbRule.Flag.RECIP)).isTrue();
        assertThat(rules.get(2).prep()).isEqualTo("as");
        assertThat(rules.get(2).prepHeads()).containsExactlyInAnyOrder("threat", "enemy");
        assertThat(rules.get(2).type()).isEqualTo(PloverType.ACCUSE);
        assertThat(rules.get(3).noun()).isTrue();
        assertThat(rules.get(0).specificity()).as("an object requirement beats a bare lemma").isGreaterThan(rules.get(3).specificity());
    }

    @Test
    void aNoneLineHidesTheFallbackRulesOfItsLemmaOnly() {
        List<VerbRule> rules = new java.util.ArrayList<>(VerbDictionary.parse(List.of(
                "V  call  -  -  none", "V  call  -  for  100"), "t"));
        java.util.EnumSet<VerbRule.Flag> fallback = java.util.EnumSet.of(VerbRule.Flag.FALLBACK);
        rules.add(new VerbRule(false, "call", List.of(), null, null, Set.of(), "041", null, fallback, "c"));
        rules.add(new VerbRule(false, "phone", List.of(), null, null, Set.of(), "041", null, fallback, "c"));
        VerbDictionary d = new VerbDictionary(rules);
        assertThat(d.verbRules("call")).extracting(VerbRule::cameo).containsExactly("100");
        assertThat(d.verbRules("phone")).extracting(VerbRule::cameo).containsExactly("041");
    }

    @Test
    void rejectsMalformedLinesWithTheirLineNumber() {
        assertThatThrownBy(() -> VerbDictionary.parse(List.of("V meet - - 04x"), "d.tsv")).hasMessageContaining("d.tsv:1");
        assertThatThrownBy(() -> VerbDictionary.parse(List.of("", "X meet - - 040"), "d.tsv")).hasMessageContaining("d.tsv:2");
        assertThatThrownBy(() -> VerbDictionary.parse(List.of("V meet - - 040 loud"), "d.tsv")).hasMessageContaining("loud");
    }

    @Test
    void readsVerbBlocksOfThePetrarchDictionary() {
        List<VerbRule> rules = CameoVerbLexicon.parse(List.of(
                "&SYN", "+ONE", "####### VERB PATTERNS #######",
                "---  VISIT   [042:043]  ---",
                "VISIT ",
                "TOUR {TOURS TOURED} # note",
                "---  ASK   [---]  ---",
                "+ASK_FOR {+ASKED_FOR} [020]",
                "ASK     [020]",
                "QUERY ",
                "- * {ARMS SHIPMENT}   [072]   # RUSH",
                "- * &CURRENCY   [0231]",
                "- * (FOR HELP)  [020]"), "c.txt");
        assertThat(rules).extracting(VerbRule::lemma, VerbRule::cameo, VerbRule::objects).containsExactly(
                org.assertj.core.groups.Tuple.tuple("visit", "042", List.of()),
                org.assertj.core.groups.Tuple.tuple("tour", "042", List.of()),
                org.assertj.core.groups.Tuple.tuple("ask", "020", List.of()),
                org.assertj.core.groups.Tuple.tuple("ask", "072", List.of(List.of("arms", "shipment"))),
                org.assertj.core.groups.Tuple.tuple("query", "072", List.of(List.of("arms", "shipment"))));
        assertThat(rules).allMatch(r -> r.has(VerbRule.Flag.FALLBACK));
    }

    @Test
    void readsTheRealCameoDictionary() {
        List<VerbRule> rules = CameoVerbLexicon.read(DATA.resolve("phoenix-cameo-dictionaries").resolve("CAMEO.2.0.txt"));
        assertThat(rules).anyMatch(r -> r.lemma().equals("threaten") && r.cameo().equals("130") && r.objects().isEmpty());
        assertThat(rules).anyMatch(r -> r.lemma().equals("visit") && r.cameo().equals("042"));
        assertThat(rules.size()).isGreaterThan(1000);
    }
}
