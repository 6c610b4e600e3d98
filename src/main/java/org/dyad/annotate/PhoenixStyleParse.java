package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Properties;


/**
 * The parse the Phoenix pipeline runs before PETRARCH: CoreNLP {@code tokenize,ssplit,pos,parse}
 * with the shift-reduce model and nothing else (no lemmas, NER, SUTime, conversion to Dyad's
 * records or coding). {@code dyad bench --baseline} times it on the same cleaned texts in the same
 * JVM as Dyad, so the comparison is made under the same load.
 *
 * <p>It takes Dyad's own tokenizer, sentence-split and parser settings (same model, same sentence
 * length cap, CoreNLP's default dependency graphs), so the two runs parse exactly the same
 * sentences and the difference is what Dyad does beyond the parse. Like CoreNLP's default parse it
 * builds all five dependency graphs of each tree ({@link DependencyConversion#allDefaultGraphs}). It reuses the loaded
 * shift-reduce parser and (through CoreNLP's annotator pool) the tagger: no extra load time or heap.
 */
public final class PhoenixStyleParse {
    private final AnnotationPipeline pipeline;

    public PhoenixStyleParse() {
        Properties p = CoreNlpAnnotator.parseProperties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        this.pipeline = new AnnotationPipeline(List.of(new StanfordCoreNLP(p), CoreNlpAnnotator.loadedParser()));
    }

    /** Parses one text; returns its number of sentences. */
    public int parse(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        // the shared parser builds no graphs; a default CoreNLP parse builds five per sentence
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : sentences) DependencyConversion.allDefaultGraphs(s);
        return sentences.size();
    }
}
