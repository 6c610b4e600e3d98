package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * FineGazetteer labels exactly as CoreNLP's TokensRegexNER does on the same mapping: invented
 * gazetteer lines (overlapping names, priorities, duplicates, a word with a '.', a cased file
 * beside a caseless one) over invented and random sentences with statistical NER labels set.
 */
class FineGazetteerTest {
    @TempDir
    static Path dir;
    static String mapping;
    static TokensRegexNERAnnotator corenlp;
    static FineGazetteer ours;

    static final String CASELESS = String.join("\n",
            "port velmora\tCITY\tMISC,LOCATION\t2",
            "velmora\tSTATE_OR_PROVINCE\tMISC,LOCATION\t1",
            "velmora archipelago\tSTATE_OR_PROVINCE\tMISC\t2",
            "velmora\tCITY\tMISC\t3",
            "velmora\tCOUNTRY\tMISC\t1",
            "grand admiral\tTITLE\tMISC\t1",
            "admiral\tTITLE\tMISC\t1",
            "lt.\tTITLE\tMISC\t1",
            "vice lt.\tTITLE\tMISC\t1",
            "quorist\tIDEOLOGY\tMISC\t1",
            "anti-quorist\tIDEOLOGY\tMISC\t1",
            "drenn drenn\tCITY\tLOCATION\t1",
            "ostrava minor\tCITY\tMISC,PERSON\t1",
            "minor\tCRIMINAL_CHARGE\tMISC\t1",
            "") ;
    static final String CASED = String.join("\n",
            "Velmora\tCOUNTRY\tMISC,LOCATION\t2",
            "Drenn\tCITY\tLOCATION\t1",
            "DRENN\tNATIONALITY\tMISC\t1",
            "Ostrava\tCITY\t\t1",
            "");

    @BeforeAll
    static void load() throws IOException {
        Path caseless = Files.writeString(dir.resolve("caseless.tab"), CASELESS);
        Path cased = Files.writeString(dir.resolve("cased.tab"), CASED);
        mapping = "ignorecase=true,validpospattern=(NN|JJ|ADD).*," + caseless + ";" + cased;
        Properties p = new Properties();
        p.setProperty(FineGazetteer.NAME + ".mapping", mapping);
        corenlp = new TokensRegexNERAnnotator(FineGazetteer.NAME, p);
        ours = new FineGazetteer(mapping, FineGazetteer.emptyMapping(dir));
    }

    @Test
    void labelsInventedSentencesAsCoreNlp() {
        assertSame("Port Velmora Archipelago NNP NNP NNP LOCATION LOCATION LOCATION");
        assertSame("the grand admiral of Velmora DT JJ NN IN NNP O O O O LOCATION");
        assertSame("Vice Lt. Ostrava Minor spoke NNP NNP NNP NNP VBD O O PERSON PERSON O");
        assertSame("drenn drenn drenn Drenn NN NN NN NNP O O O LOCATION");
        assertSame("an anti-quorist DRENN minor DT JJ NNP JJ O O ORGANIZATION O");
        assertSame("VELMORA velmora Velmora NNP NN NNP MISC MISC O");
        assertSame("Ltx admiral ran NNP NN VBD O O O");
    }

    @Test
    void labelsRandomSentencesAsCoreNlp() {
        String[] words = {"port", "Port", "velmora", "Velmora", "VELMORA", "archipelago", "grand", "admiral", "Admiral", "lt.",
                "Lt.", "vice", "quorist", "anti-quorist", "drenn", "Drenn", "DRENN", "ostrava", "Ostrava", "minor", "the", "of", ","};
        String[] tags = {"NN", "NNP", "JJ", "VB", "DT", "IN"};
        String[] ners = {"O", "O", "O", "LOCATION", "PERSON", "ORGANIZATION", "MISC", "DATE"};
        Random r = new Random(16);
        for (int n = 0; n < 3000; n++) {
            int len = 1 + r.nextInt(9);
            StringBuilder w = new StringBuilder(), t = new StringBuilder(), e = new StringBuilder();
            String run = ners[r.nextInt(ners.length)];
            for (int i = 0; i < len; i++) {
                if (r.nextInt(3) == 0) run = ners[r.nextInt(ners.length)];
                w.append(words[r.nextInt(words.length)]).append(' ');
                t.append(tags[r.nextInt(tags.length)]).append(' ');
                e.append(run).append(' ');
            }
            assertSame((w + "" + t + e).trim());
        }
    }

    /** "w1 .. wn t1 .. tn e1 .. en": words, POS tags and statistical NER labels. */
    private static void assertSame(String spec) {
        String[] f = spec.split(" ");
        int n = f.length / 3;
        assertEquals(labels(run(corenlp, f, n)), labels(run(ours, f, n)), spec);
    }

    private static List<CoreLabel> run(TokensRegexNERAnnotator a, String[] f, int n) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CoreLabel l = new CoreLabel();
            l.setWord(f[i]);
            l.setValue(f[i]);
            l.setTag(f[n + i]);
            l.setNER(f[2 * n + i]);
            tokens.add(l);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        Annotation doc = new Annotation(String.join(" ", java.util.Arrays.copyOf(f, n)));
        doc.set(CoreAnnotations.TokensAnnotation.class, tokens);
        doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        a.annotate(doc);
        return tokens;
    }

    private static List<String> labels(List<CoreLabel> tokens) {
        List<String> out = new ArrayList<>();
        for (CoreLabel t : tokens) out.add(t.ner());
        return out;
    }
}
