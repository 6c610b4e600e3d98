package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;


/**
 * The parse the Phoenix pipeline runs before PETRARCH: CoreNLP {@code tokenize,ssplit,pos,parse}
 * with the shift-reduce model and nothing else (no lemmas, NER, SUTime, conversion to Dyad's
 * records or coding). {@code dyad bench --baseline} times it on the same cleaned texts in the same
 * JVM as Dyad, so the comparison is made under the same load.
 *
 * <p>It takes Dyad's own tokenizer, sentence-split and parser settings (same model, same sentence
 * length cap, CoreNLP's default dependency graphs), so the two runs parse exactly the same
 * sentences and the difference is what Dyad does beyond the parse. CoreNLP's annotator pool then
 * hands this pipeline the already-loaded models: it costs no extra load time or heap.
 */
public final class PhoenixStyleParse {
    private final StanfordCoreNLP pipeline;

    public PhoenixStyleParse() {
        this.pipeline = new StanfordCoreNLP(CoreNlpAnnotator.parseProperties());
    }

    /** Parses one text; returns its number of sentences. */
    public int parse(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class).size();
    }
}
