package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ParserAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two speed-ups of issue 16 change nothing in what the annotator gives: enhanced++ converted
 * alone equals the graph CoreNLP's parser annotator builds among its five, and NER with SUTime
 * gated to sentences with a time anchor, and run on the windows around anchors ({@link TimeWindows}),
 * equals NER with SUTime on every whole sentence; {@link FineGazetteer} labels as CoreNLP's own
 * fine-grained gazetteer does, with the real KBP lists.
 */
class FasterAnnotationIT {
    /** Own text: dates, durations, numbers, hyphenated words and sentences without any time. */
    private static final String TEXT = String.join("\n",
            "The foreign ministers of Chile and Peru met in Lima on Tuesday and agreed to resume talks next month.",
            "Officials said the two-day visit was the first in a decade, after 14 years of frozen relations.",
            "Neither government commented on the dispute over fishing rights.",
            "Rebels shelled the northern town, killing three soldiers, the army said in a statement.",
            "The president, who took office in January 2021, will travel to Brussels later this week.",
            "About 1,200 troops remain deployed along the border, a spokeswoman for the defence ministry said.",
            "Protesters gathered outside parliament every evening, demanding early elections.",
            "In 2019 the committee, after long and often bitter negotiations among delegates from many member states and"
                    + " observers, finally adopted the charter that its lawyers had drafted two years earlier.");

    private static StanfordCoreNLP front;
    private static Path dir;

    @BeforeAll
    static void load() throws Exception {
        dir = Files.createTempDirectory("dyad-it-cache");
        Properties p = CoreNlpAnnotator.properties(dir);
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        front = new StanfordCoreNLP(p);
    }

    private static Annotation ner(String date) {
        Annotation doc = new Annotation(TEXT);
        doc.set(CoreAnnotations.DocDateAnnotation.class, date);
        front.annotate(doc);
        return doc;
    }

    private static List<String> nerView(Annotation doc) {
        List<String> out = new ArrayList<>();
        for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class))
            out.add(t.word() + "/" + t.ner() + "/" + t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class))
            for (CoreMap m : s.get(CoreAnnotations.MentionsAnnotation.class))
                out.add(m.get(CoreAnnotations.TextAnnotation.class) + "|" + m.get(CoreAnnotations.EntityTypeAnnotation.class)
                        + "|" + m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)
                        + "|" + m.get(edu.stanford.nlp.time.TimeAnnotations.TimexAnnotation.class));
        return out;
    }

    @Test
    void gatedSutimeGivesTheSameNerAsSutimeEverywhere() {
        List<String> everywhere = nerView(ner("2024-03-08"));
        assertTrue(TimeGate.install(), "the gate installs on CoreNLP 4.5");
        List<String> gated = nerView(ner("2024-03-08"));
        assertEquals(everywhere, gated);
        assertTrue(gated.stream().anyMatch(s -> s.startsWith("Tuesday/DATE/2024-03-05")), gated.toString());
        // the last sentence's two expressions lie in two windows
        assertTrue(gated.stream().anyMatch(s -> s.startsWith("two years earlier|DATE")), gated.toString());
    }

    @Test
    void fineGazetteerGivesTheSameNerAsCoreNlpsOwn() {
        List<String> theirs = nerView(ner("2024-03-08"));
        FineGazetteer ours = new FineGazetteer(CoreNlpAnnotator.properties(dir).getProperty("ner.fine.regexner.mapping"),
                FineGazetteer.emptyMapping(dir));
        var replaced = FineGazetteer.swap(ours);
        try {
            List<String> mine = nerView(ner("2024-03-08"));
            assertEquals(theirs, mine);
            // the gazetteer's own labels are among them (the statistical NER gives none of these types)
            assertTrue(mine.stream().anyMatch(s -> s.startsWith("Lima/CITY/")), mine.toString());
            assertTrue(mine.stream().anyMatch(s -> s.startsWith("spokeswoman/TITLE/")), mine.toString());
        } finally {
            FineGazetteer.swap(replaced);
        }
    }

    @Test
    void enhancedPlusPlusAloneEqualsCoreNlpsOwnGraph() {
        Properties p = CoreNlpAnnotator.parseProperties();
        p.setProperty("parse.buildgraphs", "true");
        ParserAnnotator withGraphs = new ParserAnnotator("parse", p);
        Annotation doc = ner("2024-03-08");
        withGraphs.annotate(doc);
        int edges = 0;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            SemanticGraph theirs = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            SemanticGraph ours = DependencyConversion.enhancedPlusPlus(s.get(TreeCoreAnnotations.TreeAnnotation.class));
            assertEquals(theirs.toList(), ours.toList());
            edges += ours.edgeCount();
        }
        assertTrue(edges > 50);
    }
}
