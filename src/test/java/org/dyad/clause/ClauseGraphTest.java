package org.dyad.clause;

import org.dyad.article.Sentence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.article.HandParse.sentence;

class ClauseGraphTest {

    @Test
    void readsThePrepositionFromEnhancedAndBasicRelationsAlike() {
        ClauseGraph enhanced = new ClauseGraph(sentence("Rome traded/trade with/with Oslo .", "NNP VBD IN NNP .",
                "nsubj 2 1; root 0 2; case 4 3; obl:with 2 4; punct 2 5"));
        ClauseGraph basic = new ClauseGraph(sentence("Rome traded/trade with/with Oslo .", "NNP VBD IN NNP .",
                "nsubj 2 1; root 0 2; case 4 3; obl 2 4; punct 2 5"));
        for (ClauseGraph g : new ClauseGraph[]{enhanced, basic}) {
            assertThat(g.relation(3)).isEqualTo("obl");
            assertThat(g.prep(3)).isEqualTo("with");
            assertThat(g.parent(3)).isEqualTo(1);
            assertThat(g.children(1, "obl")).containsExactly(3);
        }
        assertThat(enhanced.fullRelation(3)).isEqualTo("obl:with");
    }

    @Test
    void keepsSubtypesThatChangeTheMeaning() {
        assertThat(ClauseGraph.base("nsubj:pass")).isEqualTo("nsubj:pass");
        assertThat(ClauseGraph.base("nmod:poss")).isEqualTo("nmod:poss");
        assertThat(ClauseGraph.base("obl:agent")).isEqualTo("obl:agent");
        assertThat(ClauseGraph.base("acl:relcl")).isEqualTo("acl:relcl");
        assertThat(ClauseGraph.base("conj:and")).isEqualTo("conj");
        assertThat(ClauseGraph.base("advcl:if")).isEqualTo("advcl");
    }

    @Test
    void walksUpTheTreeNotAlongAnEnhancedExtraEdge() {
        // the controlled subject edge (nsubj:xsubj) is listed before the tree edge on purpose
        ClauseGraph g = new ClauseGraph(sentence("Envoys wanted/want to/to leave/leave .", "NNS VBD TO VB .",
                "nsubj:xsubj 4 1; nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; punct 2 5"));
        assertThat(g.parent(0)).isEqualTo(1);
        assertThat(g.children(3)).containsExactly(2);
        assertThat(g.children(3, "nsubj:xsubj")).containsExactly(0);
        assertThat(g.dominates(1, 3)).isTrue();
        assertThat(g.dominates(3, 1)).isFalse();
    }

    @Test
    void findsTheNegatorOfAVerbAndOfANoun() {
        ClauseGraph verb = new ClauseGraph(sentence("They did/do not/not meet/meet .", "PRP VBD RB VB .",
                "nsubj 4 1; aux 4 2; advmod 4 3; root 0 4; punct 4 5"));
        assertThat(verb.negator(3)).isEqualTo(2);
        ClauseGraph noun = new ClauseGraph(sentence("No/no talks/talk were/be held/hold .", "DT NNS VBD VBN .",
                "det 2 1; nsubj:pass 4 2; aux:pass 4 3; root 0 4; punct 4 5"));
        assertThat(noun.negated(1)).isTrue();
        assertThat(noun.negated(3)).isFalse();
    }

    @Test
    void takesNotOnlyForNoNegation() {
        ClauseGraph g = new ClauseGraph(sentence("They not/not only/only met/meet but/but also/also signed/sign .",
                "PRP RB RB VBD CC RB VBD .",
                "nsubj 4 1; advmod 4 2; advmod 2 3; root 0 4; cc 7 5; advmod 7 6; conj:but 4 7; punct 4 8"));
        assertThat(g.negated(3)).isFalse();
    }

    @Test
    void followsTheOpenComplementChainUpToTheGoverningVerb() {
        Sentence s = sentence("He is/be scheduled/schedule to/to travel/travel .", "PRP VBZ VBN TO VB .",
                "nsubj:pass 3 1; aux:pass 3 2; root 0 3; mark 5 4; xcomp 3 5; punct 3 6");
        ClauseGraph g = new ClauseGraph(s);
        assertThat(g.complementChain(4)).containsExactly(4, 2);
        assertThat(g.complementChain(2)).containsExactly(2);
        assertThat(g.mark(4)).isEqualTo("to");
    }
}
