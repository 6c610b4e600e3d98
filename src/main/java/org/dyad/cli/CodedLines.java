package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.dyad.output.Json;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The lines an earlier {@code dyad code --out FILE} run finished, for {@code --resume}: each whole
 * line's {@code doc_id} and {@code source}. A line cut short when the run was killed is dropped from
 * the file (so its article is coded again), as are lines with an error when retrying failures.
 */
final class CodedLines {
    private CodedLines() {
    }

    /** Keys of the lines kept, and how many lines were dropped. */
    record Kept(Set<String> keys, int dropped) {
    }

    static String key(String id, String source) {
        return id + "\u0000" + source;
    }

    static Kept keep(Path file, boolean dropFailed) throws IOException {
        Set<String> keys = new HashSet<>();
        int dropped = 0;
        Path tmp = file.resolveSibling(file.getFileName() + ".resume-tmp");
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode n;
                try {
                    n = Json.mapper().readTree(line);
                } catch (IOException e) {
                    dropped++; // half-written when the run stopped
                    continue;
                }
                if (n == null || !n.hasNonNull("doc_id") || (dropFailed && n.hasNonNull("error"))) {
                    dropped++;
                    continue;
                }
                keys.add(key(n.get("doc_id").asText(), n.path("source").asText()));
                w.write(line);
                w.write('\n');
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Kept(keys, dropped);
    }
}
