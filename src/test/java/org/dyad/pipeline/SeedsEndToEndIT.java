package org.dyad.pipeline;

import org.dyad.article.ActorMention;
import org.dyad.article.ArticleOutcome;
import org.dyad.article.CodedArticle;
import org.dyad.article.CodedEvent;
import org.dyad.article.Factuality;
import org.dyad.article.PloverType;
import org.dyad.article.Quote;
import org.dyad.config.DyadConfig;
import org.dyad.ingest.ArticleSources;
import org.dyad.ingest.SourceItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole pipeline, with CoreNLP and the real dictionaries, on the five sample articles. */
class SeedsEndToEndIT {
    private static final Map<String, ArticleOutcome> OUT = new HashMap<>();

    @BeforeAll
    static void codeTheSeeds() {
        DyadConfig config = new DyadConfig(Path.of(System.getProperty("dyad.data")), 2);
        ArticlePipeline pipeline = ArticlePipeline.load(config);
        List<SourceItem> items = new ArticleSources().read(List.of(System.getProperty("dyad.seeds")), System.in);
        List<ArticleOutcome> outcomes = new ArrayList<>();
        new BatchRunner(pipeline::process, 2, System.err).run(items, outcomes::add, Progress.none());
        for (ArticleOutcome o : outcomes) OUT.put(o.id().substring(0, 3), o);
    }

    private static CodedArticle seed(String n) {
        assertThat(OUT.get(n)).as("seed " + n).isInstanceOf(ArticleOutcome.Coded.class);
        return ((ArticleOutcome.Coded) OUT.get(n)).article();
    }

    private static boolean isDyad(CodedEvent e, String a, String b) {
        return e.source() != null && e.target() != null
                && Set.of(a, b).equals(Set.of(e.source().country(), e.target().country()));
    }

    @Test
    void sunakMacronSummitIsCodedAsPlannedBritishFrenchConsultationOrAgreement() {
        List<CodedEvent> gbrFra = seed("000").events().stream().filter(e -> isDyad(e, "GBR", "FRA"))
                .filter(e -> e.type() == PloverType.CONSULT || e.type() == PloverType.AGREE).toList();
        assertThat(gbrFra).isNotEmpty();
        assertThat(gbrFra).anyMatch(e -> e.factuality() == Factuality.PLANNED);
    }

    @Test
    void everySeedHasBritishAndFrenchActorsAndSomeEvents() {
        for (String n : List.of("000", "001", "002", "003", "004")) {
            CodedArticle a = seed(n);
            assertThat(a.actors()).extracting(ActorMention::country).contains("GBR", "FRA");
            assertThat(a.events()).as("events of " + n).isNotEmpty();
        }
    }

    @Test
    void leadersAreResolvedToTheirCountryAndGovernment() {
        assertThat(seed("000").actors()).anyMatch(m -> "Rishi Sunak".equals(m.name()) && "GBR".equals(m.country()) && "GOV".equals(m.sector()));
        assertThat(seed("001").actors()).anyMatch(m -> m.name() != null && m.name().contains("Starmer") && "GBR".equals(m.country()));
        assertThat(seed("003").actors()).anyMatch(m -> m.name() != null && m.name().contains("Barrot") && "FRA".equals(m.country()));
    }

    @Test
    void debrisIsRemovedAndNeverCoded() {
        CodedArticle a = seed("001");
        assertThat(a.article().text()).doesNotContain("READ MORE").doesNotContain("Man Utd");
        assertThat(a.article().removed()).isNotEmpty();
        assertThat(seed("004").article().text()).doesNotContain("Читати більше");
        for (String n : List.of("000", "001", "002", "003", "004"))
            assertThat(seed(n).events()).noneMatch(e -> e.sentence().contains("READ MORE") || e.sentence().contains("Photo by"));
    }

    @Test
    void undatedArticleGetsAnHonestWindowAroundTheSummit() {
        var p = seed("000").published();
        assertThat(p.isKnown()).isTrue();
        assertThat(p.from()).isBeforeOrEqualTo(LocalDate.of(2023, 3, 10));
        assertThat(p.to()).isAfterOrEqualTo(LocalDate.of(2023, 3, 8));
    }

    @Test
    void sunaksQuoteIsAttributedToHim() {
        List<Quote> q = seed("000").quotes().stream().filter(x -> x.text().contains("Our deep history")).toList();
        assertThat(q).isNotEmpty();
        assertThat(q.get(0).speaker()).contains("Sunak");
        assertThat(q.get(0).country()).isEqualTo("GBR");
    }
}
