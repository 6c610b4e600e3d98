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
    void everyInputGetsExactlyOneOutcomeWhateverFails() {
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

        assertThat(out).extracting(ArticleOutcome::id).containsExactlyInAnyOrderElementsOf(items.stream().map(SourceItem::id).toList());
        out.sort(java.util.Comparator.comparingInt(o -> Integer.parseInt(o.id().substring(1))));
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

    private static List<String> ids(List<BatchRunner.Result> results) {
        return results.stream().map(r -> r.outcome().id()).toList();
    }

    @Test
    void aFinishedArticleIsWrittenWithoutWaitingForASlowerOneBeforeIt() {
        java.util.concurrent.CountDownLatch fastDone = new java.util.concurrent.CountDownLatch(3);
        List<BatchRunner.Result> out = java.util.Collections.synchronizedList(new ArrayList<>());
        BatchRunner.ArticleProcessor p = (raw, warnings) -> {
            if (raw.id().equals("slow")) {
                try {
                    // the slow article finishes only once the three after it have been written
                    fastDone.await(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return PROCESS.apply(raw);
        };
        List<SourceItem> items = List.of(article("slow", "Slow."), article("f1", "One."), article("f2", "Two."), article("f3", "Three."));
        new BatchRunner(p, 2, java.time.Duration.ofSeconds(60), System.err).run(items.iterator(), r -> {
            out.add(r);
            if (!r.outcome().id().equals("slow")) fastDone.countDown();
        }, Progress.none());
        assertThat(ids(out)).containsExactly("f1", "f2", "f3", "slow");
    }

    @Test
    void anArticlePastItsTimeBudgetGetsAnErrorLineNamingTheBudgetAndTheBatchGoesOn() {
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        BatchRunner.ArticleProcessor p = (raw, warnings) -> {
            if (raw.id().equals("stuck")) {
                while (true) {
                    // spins without ever looking at its interrupt flag, like a runaway parse
                    if (System.nanoTime() == 42) break;
                }
            }
            return PROCESS.apply(raw);
        };
        List<SourceItem> items = new ArrayList<>();
        items.add(article("stuck", "Never ends."));
        for (int i = 0; i < 10; i++) items.add(article("a" + i, "Article " + i + "."));
        List<BatchRunner.Result> out = new ArrayList<>();
        BatchRunner.Summary s = new BatchRunner(p, 1, java.time.Duration.ofMillis(300), err).run(items.iterator(), out::add, Progress.none());
        assertThat(ids(out)).hasSize(11).containsOnlyOnce("stuck");
        ArticleOutcome.Failed stuck = (ArticleOutcome.Failed) out.stream().filter(r -> r.outcome().id().equals("stuck")).findFirst().orElseThrow().outcome();
        assertThat(stuck.stage()).isEqualTo("timeout");
        assertThat(stuck.message()).contains("time budget of 0.3 s");
        assertThat(s.timedOut()).isEqualTo(1);
        assertThat(s.failed()).isEqualTo(1);
    }

    @Test
    void inputsArePulledOnlyAsWorkersFreeUp() {
        int[] pulled = {0};
        int[] maxAhead = {0};
        List<BatchRunner.Result> out = new ArrayList<>();
        java.util.Iterator<SourceItem> endless = new java.util.Iterator<>() {
            public boolean hasNext() { return pulled[0] < 2000; }

            public SourceItem next() {
                pulled[0]++;
                synchronized (out) {
                    maxAhead[0] = Math.max(maxAhead[0], pulled[0] - out.size());
                }
                return article("a" + pulled[0], "Article.");
            }
        };
        new BatchRunner((raw, w) -> PROCESS.apply(raw), 2, java.time.Duration.ofSeconds(60), System.err)
                .run(endless, r -> { synchronized (out) { out.add(r); } }, Progress.none());
        assertThat(out).hasSize(2000);
        // two running, two queued, one in the reader's hand: never the whole input
        assertThat(maxAhead[0]).isLessThanOrEqualTo(5);
    }

    @Test
    void readingWarningsReachTheResult() {
        List<BatchRunner.Result> out = new ArrayList<>();
        SourceItem item = new SourceItem.Article(new RawArticle("w", "w.txt", "Text.", false, null, null, null), List.of("decoded as windows-1252"));
        new BatchRunner((raw, w) -> {
            w.add("cut at the limit");
            return PROCESS.apply(raw);
        }, 1, java.time.Duration.ofSeconds(60), System.err).run(List.of(item).iterator(), out::add, Progress.none());
        assertThat(out.get(0).warnings()).containsExactly("decoded as windows-1252", "cut at the limit");
    }
}
