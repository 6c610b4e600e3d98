package org.dyad.pipeline;

import org.dyad.article.AnnotatedArticle;
import org.dyad.article.ArticleException;
import org.dyad.article.ArticleOutcome;
import org.dyad.article.CleanArticle;
import org.dyad.article.CodedArticle;
import org.dyad.article.PublishedDate;
import org.dyad.article.RawArticle;
import org.dyad.ingest.SourceItem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class BatchRunnerTest {

    /** A pipeline stand-in with the real failure modes: a bad article, a bug, a good article. */
    private static final Function<RawArticle, ArticleOutcome> PROCESS = raw -> {
        if (raw.content().isBlank()) {
            try {
                throw new ArticleException("clean", "no article text left after cleaning");
            } catch (ArticleException e) {
                return new ArticleOutcome.Failed(raw.id(), raw.source(), e.stage(), e.getMessage());
            }
        }
        if (raw.content().contains("boom")) throw new NullPointerException("bug in a stage");
        if (raw.content().contains("deep")) throw new StackOverflowError("pathological parse");
        if (raw.content().contains("linkage")) throw new NoClassDefFoundError("org/dyad/Missing");
        CleanArticle c = new CleanArticle(raw.id(), raw.source(), null, "en", null, null, null, null, raw.content(), List.of());
        return new ArticleOutcome.Coded(new CodedArticle(new AnnotatedArticle(c, List.of()), PublishedDate.unknown(), List.of(), List.of(), List.of()));
    };

    private static SourceItem article(String id, String text) {
        return new SourceItem.Article(new RawArticle(id, id + ".txt", text, false, null, null, null));
    }

    @Test
    void everyInputGetsExactlyOneOutcomeInInputOrderWhateverFails() {
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        List<SourceItem> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) items.add(article("a" + i, "Article number " + i + "."));
        items.set(3, article("a3", "   "));
        items.set(7, article("a7", "this one goes boom"));
        items.set(11, new SourceItem.Unreadable("a11", "a11.txt", "cannot read a11.txt"));
        items.set(13, article("a13", "a deep recursion"));
        items.set(17, article("a17", "a linkage problem"));
        List<ArticleOutcome> out = new ArrayList<>();

        BatchRunner.Summary s = new BatchRunner(PROCESS, 2, err).run(items, out::add, Progress.none());

        assertThat(out).extracting(ArticleOutcome::id).containsExactlyElementsOf(items.stream().map(SourceItem::id).toList());
        assertThat(s.articles()).isEqualTo(20);
        assertThat(s.failed()).isEqualTo(5);
        assertThat(((ArticleOutcome.Failed) out.get(13)).stage()).isEqualTo("internal");
        assertThat(((ArticleOutcome.Failed) out.get(17)).message()).contains("NoClassDefFoundError");
        assertThat(((ArticleOutcome.Failed) out.get(3)).stage()).isEqualTo("clean");
        assertThat(((ArticleOutcome.Failed) out.get(7)).message()).startsWith("internal error");
        assertThat(((ArticleOutcome.Failed) out.get(11)).stage()).isEqualTo("ingest");
        String stderr = errBytes.toString(StandardCharsets.UTF_8);
        assertThat(stderr).contains("a3.txt: clean: no article text").contains("a11.txt: ingest").contains("NullPointerException");
    }
}
