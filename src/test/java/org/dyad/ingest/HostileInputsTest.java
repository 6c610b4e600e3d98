package org.dyad.ingest;

import org.dyad.article.RawArticle;
import org.dyad.config.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Inputs a new user's folder holds: other encodings, bad bytes, binary, malformed JSON fields, giant files. */
class HostileInputsTest {
    @TempDir
    Path dir;

    private final ArticleSources sources = new ArticleSources();

    private SourceItem one(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        List<SourceItem> items = sources.read(List.of(p.toString()), InputStream0.EMPTY);
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static final class InputStream0 {
        static final ByteArrayInputStream EMPTY = new ByteArrayInputStream(new byte[0]);
    }

    private static SourceItem.Article article(SourceItem i) {
        assertThat(i).isInstanceOf(SourceItem.Article.class);
        return (SourceItem.Article) i;
    }

    @Test
    void twoBadBytesInUtf8TextBecomeReplacementCharactersWithAWarning() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("The ministers met in Geneva on Monday. ".getBytes(StandardCharsets.UTF_8));
        b.write(0xff);
        b.writeBytes(" They agreed to meet again. ".getBytes(StandardCharsets.UTF_8));
        b.write(0xc3); // a lead byte with no continuation
        b.writeBytes(" The talks ended.".getBytes(StandardCharsets.UTF_8));
        SourceItem.Article a = article(one("bad-bytes.txt", b.toByteArray()));
        assertThat(a.raw().content()).contains("Monday. \uFFFD They").contains("again. \uFFFD The talks");
        assertThat(a.warnings()).singleElement().asString().contains("2 invalid UTF-8 byte sequences replaced by U+FFFD");
    }

    @Test
    void windows1252TextIsDecodedNotRejected() throws Exception {
        String text = "\u201cWe will not back down,\u201d the minist\u00e8re said. Le d\u00e9put\u00e9 a r\u00e9pondu: \u00ab c\u2019est fini \u00bb. "
                .repeat(5);
        SourceItem.Article a = article(one("cp1252.txt", text.getBytes(Charset.forName("windows-1252"))));
        assertThat(a.raw().content()).isEqualTo(text);
        assertThat(a.warnings()).singleElement().asString().contains("not UTF-8: decoded as windows-1252");
    }

    @Test
    void aShortLegacyTextWithFewAccentsIsStillDecodedAsLegacy() throws Exception {
        String fr = "Le ministre fran\u00e7ais a rencontr\u00e9 son homologue \u00e0 Bruxelles. The talks went on.";
        assertThat(article(one("short-latin1.txt", fr.getBytes(StandardCharsets.ISO_8859_1))).raw().content()).isEqualTo(fr);
        String q = "<p>\u201cWe will talk,\u201d the minister said in Montr\u00e9al.</p>";
        assertThat(article(one("short-1252.html", q.getBytes(Charset.forName("windows-1252")))).raw().content()).isEqualTo(q);
    }

    @Test
    void htmlMetaCharsetIsHonoured() throws Exception {
        String body = "<p>\u0412\u0438\u0446\u0435-\u043f\u0440\u0435\u043c\u044c\u0435\u0440 \u0437\u0430\u044f\u0432\u0438\u043b \u043e \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u0430\u0445.</p>";
        String html = "<html><head><meta charset=\"windows-1251\"><title>t</title></head><body>" + body + "</body></html>";
        SourceItem.Article a = article(one("cyrillic.html", html.getBytes(Charset.forName("windows-1251"))));
        assertThat(a.raw().content()).contains(body);
        assertThat(a.warnings()).singleElement().asString().contains("windows-1251").contains("<meta>");
    }

    @Test
    void latin1PageWithoutDeclarationIsDetected() throws Exception {
        String text = "Die Regierung in Br\u00fcssel hat am Montag \u00fcber die Ma\u00dfnahmen f\u00fcr K\u00e4ufer beraten. ".repeat(8);
        SourceItem.Article a = article(one("latin1.txt", text.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(a.raw().content()).isEqualTo(text);
    }

    @Test
    void realBinaryIsRefusedAndAFewNulBytesInTextAreDropped() throws Exception {
        byte[] png = new byte[4096];
        new java.util.Random(7).nextBytes(png);
        png[0] = (byte) 0x89; png[1] = 'P'; png[2] = 'N'; png[3] = 'G';
        SourceItem bin = one("image.txt", png);
        assertThat(bin).isInstanceOf(SourceItem.Unreadable.class);
        assertThat(((SourceItem.Unreadable) bin).message()).contains("binary data, not text");

        String text = "Officials met on Tuesday and talked for hours about the border. ".repeat(10);
        byte[] withNul = (text.substring(0, 100) + "\0" + text.substring(100)).getBytes(StandardCharsets.UTF_8);
        SourceItem.Article a = article(one("nul.txt", withNul));
        assertThat(a.raw().content()).isEqualTo(text);
        assertThat(a.warnings()).singleElement().asString().contains("1 NUL character dropped");
    }

    @Test
    void utf16WithAndWithoutByteOrderMarkIsText() throws Exception {
        String text = "The envoy arrived in Nairobi on Sunday.";
        SourceItem.Article bom = article(one("bom.txt", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE)));
        assertThat(bom.raw().content()).isEqualTo(text);
        SourceItem.Article noBom = article(one("nobom.txt", text.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(noBom.raw().content()).isEqualTo(text);
    }

    @Test
    void aFileOverTheInputLimitIsReadUpToItAndFlagged() throws Exception {
        ArticleSources small = new ArticleSources(Limits.defaults().withMaxInputBytes(1000));
        Path p = dir.resolve("big.txt");
        Files.writeString(p, "\u00e9".repeat(5000)); // two bytes each: the cut must not split one
        SourceItem.Article a = article(small.read(List.of(p.toString()), InputStream0.EMPTY).get(0));
        assertThat(a.raw().content()).isEqualTo("\u00e9".repeat(500));
        assertThat(a.warnings()).singleElement().asString().contains("input is 10000 bytes; only the first 1000 were read");
    }

    @Test
    void oneByteAndEmptyFiles() throws Exception {
        assertThat(article(one("x.txt", new byte[]{'x'})).raw().content()).isEqualTo("x");
        SourceItem empty = one("empty.txt", new byte[0]);
        assertThat(((SourceItem.Unreadable) empty).message()).contains("empty file");
    }

    @Test
    void malformedJsonFieldsAreErrorsNamingTheFieldAndTheLine() throws Exception {
        Path p = dir.resolve("batch.jsonl");
        Files.writeString(p, String.join("\n",
                "{\"id\": \"ok\", \"text\": \"Fine.\", \"published\": \"2024-05-01T10:00:00Z\"}",
                "{\"id\": \"num\", \"text\": 5}",
                "{\"id\": \"bad-date\", \"text\": \"Words.\", \"published\": \"not-a-date\"}",
                "",
                "{\"id\": [1], \"text\": \"Words.\"}",
                "{\"id\": \"rfc\", \"text\": \"Words.\", \"published\": \"Wed, 1 May 2024 10:00:00 GMT\"}",
                "{\"id\": \"t\", \"text\": \"Words.\", \"title\": {\"a\": 1}}",
                "{\"id\": \"cal\", \"text\": \"Words.\", \"published\": \"2024-02-30\"}",
                "[1, 2]"));
        List<SourceItem> items = sources.read(List.of(p.toString()), InputStream0.EMPTY);
        assertThat(items).extracting(SourceItem::id).containsExactly("ok", "num", "bad-date", "batch-5", "rfc", "t", "cal", "batch-9");
        assertThat(article(items.get(0)).raw().published()).hasToString("2024-05-01");
        assertThat(message(items.get(1))).isEqualTo("line 2: field \"text\" must be a string, not a number");
        assertThat(message(items.get(2))).startsWith("line 3: field \"published\" is not a date: \"not-a-date\"");
        assertThat(message(items.get(3))).isEqualTo("line 5: field \"id\" must be a string or an integer, not an array");
        assertThat(article(items.get(4)).raw().published()).hasToString("2024-05-01");
        assertThat(message(items.get(5))).isEqualTo("line 7: field \"title\" must be a string, not an object");
        assertThat(message(items.get(6))).startsWith("line 8: field \"published\" is not a date");
        assertThat(message(items.get(7))).isEqualTo("line 9: not a JSON object");
        assertThat(items.get(1).source()).isEqualTo("batch.jsonl:2");
    }

    @Test
    void anOverlongJsonLineIsAnErrorAndTheNextLinesAreStillRead() throws Exception {
        ArticleSources small = new ArticleSources(Limits.defaults().withMaxInputBytes(200));
        Path p = dir.resolve("long.jsonl");
        Files.writeString(p, "{\"id\": \"huge\", \"text\": \"" + "word ".repeat(1000) + "\"}\n{\"id\": \"next\", \"text\": \"Short.\"}\n");
        List<SourceItem> items = small.read(List.of(p.toString()), InputStream0.EMPTY);
        assertThat(items).extracting(SourceItem::id).containsExactly("long-1", "next");
        assertThat(message(items.get(0))).contains("line 1 is 5026 bytes, over the limit of 200");
    }

    @Test
    void jsonLinesAreReadOnlyAsItemsAreAskedFor() throws Exception {
        Path p = dir.resolve("stream.jsonl");
        Files.writeString(p, "{\"id\": \"a\", \"text\": \"A.\"}\n{\"id\": \"b\", \"text\": \"B.\"}\n");
        Iterator<SourceItem> it = sources.stream(List.of(p.toString()), InputStream0.EMPTY);
        assertThat(it.next().id()).isEqualTo("a");
        // the file can change under a lazy reader: proof that line 2 was not read up front
        Files.writeString(p, "{\"id\": \"a\", \"text\": \"A.\"}\n{\"id\": \"B\", \"text\": \"B.\"}\n");
        assertThat(it.hasNext()).isTrue();
    }

    @Test
    void cutAtCharBoundaryNeverSplitsASequence() {
        byte[] b = "a\u20ac".getBytes(StandardCharsets.UTF_8); // 'a' + 3 bytes
        assertThat(ArticleSources.cutAtCharBoundary(java.util.Arrays.copyOf(b, 3))).hasSize(1);
        assertThat(ArticleSources.cutAtCharBoundary(b)).hasSize(4);
        assertThat(ArticleSources.cutAtCharBoundary(java.util.Arrays.copyOf(b, 2))).hasSize(1);
    }

    private static String message(SourceItem i) {
        assertThat(i).isInstanceOf(SourceItem.Unreadable.class);
        return ((SourceItem.Unreadable) i).message();
    }

    @SuppressWarnings("unused")
    private static RawArticle raw(SourceItem i) {
        return article(i).raw();
    }
}
