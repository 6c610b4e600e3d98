package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.dyad.output.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile corpus of issue 15, generated here (nothing big is committed) and coded end to end
 * by {@code dyad code} with the real pipeline: every input gets exactly one line, no input is lost
 * to an internal error, and the run ends in bounded time. Then {@code --resume} finds nothing left.
 */
class HostileCorpusIT {
    @TempDir
    Path dir;

    private static final String SENTENCE = "The foreign minister of Kenya met his Ugandan counterpart in Kampala on Tuesday to discuss trade. ";

    private Path in;
    private int inputs;

    private void write(String name, byte[] bytes) throws IOException {
        Files.write(in.resolve(name), bytes);
        inputs++;
    }

    private void write(String name, String text) throws IOException {
        write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private void corpus() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        write("one-token.txt", "x".repeat(200_000));
        write("nested-formatting.html", "<html><body><p>" + SENTENCE + "</p>" + "<b><i><u><font><em><strong><a>".repeat(3000)
                + "<p>" + SENTENCE + "</p>".repeat(50) + "<table><tr><td>cell" + "</body></html>");
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.writeBytes(SENTENCE.getBytes(StandardCharsets.UTF_8));
        bad.write(0xff);
        bad.writeBytes(SENTENCE.getBytes(StandardCharsets.UTF_8));
        bad.write(0xfe);
        write("two-bad-bytes.txt", bad.toByteArray());
        write("windows-1252.html", ("<html><head><title>Talks</title></head><body><p>\u201cWe will talk,\u201d the minister said in Montr\u00e9al. "
                + SENTENCE + "</p></body></html>").getBytes(Charset.forName("windows-1252")));
        write("latin-1.txt", ("Le ministre fran\u00e7ais a rencontr\u00e9 son homologue \u00e0 Bruxelles. " + SENTENCE)
                .getBytes(StandardCharsets.ISO_8859_1));
        StringBuilder forty = new StringBuilder();
        for (int i = 0; i < 40_000; i++) forty.append("Sentence ").append(i).append(": ").append(SENTENCE, 0, 90).append(i % 20 == 19 ? "\n" : " ");
        write("forty-thousand-sentences.txt", forty.toString());
        write("records.jsonl", String.join("\n",
                "{\"id\": \"rec-ok\", \"text\": \"" + SENTENCE + "\", \"published\": \"2024-05-01\"}",
                "{\"id\": \"rec-number\", \"text\": 5}",
                "{\"id\": \"rec-bad-date\", \"text\": \"" + SENTENCE + "\", \"published\": \"not-a-date\"}",
                "{not json at all"));
        inputs += 3; // four lines in one file
        write("nul-bytes.txt", (SENTENCE + "\0" + SENTENCE).getBytes(StandardCharsets.UTF_8));
        StringBuilder menu = new StringBuilder("<html><body><ul>");
        for (int i = 0; i < 10_000; i++) menu.append("<li><a href=\"/s").append(i).append("\">Section ").append(i).append("</a></li>\n");
        write("menu-10000-lines.html", menu.append("</ul><article><p>").append(SENTENCE).append("</p></article></body></html>").toString());
        write("mixed-scripts.txt", SENTENCE + "\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043b\u0441\u044f. "
                + "\u5916\u4ea4\u90e8\u957f\u4f1a\u89c1\u4e86\u5927\u4f7f\u3002 " + SENTENCE);
        write("right-to-left.txt", "\u0627\u0644\u062a\u0642\u0649 \u0648\u0632\u064a\u0631 \u0627\u0644\u062e\u0627\u0631\u062c\u064a\u0629 \u0628\u0646\u0638\u064a\u0631\u0647. "
                + "\u05e9\u05e8 \u05d4\u05d7\u05d5\u05e5 \u05e0\u05e4\u05d2\u05e9. \u202e" + SENTENCE + "\u202c");
        write("emoji.txt", "\uD83C\uDDF0\uD83C\uDDEA\uD83E\uDD1D\uD83C\uDDFA\uD83C\uDDEC " + SENTENCE + "\uD83D\uDE00".repeat(300) + " " + SENTENCE);
        write("one-byte.txt", new byte[]{'a'});
        write("empty.txt", new byte[0]);
        write("deep.html", "<html><body>" + "<div>".repeat(30_000) + SENTENCE + "</div>".repeat(30_000) + "</body></html>");
        write("huge-attribute.html", "<html><body><p title=\"" + "a".repeat(5_000_000) + "\">" + SENTENCE + "</p></body></html>");
        byte[] random = new byte[100_000];
        new Random(15).nextBytes(random);
        write("binary.txt", random);
        write("only-markup.html", "<html><head><script>var a = 1;</script></head><body></body></html>");
        // 50 MB of text, written in chunks: only the first --max-input-bytes are read
        Path fifty = in.resolve("fifty-mb.txt");
        try (OutputStream o = Files.newOutputStream(fifty); BufferedWriter w = new BufferedWriter(new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8))) {
            for (long n = 0; n < 50L << 20; n += SENTENCE.length() + 1) w.write(SENTENCE + "\n");
        }
        inputs++;
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void everyHostileInputGetsExactlyOneLineAndNoneIsLost() throws Exception {
        corpus();
        Path out = dir.resolve("out.jsonl");
        long start = System.nanoTime();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new CodeCommand());
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(in.toString(), "--out", out.toString(), "--data", System.getProperty("dyad.data"), "--threads", "2",
                "--max-article-chars", "20000", "--time-budget", "600");
        double secs = (System.nanoTime() - start) / 1e9;
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        Map<String, JsonNode> byId = new HashMap<>();
        for (String l : lines) {
            JsonNode n = Json.mapper().readTree(l);
            assertThat(byId.put(n.get("doc_id").asText(), n)).as("one line per input: " + n.get("doc_id")).isNull();
        }
        System.out.printf("hostile corpus: %d inputs, %d lines, %d with an error, %.0f s%n", inputs, lines.size(),
                byId.values().stream().filter(n -> n.has("error")).count(), secs);
        byId.forEach((id, n) -> System.out.printf("  %-28s %s%s%n", id, n.has("error") ? "error: " + n.get("error").asText() : "coded",
                n.has("warnings") ? " " + n.get("warnings") : ""));

        assertThat(exit).isEqualTo(1); // some inputs are meant to fail (binary, empty, bad JSON fields)
        assertThat(lines).hasSize(inputs);
        for (JsonNode n : byId.values()) {
            String error = n.path("error").asText("");
            assertThat(error).as(n.get("doc_id").asText()).doesNotStartWith("internal").doesNotStartWith("timeout");
        }
        // coded, with what was done to them said in their warnings
        for (String id : List.of("one-token", "nested-formatting", "two-bad-bytes", "windows-1252", "latin-1", "forty-thousand-sentences",
                "rec-ok", "nul-bytes", "menu-10000-lines", "mixed-scripts", "right-to-left", "emoji", "deep", "huge-attribute", "fifty-mb"))
            assertThat(byId.get(id).has("error")).as(id + ": " + byId.get(id).path("error").asText()).isFalse();
        assertThat(byId.get("one-token").get("warnings").toString()).contains("longer than 100 characters cut to 100");
        assertThat(byId.get("two-bad-bytes").get("warnings").toString()).contains("2 invalid UTF-8 byte sequences replaced by U+FFFD");
        // the decoder's U+FFFD marks are then dropped by the cleaner as junk characters; the prose around them stays
        assertThat(byId.get("two-bad-bytes").get("text").asText()).contains("counterpart in Kampala");
        assertThat(byId.get("windows-1252").get("text").asText()).contains("Montr\u00e9al");
        assertThat(byId.get("latin-1").get("text").asText()).contains("fran\u00e7ais");
        assertThat(byId.get("forty-thousand-sentences").get("warnings").toString()).contains("coded the first").contains("--max-article-chars 20000");
        assertThat(byId.get("fifty-mb").get("warnings").toString()).contains("only the first 16777216 were read");
        assertThat(byId.get("nul-bytes").get("warnings").toString()).contains("NUL character dropped");
        // refused, each saying why
        assertThat(byId.get("binary").get("error").asText()).startsWith("ingest:").contains("binary");
        assertThat(byId.get("empty").get("error").asText()).contains("empty file");
        assertThat(byId.get("rec-number").get("error").asText()).contains("line 2: field \"text\" must be a string, not a number");
        assertThat(byId.get("rec-bad-date").get("error").asText()).contains("line 3: field \"published\" is not a date");
        assertThat(byId.get("records-4").get("error").asText()).contains("line 4: not JSON");

        // an interrupted or finished run resumes without coding anything again
        CommandLine again = new CommandLine(new CodeCommand());
        StringWriter err2 = new StringWriter();
        again.setErr(new PrintWriter(err2));
        int exit2 = again.execute(in.toString(), "--out", out.toString(), "--resume", "--data", System.getProperty("dyad.data"));
        assertThat(exit2).isZero();
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(inputs);
    }
}
