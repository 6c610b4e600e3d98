package org.dyad.events.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dyad.article.ParseNode;
import org.junit.jupiter.api.Test;

class TreebankReaderTest {

    @Test
    void numbersLeavesInTextOrder() throws Exception {
        ParseNode t = TreebankReader.read("(ROOT (S (NP (NNP Arnor))\n  (VP (VBD restored) (NP (NNS ties))) (. .)))");
        assertThat(t.label()).isEqualTo("ROOT");
        assertThat(t.text()).isEqualTo("Arnor restored ties .");
        assertThat(t.leaves()).extracting(ParseNode::tokenIndex).containsExactly(0, 1, 2, 3);
    }

    @Test
    void unlabelledOuterBracketBecomesRoot() throws Exception {
        ParseNode t = TreebankReader.read("( (S (NP (PRP It)) (VP (VBZ works))))");
        assertThat(t.label()).isEqualTo("ROOT");
        assertThat(t.children().get(0).label()).isEqualTo("S");
    }

    @Test
    void rejectsUnbalancedBrackets() {
        assertThatThrownBy(() -> TreebankReader.read("(ROOT (S (NP (NNP Arnor)) (VP (VBZ is))"))
                .isInstanceOf(TreebankReader.MalformedTreeException.class);
        assertThatThrownBy(() -> TreebankReader.read("(ROOT (S (NP (NNP Arnor)))))"))
                .isInstanceOf(TreebankReader.MalformedTreeException.class);
    }
}
