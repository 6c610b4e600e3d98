package org.dyad.annotate;

import edu.stanford.nlp.parser.lexparser.EnglishTreebankParserParams;
import edu.stanford.nlp.pipeline.ParserAnnotatorUtils;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.GrammaticalStructureFactory;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Filters;

import java.util.List;

/**
 * Universal Dependencies from the shift-reduce parser's constituency trees, converted only into
 * the one representation Dyad reads.
 *
 * <p>Why: with {@code parse.buildgraphs=true} CoreNLP's parser annotator builds the grammatical
 * structure five times per sentence, for five graphs (collapsed, basic, CC-processed, enhanced,
 * enhanced++), because each conversion changes the structure it is given. Dyad reads only
 * enhanced++ (see {@link SentenceConverter}); a profile of the annotate stage (issue 16) put the
 * five conversions at about a quarter of its time. The parser now runs without graphs and this
 * class builds enhanced++ once, with the factory CoreNLP's annotator would use for this parser
 * (English, Universal Dependencies, punctuation kept, its default {@code parse.keepPunct=true}).
 *
 * <p>The edges are the ones CoreNLP's annotator gives, with one difference measured on the
 * development sets (1 sentence of 1,664): the collapsed conversion that CoreNLP runs first leaves
 * a mark on the tree, and a preposition stranded at the end of a question ("what are they afraid
 * of?") then went to the wrong noun in the enhanced++ graph built after it (checked by hand on that
 * sentence: converted alone, it attaches to "what", as it should). Elsewhere the graphs are equal
 * ({@code FasterAnnotationIT}); the development sets' figures did not change.
 */
final class DependencyConversion {
    /** Thread-safe, as CoreNLP's English factories are: all worker threads share it. */
    private static final GrammaticalStructureFactory FACTORY = factory();

    private DependencyConversion() {
    }

    private static GrammaticalStructureFactory factory() {
        EnglishTreebankParserParams params = new EnglishTreebankParserParams();
        params.setGenerateOriginalDependencies(false);
        return params.treebankLanguagePack().grammaticalStructureFactory(Filters.acceptFilter(), params.typedDependencyHeadFinder());
    }

    /** The enhanced++ graph of a parsed sentence's tree. */
    static SemanticGraph enhancedPlusPlus(Tree tree) {
        GrammaticalStructure gs = FACTORY.newGrammaticalStructure(tree);
        return SemanticGraphFactory.generateEnhancedPlusPlusDependencies(gs);
    }

    /**
     * What CoreNLP's parser annotator adds to a parsed sentence with its default
     * {@code parse.buildgraphs=true}: the same call it makes, so the Phoenix-style baseline
     * ({@link PhoenixStyleParse}) does all the work a default CoreNLP parse does.
     */
    static void allDefaultGraphs(CoreMap sentence) {
        Tree tree = sentence.get(TreeCoreAnnotations.TreeAnnotation.class);
        if (tree != null) ParserAnnotatorUtils.fillInParseAnnotations(false, true, FACTORY, sentence, List.of(tree), GrammaticalStructure.Extras.NONE);
    }
}
