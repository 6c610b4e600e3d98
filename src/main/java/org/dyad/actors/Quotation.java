package org.dyad.actors;

import org.dyad.article.Dependency;
import org.dyad.article.Sentence;

import java.util.BitSet;
import java.util.List;

/**
 * How a sentence is read for coreference: which words are inside a direct quotation (a person named in
 * a quote is not who "he" in "..., he said" refers to) and which word is the main clause's subject (the
 * likeliest antecedent of a pronoun in the next sentence: "NAME, a long description naming others,
 * said ..." then "He added ...").
 */
final class Quotation {
    private Quotation() {
    }

    /**
     * The characters of the text inside double quotation marks: curly marks open and close, a straight
     * mark toggles. A curly quotation left open at a paragraph's end runs on (quoted speech over several
     * paragraphs) until a closing mark; a straight one closes at the paragraph break, since its parity is
     * all that tells opening from closing.
     */
    static BitSet marked(String text) {
        BitSet in = new BitSet(text.length());
        boolean open = false;
        boolean straight = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && straight) open = false;
            else if (c == '“' || c == '«' || c == '„') {
                open = true;
                straight = false;
            } else if (c == '”' || c == '»') open = false;
            else if (c == '"') {
                open = !open;
                straight = true;
            } else if (open && c != '\n') in.set(i);
        }
        return in;
    }

    /** Per token of the sentence: its first character is inside a quotation. */
    static boolean[] quotedTokens(Sentence s, BitSet quoted) {
        boolean[] out = new boolean[s.tokens().size()];
        for (int t = 0; t < out.length; t++) {
            int b = s.tokens().get(t).begin();
            out[t] = b >= 0 && quoted.get(b);
        }
        return out;
    }

    /**
     * The token that is the nominal subject of the sentence's root (active or passive), or -1: of
     * "“...,” he told VOA" the "he", of "NAME, director of X, said" the NAME.
     */
    static int subject(Sentence s) {
        List<Dependency> deps = s.dependencies();
        int root = -1;
        for (Dependency d : deps) if (d.governor() < 0 && "root".equals(d.relation())) root = d.dependent();
        if (root < 0) return -1;
        // "NAME is due to testify, X said": the reporting clause's subject is the one the next "he" continues
        for (Dependency p : deps) {
            if (p.governor() != root || !"parataxis".equals(p.relation())) continue;
            int said = subjectOf(deps, p.dependent());
            if (said >= 0) return said;
        }
        return subjectOf(deps, root);
    }

    private static int subjectOf(List<Dependency> deps, int verb) {
        for (Dependency d : deps)
            if (d.governor() == verb && d.relation().startsWith("nsubj")) return d.dependent();
        return -1;
    }
}
