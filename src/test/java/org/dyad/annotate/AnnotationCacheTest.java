package org.dyad.annotate;

import org.dyad.article.CleanArticle;
import org.dyad.article.EntityMention;
import org.dyad.article.HandParse;
import org.dyad.article.ParseNode;
import org.dyad.article.Sentence;
import org.dyad.article.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnotationCacheTest {

    private static CleanArticle article(String text, LocalDate given) {
        return new CleanArticle("a", "a.txt", null, "en", null, null, null, given, text, List.of());
    }

    private static Sentence annotated() {
        Sentence s = HandParse.sentence("Envoys met/meet Tuesday .", "NNS VBD NNP .", "nsubj 2 1; root 0 2; obl:tmod 2 3; punct 2 4");
        ParseNode tree = ParseNode.node("ROOT", List.of(ParseNode.node("S", List.of(
                ParseNode.node("NP", List.of(ParseNode.node("NNS", List.of(ParseNode.leaf("Envoys", 0))))),
                ParseNode.node("VP", List.of(ParseNode.node("VBD", List.of(ParseNode.leaf("met", 1)))))))));
        return new Sentence(0, 0, s.text(), 0, s.end(), s.tokens(), tree, s.dependencies(),
                List.of(new EntityMention("Tuesday", "DATE", 2, 3, "2024-05-07")),
                List.of(new TimeExpression("Tuesday", "DATE", "2024-05-07", 2, 3)));
    }

    @Test
    void returnsTheStoredSentencesForTheSameTextAndDate(@TempDir Path dir) {
        AnnotationCache cache = AnnotationCache.in(dir);
        CleanArticle a = article("Envoys met Tuesday .", LocalDate.of(2024, 5, 8));
        cache.put(a, List.of(annotated()));
        assertEquals(List.of(annotated()), cache.get(a).orElseThrow());
    }

    @Test
    void missesWhenTheGivenDateDiffersBecauseTimesWereResolvedAgainstIt(@TempDir Path dir) {
        AnnotationCache cache = AnnotationCache.in(dir);
        cache.put(article("Envoys met Tuesday .", LocalDate.of(2024, 5, 8)), List.of(annotated()));
        assertTrue(cache.get(article("Envoys met Tuesday .", null)).isEmpty());
        assertTrue(cache.get(article("Envoys met Monday .", LocalDate.of(2024, 5, 8))).isEmpty());
    }
}
