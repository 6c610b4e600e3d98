package org.dyad.events.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.article.ParseNode;
import org.junit.jupiter.api.Test;

class PatternCoderTest {

    private static final LocalDate DAY = LocalDate.of(2015, 3, 10);

    private static Path res(String name) throws URISyntaxException {
        return Path.of(PatternCoderTest.class.getResource("/events/pattern/" + name).toURI());
    }

    private final PatternCoder coder;

    PatternCoderTest() throws URISyntaxException {
        coder = PatternCoder.load(res("verbs.txt"), List.of(res("actors.txt")), res("agents.txt"), res("discards.txt"),
                CoderOptions.defaults());
    }

    private static ParseNode tree(String s) {
        try {
            return TreebankReader.read(s);
        } catch (TreebankReader.MalformedTreeException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> triples(String parse) {
        return coder.code(tree(parse), DAY).stream().map(PatternEvent::triple).toList();
    }

    @Test
    void codesSubjectVerbObjectWithAgents() {
        assertThat(triples("(ROOT (S (NP (JJ Russian) (NNS soldiers)) (VP (VBD shelled) (NP (NNP Kyiv))) (. .)))"))
                .containsExactly("RUSMIL UKR 190");
    }

    @Test
    void reportsTokenSpansOfSourceAndTarget() {
        PatternEvent e = coder.code(tree("(ROOT (S (NP (DT The) (NNP U.S.)) (VP (VBD condemned) (NP (NNP Russia))) (. .)))"), DAY).get(0);
        assertThat(e.triple()).isEqualTo("USA RUS 122");
        assertThat(e.verbToken()).isEqualTo(2);
        assertThat(List.of(e.sourceBegin(), e.sourceEnd(), e.targetBegin(), e.targetEnd())).containsExactly(0, 2, 3, 4);
        assertThat(e.negated()).isFalse();
    }

    @Test
    void synonymSetPatternOverridesTheVerbCode() {
        assertThat(triples("(ROOT (S (NP (NNP Ukraine)) (VP (VBD attacked) (NP (NNP Russia)) (PP (IN with) (NP (NN trade) (NN embargo)))) (. .)))"))
                .containsExactly("UKR RUS 163");
    }

    @Test
    void passiveWithByAgentSwapsSourceAndTarget() {
        assertThat(triples("(ROOT (S (NP (NNP Kyiv)) (VP (VBD was) (VP (VBN denounced) (PP (IN by) (NP (NNP Moscow))))) (. .)))"))
                .containsExactly("RUS UKR 122");
    }

    @Test
    void compoundSubjectMeetingGivesBothDirections() {
        assertThat(triples("(ROOT (S (NP (NNP Russia) (CC and) (NNP Ukraine)) (VP (VBP have) (VP (VBN met))) (. .)))"))
                .containsExactlyInAnyOrder("RUS UKR 043", "UKR RUS 043");
    }

    @Test
    void multiWordVerbNeedsItsParticle() {
        assertThat(triples("(ROOT (S (NP (NNP Russia)) (VP (VBD ruled) (PRT (RP out)) (NP (NNP Ukraine))) (. .)))"))
                .containsExactly("RUS UKR 111");
        assertThat(triples("(ROOT (S (NP (NNP Russia)) (VP (VBD ruled) (NP (NNP Ukraine))) (. .)))")).isEmpty();
    }

    @Test
    void flagsNegationBeforeTheVerb() {
        List<PatternEvent> events = coder.code(tree(
                "(ROOT (S (NP (NNP Russia)) (VP (MD will) (RB not) (VP (VB attack) (NP (NNP Ukraine)))) (. .)))"), DAY);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.triple()).isEqualTo("RUS UKR 190");
            assertThat(e.negated()).isTrue();
        });
    }

    @Test
    void dateRestrictedActorCodeFollowsTheSentenceDate() {
        String parse = "(ROOT (S (NP (NNP Barack) (NNP Obama)) (VP (VBD condemned) (NP (NNP Russia))) (. .)))";
        assertThat(coder.code(tree(parse), LocalDate.of(2008, 6, 1))).extracting(PatternEvent::triple).containsExactly("USAELI RUS 122");
        assertThat(coder.code(tree(parse), LocalDate.of(2012, 6, 1))).extracting(PatternEvent::triple).containsExactly("USAGOV RUS 122");
    }

    @Test
    void requireDyadDropsEventsWithANullActor() {
        String parse = "(ROOT (S (NP (DT The) (NNS crowds)) (VP (VBD attacked) (NP (NNP Kyiv))) (. .)))";
        assertThat(triples(parse)).isEmpty();
        PatternCoder.Outcome o = coder.code(null, tree(parse), DAY, CoderOptions.defaults().with("require_dyad", "False"), null);
        assertThat(o.events()).extracting(PatternEvent::triple).containsExactly("--- UKR 190");
    }

    @Test
    void splicesCoreNlpNominalModifierNodes() {
        assertThat(triples("(ROOT (S (NP (NML (JJ Russian) (JJ foreign)) (NN minister)) (VP (VBD condemned) (NP (NNP Ukraine))) (. .)))"))
                .containsExactly("RUSGOVFRM UKR 122");
    }

    @Test
    void rejoinsCoreNlpHyphenSplitsBeforeMatchingActors() {
        PatternEvent e = coder.code(tree("(ROOT (S (NP (NNP Russia)) (VP (VBD condemned) (NP (NNP Royal) (NN Navy) (NN anti) (HYPH -) (NN submarine) (NNS drills))) (. .)))"), DAY).get(0);
        assertThat(e.triple()).isEqualTo("RUS GBRMIL 122");
        assertThat(List.of(e.targetBegin(), e.targetEnd())).containsExactly(2, 8);
    }

    @Test
    void acceptsActorsFromAPluggedResolver() {
        NounPhraseActors byToken = (words, tokens, date) -> tokens.contains(0) ? "FRA" : words.contains("KYIV") ? "UKR" : "---";
        List<PatternEvent> events = coder.code(tree("(ROOT (S (NP (NNP Macron)) (VP (VBD condemned) (NP (NNP Kyiv))) (. .)))"), DAY, byToken);
        assertThat(events).extracting(PatternEvent::triple).containsExactly("FRA UKR 122");
    }

    @Test
    void shortCommaClauseIsDeletedSoTheSubjectReachesTheVerb() {
        // (a predicate of at most 8 words after the last comma would itself be deleted as a
        // terminal clause, as in PETRARCH)
        String parse = "(ROOT (S (NP (NP (NNP Moscow)) (, ,) (NP (DT the) (JJ Russian) (NN capital)) (, ,)) "
                + "(VP (VBD condemned) (NP (NNP Kyiv)) (PP (IN over) (NP (NP (DT the) (NN attack)) (PP (IN on) "
                + "(NP (NP (DT the) (NN bridge)) (PP (IN in) (NP (DT the) (NN port) (IN of) (NNP Odesa)))))))) (. .)))";
        assertThat(triples(parse)).containsExactly("RUS UKR 122");
        PatternCoder.Outcome off = coder.code(null, tree(parse), DAY, CoderOptions.defaults().with("comma_max", "0"), null);
        assertThat(off.events()).isEmpty();
    }

    @Test
    void blockingPatternSuppressesTheVerbCode() throws Exception {
        PatternCoder blocking = PatternCoder.of(org.dyad.dictionary.VerbDictionary.fromLines(List.of(
                        "--- AVERT [190] ---", "AVERT", "- * CRISIS [---]")),
                (w, t, d) -> w.contains("RUSSIA") ? "RUS" : w.contains("UKRAINE") ? "UKR" : "---", null, CoderOptions.defaults());
        assertThat(blocking.code(tree("(ROOT (S (NP (NNP Russia)) (VP (VBD averted) (NP (NNP Ukraine))) (. .)))"), DAY))
                .extracting(PatternEvent::triple).containsExactly("RUS UKR 190");
        assertThat(blocking.code(tree("(ROOT (S (NP (NNP Russia)) (VP (VBD averted) (NP (DT a) (NN crisis)) (PP (IN in) (NP (NNP Ukraine)))) (. .)))"), DAY))
                .isEmpty();
    }

    @Test
    void discardPhraseStopsCodingTheStory() {
        PatternCoder.Outcome o = coder.code("Russia attacked Ukraine in a football match.",
                tree("(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNP Ukraine)) (PP (IN in) (NP (DT a) (NN football) (NN match)))) (. .)))"),
                DAY, CoderOptions.defaults(), null);
        assertThat(o.events()).isEmpty();
        assertThat(o.skip()).isEqualTo(PatternCoder.Skip.STORY_DISCARD);
    }

    @Test
    void oddTreesCodeNothingInsteadOfFailing() {
        assertThat(triples("(ROOT (FRAG (NP (NNP Russia))))")).isEmpty();
        assertThat(triples("(ROOT (VP (VB attack)))")).isEmpty();
        assertThat(triples("(X y)")).isEmpty();
    }
}
