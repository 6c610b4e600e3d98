package org.dyad.clean;

import com.fasterxml.jackson.databind.JsonNode;
import org.dyad.article.CleanArticle;
import org.dyad.article.RawArticle;
import org.dyad.output.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds' gold: every line marked boilerplate is gone from the text, every must-keep line is in it.
 * Text is compared the way the scorer compares it (quotes folded, spaces collapsed, lower case).
 */
class SeedCleaningTest {

    @TestFactory
    Stream<DynamicTest> seedsLoseEveryBoilerplateLineAndKeepEveryMustKeepLine() throws IOException {
        String dir = System.getProperty("dyad.seeds");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "dyad.seeds not set");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = txt.getFileName().toString();
                Path gold = txt.resolveSibling(name.substring(0, 3) + ".gold.json");
                if (!Files.exists(gold)) continue;
                tests.add(DynamicTest.dynamicTest(name, () -> check(txt, gold)));
            }
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    private static void check(Path txt, Path goldFile) throws IOException {
        JsonNode gold = Json.mapper().readTree(goldFile.toFile());
        String stem = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        CleanArticle clean = SharedCleaner.get().clean(
                new RawArticle(stem, txt.getFileName().toString(), Files.readString(txt), false, null, null, null));
        String text = norm(clean.text());
        for (JsonNode b : gold.path("boilerplate")) assertThat(text).as("boilerplate removed").doesNotContain(norm(b.asText()));
        for (JsonNode k : gold.path("must_keep")) assertThat(text).as("must keep").contains(norm(k.asText()));
        assertThat(clean.language()).isEqualTo("en");
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC)
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u00ab', '"').replace('\u00bb', '"').replace('\u2013', '-').replace('\u2014', '-');
        return n.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
