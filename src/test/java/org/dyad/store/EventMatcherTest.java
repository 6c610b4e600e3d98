package org.dyad.store;

import org.dyad.article.Factuality;
import org.dyad.article.PloverType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.article.PloverType.*;

class EventMatcherTest {
    private static Mention mention(String article, PloverType type, String src, String tgt, String from, String to, String sentence) {
        return new Mention(0, article, article + "-e1", type, null, null, List.of(),
                new Mention.Party(src, src, src, null, src), new Mention.Party(tgt, tgt, tgt, null, tgt),
                from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to), Factuality.HAPPENED,
                sentence, 0, null, 0.8, LocalDate.parse("2023-03-10"));
    }

    private static final String TALKS = "Leaders of GBR and FRA held talks in Paris on Friday about migration.";

    @Test
    void compatibilityIsSymmetricAndNotTransitive() {
        for (PloverType a : PloverType.values())
            for (PloverType b : PloverType.values())
                assertThat(EventMatcher.compatible(a, b)).as(a + "~" + b).isEqualTo(EventMatcher.compatible(b, a));
        assertThat(EventMatcher.compatible(AGREE, COOPERATE)).isTrue();
        assertThat(EventMatcher.compatible(CONSULT, COOPERATE)).isTrue();
        assertThat(EventMatcher.compatible(AGREE, CONSULT)).isFalse();
        assertThat(EventMatcher.compatible(AGREE, ASSAULT)).isFalse();
        assertThat(EventMatcher.candidateTypes(SANCTION)).containsExactlyInAnyOrder(SANCTION, COERCE);
    }

    @Test
    void theDyadKeyIgnoresDirectionAndMarksUnknownSides() {
        assertThat(EventMatcher.dyad("GBR", "FRA")).isEqualTo("FRA-GBR");
        assertThat(EventMatcher.dyad("FRA", "GBR")).isEqualTo("FRA-GBR");
        assertThat(EventMatcher.dyad("UKR", null)).isEqualTo("?-UKR");
    }

    @Test
    void undatedMentionsNeverMerge() {
        Mention stored = mention("a", CONSULT, "GBR", "FRA", "2023-03-10", "2023-03-10", TALKS);
        assertThat(EventMatcher.score(mention("b", CONSULT, "GBR", "FRA", null, null, TALKS), CONSULT, List.of(stored))).isZero();
    }

    @Test
    void windowsThatDoNotOverlapNeverMerge() {
        Mention stored = mention("a", CONSULT, "GBR", "FRA", "2023-03-10", "2023-03-10", TALKS);
        assertThat(EventMatcher.score(mention("b", CONSULT, "GBR", "FRA", "2023-03-11", "2023-03-12", TALKS), CONSULT, List.of(stored))).isZero();
        assertThat(EventMatcher.score(mention("b", CONSULT, "GBR", "FRA", "2023-03-01", "2023-03-31", TALKS), CONSULT, List.of(stored))).isPositive();
    }

    @Test
    void aCompatibleTypeNeedsStrongerEvidenceThanTheSameType() {
        Mention stored = mention("a", CONSULT, "GBR", "FRA", "2023-03-10", "2023-03-10",
                "Britain and France held talks in Paris on migration and defence.");
        Mention weak = mention("b", COOPERATE, "GBR", "FRA", "2023-03-10", "2023-03-10",
                "Britain and France will work together on migration, officials in London said.");
        Mention weakSameType = mention("c", CONSULT, "GBR", "FRA", "2023-03-10", "2023-03-10",
                "Britain and France will work together on migration, officials in London said.");
        assertThat(EventMatcher.score(weak, CONSULT, List.of(stored))).isZero();
        assertThat(EventMatcher.score(weakSameType, CONSULT, List.of(stored))).isPositive();
    }

    @Test
    void twoTypesFromOneArticleNeverMerge() {
        Mention stored = mention("a", CONSULT, "GBR", "FRA", "2023-03-10", "2023-03-10", TALKS);
        assertThat(EventMatcher.score(mention("a", COOPERATE, "GBR", "FRA", "2023-03-10", "2023-03-10", TALKS), CONSULT, List.of(stored))).isZero();
    }

    @Test
    void actorWordsDoNotCountAsSharedEvidence() {
        Set<String> actors = EvidenceSimilarity.actorWords(List.of("British Prime Minister Rishi Sunak", "Emmanuel Macron"));
        Set<String> a = EvidenceSimilarity.keyTerms("Rishi Sunak met Emmanuel Macron in Paris on Friday.", actors);
        Set<String> b = EvidenceSimilarity.keyTerms("On Friday British Prime Minister Rishi Sunak spoke to Macron in Paris.", actors);
        assertThat(a).containsExactlyInAnyOrder("paris", "friday");
        assertThat(EvidenceSimilarity.shared(a, b)).isEqualTo(2);
        assertThat(EvidenceSimilarity.contentWords("The talks were held in countries' capitals", Set.of()))
                .containsExactlyInAnyOrder("talk", "held", "country", "capital");
    }

    @Test
    void theEventWindowIsTheIntersectionOfItsMentions() {
        LocalDate[] w = EventMatcher.window(List.of(
                mention("a", CONSULT, "GBR", "FRA", "2023-03-08", "2023-03-10", TALKS),
                mention("b", CONSULT, "GBR", "FRA", "2023-03-10", "2023-03-12", TALKS)));
        assertThat(w).containsExactly(LocalDate.parse("2023-03-10"), LocalDate.parse("2023-03-10"));
    }
}
