package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.dyad.article.Dependency;
import org.dyad.article.EntityMention;
import org.dyad.article.ParseNode;
import org.dyad.article.Sentence;
import org.dyad.article.TimeExpression;
import org.dyad.article.Token;

import java.util.ArrayList;
import java.util.List;

/** Converts one CoreNLP sentence into Dyad's {@link Sentence} record. */
final class SentenceConverter {

    Sentence convert(CoreMap s, int index, int paragraph, String text) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner(),
                    l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                    l.beginPosition(), l.endPosition()));
        }
        int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        int firstToken = s.get(CoreAnnotations.TokenBeginAnnotation.class);
        return new Sentence(index, paragraph, text.substring(begin, end), begin, end, tokens,
                tree(s, labels.size()), dependencies(s), entities(s, firstToken), times(s, firstToken));
    }

    private static ParseNode tree(CoreMap s, int tokenCount) {
        Tree t = s.get(TreeCoreAnnotations.TreeAnnotation.class);
        if (t == null) return null;
        int[] next = {0};
        ParseNode root = convertTree(t, next);
        // the parser gives up on over-long sentences with a flat (X ...) tree: no parse is better than a false one
        if (next[0] != tokenCount || (t.numChildren() > 0 && "X".equals(t.firstChild().value()))) return null;
        return root;
    }

    private static ParseNode convertTree(Tree t, int[] next) {
        if (t.isLeaf()) return ParseNode.leaf(t.value(), next[0]++);
        List<ParseNode> kids = new ArrayList<>(t.numChildren());
        for (Tree c : t.children()) kids.add(convertTree(c, next));
        return ParseNode.node(t.value(), kids);
    }

    private static List<Dependency> dependencies(CoreMap s) {
        SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        // the parser builds no graphs (parse.buildgraphs=false): enhanced++ is converted here, once
        Tree tree = s.get(TreeCoreAnnotations.TreeAnnotation.class);
        if (g == null && tree != null) g = DependencyConversion.enhancedPlusPlus(tree);
        if (g == null) return List.of();
        List<Dependency> out = new ArrayList<>();
        for (IndexedWord root : g.getRoots()) out.add(new Dependency("root", -1, root.index() - 1));
        for (SemanticGraphEdge e : g.edgeIterable()) {
            out.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
        }
        return out;
    }

    private static List<EntityMention> entities(CoreMap s, int firstToken) {
        List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) return List.of();
        List<EntityMention> out = new ArrayList<>();
        for (CoreMap m : mentions) {
            out.add(new EntityMention(m.get(CoreAnnotations.TextAnnotation.class),
                    m.get(CoreAnnotations.EntityTypeAnnotation.class),
                    m.get(CoreAnnotations.TokenBeginAnnotation.class) - firstToken,
                    m.get(CoreAnnotations.TokenEndAnnotation.class) - firstToken,
                    m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
        }
        return out;
    }

    private static List<TimeExpression> times(CoreMap s, int firstToken) {
        List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) return List.of();
        List<TimeExpression> out = new ArrayList<>();
        for (CoreMap m : mentions) {
            Timex tx = m.get(TimeAnnotations.TimexAnnotation.class);
            if (tx == null) continue;
            out.add(new TimeExpression(m.get(CoreAnnotations.TextAnnotation.class), tx.timexType(), tx.value(),
                    m.get(CoreAnnotations.TokenBeginAnnotation.class) - firstToken,
                    m.get(CoreAnnotations.TokenEndAnnotation.class) - firstToken));
        }
        return out;
    }
}
