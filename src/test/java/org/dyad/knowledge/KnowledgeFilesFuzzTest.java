package org.dyad.knowledge;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz target of the knowledge-file reader (Jazzer; see {@code .ci/fuzz}): a user's
 * {@code --knowledge} file may hold any bytes; reading it gives rows of the declared width or the
 * documented IllegalStateException naming file and line, nothing else.
 */
class KnowledgeFilesFuzzTest {
    private static Path dir;

    @FuzzTest(maxDuration = "20s")
    void userKnowledgeFile(byte[] content) throws IOException {
        if (content == null) return; // Jazzer also tries null

        if (dir == null) dir = Files.createTempDirectory("dyad-knowledge-fuzz");
        Files.write(dir.resolve("titles.tsv"), content);
        Files.write(dir.resolve("fuzz-words.txt"), content);
        KnowledgeFiles.useFolder(dir);
        try {
            for (String[] row : KnowledgeFiles.rows("titles.tsv", 3)) assertThat(row).hasSize(3);
            for (String e : KnowledgeFiles.entries("fuzz-words.txt")) assertThat(e).isNotBlank().doesNotContain("#");
        } catch (IllegalStateException documented) {
            assertThat(documented.getMessage()).contains("line");
        } catch (java.io.UncheckedIOException notUtf8) {
            // bytes that are not UTF-8: a set-up error naming the file (crash input kept as a seed)
            assertThat(notUtf8.getMessage()).contains("cannot read knowledge file");
        } finally {
            KnowledgeFiles.useFolder(null);
        }
    }
}
