package org.dyad.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CodedLinesTest {
    @TempDir
    Path dir;

    @Test
    void aRunKilledMidLineKeepsEveryWholeLineAndDropsTheHalfOne() throws Exception {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "{\"doc_id\":\"a\",\"source\":\"a.txt\",\"events\":[]}\n"
                + "{\"doc_id\":\"b\",\"source\":\"b.txt\",\"error\":\"annotate: x\",\"events\":[]}\n"
                + "{\"doc_id\":\"c\",\"source\":\"c.txt\",\"ev", StandardCharsets.UTF_8);
        CodedLines.Kept kept = CodedLines.keep(out, false);
        assertThat(kept.keys()).containsExactlyInAnyOrder(CodedLines.key("a", "a.txt"), CodedLines.key("b", "b.txt"));
        assertThat(kept.dropped()).isEqualTo(1);
        assertThat(Files.readAllLines(out)).hasSize(2);

        CodedLines.Kept retry = CodedLines.keep(out, true);
        assertThat(retry.keys()).containsExactly(CodedLines.key("a", "a.txt"));
        assertThat(Files.readAllLines(out)).hasSize(1);
    }
}
