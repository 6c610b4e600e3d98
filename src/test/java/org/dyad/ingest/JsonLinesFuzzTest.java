package org.dyad.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz targets of the input readers (Jazzer; see {@code .ci/fuzz}): any bytes as a JSON Lines
 * stream give exactly one item per non-blank line and never throw; any bytes as a file decode to
 * text or are refused as binary with a message.
 */
class JsonLinesFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void jsonLines(byte[] bytes) throws IOException {
        if (bytes == null) return; // Jazzer also tries null

        int lines = 0;
        try (ByteLines ls = new ByteLines(new ByteArrayInputStream(bytes), 512)) {
            ByteLines.Line l;
            while ((l = ls.next()) != null) {
                // blank as the reader defines it: spaces, tabs, CR, FF only (found by fuzzing: \u000b is not)
                boolean blank = !l.cut() && new String(l.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1).chars()
                        .allMatch(c -> c == ' ' || c == '\t' || c == '\r' || c == '\f');
                if (!blank) lines++;
            }
        }
        List<SourceItem> items = new ArrayList<>();
        new JsonLineReader(new ByteLines(new ByteArrayInputStream(bytes), 512), "f", "f.jsonl", new TextDecoder())
                .forEachRemaining(items::add);
        assertThat(items).hasSize(lines);
        for (SourceItem i : items) {
            assertThat(i.id()).isNotBlank();
            if (i instanceof SourceItem.Unreadable u) assertThat(u.message()).startsWith("line ");
        }
    }

    @FuzzTest(maxDuration = "20s")
    void textDecoder(byte[] bytes) {
        if (bytes == null) return; // Jazzer also tries null

        try {
            TextDecoder.Decoded d = new TextDecoder().decode(bytes, bytes.length > 0 && bytes[0] == '<');
            assertThat(d.text()).doesNotContain("\0");
        } catch (TextDecoder.NotText refused) {
            assertThat(refused.getMessage()).contains("binary");
        }
    }
}
