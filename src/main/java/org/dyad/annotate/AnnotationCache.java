package org.dyad.annotate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.article.CleanArticle;
import org.dyad.article.Sentence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An on-disk cache of CoreNLP's annotation, keyed by the cleaned text and the date given to
 * SUTime. Annotation is 95% of Dyad's time; every later stage takes milliseconds. Re-coding the
 * same articles after a change to actors, events, quotes or dates (the development loop, a
 * re-run over an archive) then costs almost nothing. Off unless {@code DYAD_ANNOTATION_CACHE}
 * names a folder; a stale or unreadable entry is simply annotated again.
 */
final class AnnotationCache {
    /** Bump when the annotator's configuration or the converted records change shape. */
    private static final String VERSION = "v2";  // v2: enhanced++ converted alone (DependencyConversion)
    private static final TypeReference<List<Sentence>> SENTENCES = new TypeReference<>() {};

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private AnnotationCache(Path dir) {
        this.dir = dir;
    }

    /** The cache named by the environment, if any. */
    static Optional<AnnotationCache> fromEnvironment() {
        String env = System.getenv("DYAD_ANNOTATION_CACHE");
        if (env == null || env.isBlank()) return Optional.empty();
        return Optional.of(new AnnotationCache(Path.of(env)));
    }

    static AnnotationCache in(Path dir) {
        return new AnnotationCache(dir);
    }

    Optional<List<Sentence>> get(CleanArticle article) {
        Path file = fileFor(article);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return Optional.of(json.readValue(in, SENTENCES));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void put(CleanArticle article, List<Sentence> sentences) {
        Path file = fileFor(article);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "ann", ".tmp");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                json.writerFor(SENTENCES).writeValue(out, sentences);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only costs time
        }
    }

    private Path fileFor(CleanArticle article) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((VERSION + "\u0000" + article.givenDate() + "\u0000").getBytes(StandardCharsets.UTF_8));
            sha.update(article.text().getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(sha.digest()) + ".json.gz");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
