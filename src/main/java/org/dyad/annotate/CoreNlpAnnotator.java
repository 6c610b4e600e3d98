package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.ParserAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.ArticleException;
import org.dyad.article.CleanArticle;
import org.dyad.article.Sentence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * Annotates cleaned articles with Stanford CoreNLP and returns Dyad's records.
 *
 * <p>One instance holds one loaded CoreNLP pipeline (about 40 s and 2-3 GB to load) and is shared
 * by all worker threads: CoreNLP's annotators are thread-safe for concurrent {@code annotate} calls.
 */
public final class CoreNlpAnnotator {
    /** Sentences longer than this are not parsed: the SR parser's time grows fast and such "sentences" are mostly debris. */
    static final int MAX_PARSE_TOKENS = 90;

    private final Path cacheDir;
    private volatile Pipelines pipeline;
    private final SentenceConverter converter = new SentenceConverter();
    private final java.util.Optional<AnnotationCache> cache = AnnotationCache.fromEnvironment();

    /** The models loading on their own thread since construction, or null (loaded on first need). */
    private final CompletableFuture<Pipelines> loading;

    /**
     * Starts loading the models on a thread of its own, so that the caller loads its dictionaries
     * meanwhile (on two cores the two loads overlap; issue 16); {@link #awaitLoaded} waits for them.
     * With an annotation cache, models load only when an article misses it.
     */
    public CoreNlpAnnotator(Path cacheDir) {
        this.cacheDir = cacheDir;
        this.loading = cache.isEmpty() ? CompletableFuture.supplyAsync(() -> Pipelines.load(cacheDir), task -> {
            Thread t = new Thread(task, "dyad-corenlp-load");
            t.setDaemon(true);
            t.start();
        }) : null;
    }

    /** Blocks until the models started by the constructor are loaded; a load failure is thrown here. */
    public void awaitLoaded() {
        if (loading != null) pipeline();
    }

    /**
     * Everything before the parse, and the parse, run as two steps so that only the sentences
     * {@link ParseSelection} picks are parsed. The two load on two threads: the shift-reduce model
     * and the NER models are independent, and loading is single-threaded CPU work either way.
     */
    private record Pipelines(StanfordCoreNLP front, Annotator parser) {
        static Pipelines load(Path cacheDir) {
            // before CoreNLP loads TokensRegex: SUTime's match states start small (-Ddyad.tokensregex.sizing=corenlp to compare)
            if (!"corenlp".equals(System.getProperty("dyad.tokensregex.sizing"))) MatchStateSizing.install();
            Properties p = properties(cacheDir);
            Properties front = new Properties();
            front.putAll(p);
            front.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            // a thread of its own: the common pool has one worker on two cores, and libraries queue work there
            CompletableFuture<Annotator> parser = CompletableFuture.supplyAsync(CoreNlpAnnotator::loadedParser, task -> {
                Thread t = new Thread(task, "dyad-parser-load");
                t.setDaemon(true);
                t.start();
            });
            // the fine-grained gazetteer: CoreNLP's NER loads an empty one, FineGazetteer's takes its place
            // (a quarter of the CoreNLP load otherwise; -Ddyad.fine.gazetteer=corenlp loads CoreNLP's, to compare)
            String mapping = front.getProperty("ner.fine.regexner.mapping");
            boolean own = !"corenlp".equals(System.getProperty("dyad.fine.gazetteer")) && FineGazetteer.installable();
            CompletableFuture<FineGazetteer> gazetteer = null;
            if (own) {
                Path empty = FineGazetteer.emptyMapping(cacheDir);
                front.setProperty("ner.fine.regexner.mapping", empty.toString());
                gazetteer = CompletableFuture.supplyAsync(() -> new FineGazetteer(mapping, empty), task -> {
                    Thread t = new Thread(task, "dyad-gazetteer-load");
                    t.setDaemon(true);
                    t.start();
                });
            }
            StanfordCoreNLP nlp = new StanfordCoreNLP(front);
            if (gazetteer != null) gazetteer.join().install();
            // SUTime only where a time expression can be (-Ddyad.sutime.gate=off runs it everywhere, to compare)
            if (!"off".equals(System.getProperty("dyad.sutime.gate"))) TimeGate.install();
            return new Pipelines(nlp, parser.join());
        }
    }

    private static volatile Annotator sharedParser;

    /** The shift-reduce parser annotator, loaded once per JVM (also the {@link PhoenixStyleParse} baseline's). */
    static Annotator loadedParser() {
        Annotator a = sharedParser;
        if (a != null) return a;
        synchronized (CoreNlpAnnotator.class) {
            if (sharedParser == null) sharedParser = new ParserAnnotator("parse", parseProperties());
            return sharedParser;
        }
    }

    private Pipelines pipeline() {
        Pipelines p = pipeline;
        if (p == null) {
            synchronized (this) {
                if (pipeline == null) pipeline = loading != null ? joined(loading) : Pipelines.load(cacheDir);
                p = pipeline;
            }
        }
        return p;
    }

    /** The loaded models; the load's own exception (not a wrapper) when it failed. */
    private static Pipelines joined(CompletableFuture<Pipelines> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    static Properties properties(Path cacheDir) {
        Properties p = parseProperties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse");
        p.setProperty("ner.fine.regexner.mapping", RegexFreeGazetteer.mapping(cacheDir));
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("ner.useSUTime", "true");
        return withOverrides(p);
    }

    /** Tokenizer, sentence split and parser settings, shared with {@link PhoenixStyleParse}. */
    static Properties parseProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,parse");
        // the dictionaries were written with hyphenated words whole ("F-16s", "Franco-British")
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        // cleaned text has one paragraph per line: a sentence never spans paragraphs
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("parse.model", "edu/stanford/nlp/models/srparser/englishSR.ser.gz");
        p.setProperty("parse.maxlen", Integer.toString(MAX_PARSE_TOKENS));
        // dependencies are derived from the constituency tree (no separate depparse model to run),
        // converted into enhanced++ alone by DependencyConversion rather than into CoreNLP's five graphs
        p.setProperty("parse.buildgraphs", "false");
        p.setProperty("parse.binaryTrees", "false");
        return withOverrides(p);
    }

    /** Experiment knobs for {@code dyad bench}: {@code -Ddyad.corenlp.KEY=VALUE} overrides a CoreNLP property. */
    private static Properties withOverrides(Properties p) {
        for (String k : System.getProperties().stringPropertyNames())
            if (k.startsWith("dyad.corenlp.")) p.setProperty(k.substring("dyad.corenlp.".length()), System.getProperty(k));
        return p;
    }

    /** Annotates one article; throws {@link ArticleException} when CoreNLP fails on it. */
    public AnnotatedArticle annotate(CleanArticle article) {
        if (cache.isPresent()) {
            var hit = cache.get().get(article);
            if (hit.isPresent()) return new AnnotatedArticle(article, hit.get());
            AnnotatedArticle fresh = annotateUncached(article);
            cache.get().put(article, fresh.sentences());
            return fresh;
        }
        return annotateUncached(article);
    }

    private AnnotatedArticle annotateUncached(CleanArticle article) {
        Annotation doc = new Annotation(article.text());
        if (article.givenDate() != null) doc.set(CoreAnnotations.DocDateAnnotation.class, article.givenDate().toString());
        try {
            Pipelines p = pipeline();
            p.front().annotate(doc);
            List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
            List<CoreMap> chosen = new ArrayList<>(all.size());
            for (CoreMap s : all) if (ParseSelection.needsParse(s.get(CoreAnnotations.TokensAnnotation.class))) chosen.add(s);
            if (!chosen.isEmpty()) {
                // the parser writes its trees onto the same sentence maps
                Annotation some = new Annotation(article.text());
                some.set(CoreAnnotations.TokensAnnotation.class, doc.get(CoreAnnotations.TokensAnnotation.class));
                some.set(CoreAnnotations.SentencesAnnotation.class, chosen);
                p.parser().annotate(some);
            }
        } catch (RuntimeException e) {
            throw new ArticleException("annotate", "CoreNLP failed: " + e, e);
        }
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> out = new ArrayList<>(sentences.size());
        String text = article.text();
        for (CoreMap s : sentences) out.add(converter.convert(s, out.size(), paragraphOf(text, s), text));
        return new AnnotatedArticle(article, out);
    }

    private static int paragraphOf(String text, CoreMap sentence) {
        int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int n = 0;
        for (int i = 0; i < begin && i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        return n;
    }
}
