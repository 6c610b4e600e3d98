package org.dyad.ingest;

import org.dyad.article.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleSourcesTest {
    private final ArticleSources sources = new ArticleSources();
    private final Path batch = Path.of("src/test/resources/ingest/mixed-batch.jsonl");

    @Test
    void everyJsonLineBecomesOneItemAndBadLinesAreKeptAsUnreadable() {
        List<SourceItem> items = sources.read(List.of(batch.toString()), System.in);
        assertThat(items).extracting(SourceItem::id)
                .containsExactly("voa-1", "mixed-batch-2", "html-1", "mixed-batch-4", "mixed-batch-6");
        assertThat(items.get(1)).isInstanceOf(SourceItem.Unreadable.class);
        assertThat(((SourceItem.Unreadable) items.get(1)).message()).startsWith("line 2: not JSON");
        assertThat(((SourceItem.Unreadable) items.get(3)).message()).contains("no \"text\" or \"html\"");
    }

    @Test
    void jsonLineKeepsGivenDateUrlTitleAndHtmlFlag() {
        List<SourceItem> items = sources.read(List.of(batch.toString()), System.in);
        RawArticle voa = ((SourceItem.Article) items.get(0)).raw();
        assertThat(voa.published()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(voa.source()).isEqualTo("https://example.org/a/1.html");
        assertThat(voa.title()).isEqualTo("Talks in Paris");
        assertThat(voa.html()).isFalse();
        assertThat(((SourceItem.Article) items.get(2)).raw().html()).isTrue();
    }

    @Test
    void folderIsReadRecursivelyInNameOrderWithFileStemsAsIds(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Second article.");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub").resolve("c.html"), "<p>Third.</p>");
        Files.writeString(dir.resolve("a.txt"), "First article.");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        List<SourceItem> items = sources.read(List.of(dir.toString()), System.in);
        assertThat(items).extracting(SourceItem::id).containsExactly("a", "b", "c");
        assertThat(items).extracting(SourceItem::source).containsExactly("a.txt", "b.txt", "c.html");
        assertThat(((SourceItem.Article) items.get(2)).raw().html()).isTrue();
    }

    @Test
    void missingFileIsAnUnreadableItemNotAnException() {
        List<SourceItem> items = sources.read(List.of("no/such/article.txt"), System.in);
        assertThat(items).singleElement().isInstanceOf(SourceItem.Unreadable.class);
        assertThat(items.get(0).id()).isEqualTo("article");
    }

    @Test
    void binaryFileIsUnreadableWithAMessageThatSaysWhy(@TempDir Path dir) throws Exception {
        Path bin = dir.resolve("scan.txt");
        Files.write(bin, new byte[]{(byte) 0xC3, (byte) 0x28, 0x00, (byte) 0xFF, (byte) 0xFE});
        List<SourceItem> items = sources.read(List.of(bin.toString()), System.in);
        assertThat(items).singleElement().isInstanceOf(SourceItem.Unreadable.class);
        assertThat(((SourceItem.Unreadable) items.get(0)).message()).contains("binary data, not text");
    }

    @Test
    void stdinPlainTextIsOneArticle() {
        var in = new ByteArrayInputStream("Kenya and Uganda signed a trade pact.\nMore text.".getBytes(StandardCharsets.UTF_8));
        List<SourceItem> items = sources.read(List.of("-"), in);
        assertThat(items).singleElement().extracting(SourceItem::id).isEqualTo("stdin");
        assertThat(((SourceItem.Article) items.get(0)).raw().content()).startsWith("Kenya");
    }

    @Test
    void stdinJsonLinesAreSeveralArticles() {
        var in = new ByteArrayInputStream("{\"id\":\"x\",\"text\":\"A.\"}\n{\"id\":\"y\",\"text\":\"B.\"}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(sources.read(List.of("-"), in)).extracting(SourceItem::id).containsExactly("x", "y");
    }
}
