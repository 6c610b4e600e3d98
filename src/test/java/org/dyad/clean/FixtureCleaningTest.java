package org.dyad.clean;

import org.dyad.article.CleanArticle;
import org.dyad.article.RawArticle;
import org.dyad.article.RemovedLine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fixture under {@code src/test/resources/clean/} (plain text or HTML, many site layouts) is
 * cleaned and checked against its {@code .expect} file:
 * <pre>
 * keep: PREFIX          the text contains this line start
 * drop LABEL: PREFIX    a removed line starts with PREFIX, with this label, and is not also kept
 * absent: TEXT          the text does not contain TEXT (page chrome that must not leak)
 * title|byline|dateline|language|given: VALUE   the metadata field equals VALUE
 * </pre>
 */
class FixtureCleaningTest {

    @TestFactory
    Stream<DynamicTest> everyFixtureKeepsItsBodyAndDropsItsDebris() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/clean").toURI());
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path expect : files.filter(p -> p.toString().endsWith(".expect")).sorted().toList()) {
                String stem = expect.getFileName().toString().replaceFirst("\\.expect$", "");
                Path txt = dir.resolve(stem + ".txt");
                Path input = Files.exists(txt) ? txt : dir.resolve(stem + ".html");
                tests.add(DynamicTest.dynamicTest(stem, () -> check(input, expect)));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(12);
        return tests.stream();
    }

    private static void check(Path input, Path expect) throws IOException {
        boolean html = input.toString().endsWith(".html");
        CleanArticle clean = SharedCleaner.get().clean(new RawArticle(input.getFileName().toString(),
                input.getFileName().toString(), Files.readString(input), html, null, null, null));
        List<String> keeps = new ArrayList<>();
        for (String line : Files.readAllLines(expect)) {
            if (line.startsWith("keep: ")) keeps.add(line.substring(6));
        }
        for (String line : Files.readAllLines(expect)) {
            if (line.isBlank()) continue;
            int colon = line.indexOf(": ");
            String key = line.substring(0, colon), value = line.substring(colon + 2);
            switch (key) {
                case "keep" -> assertThat(clean.text()).as("kept").contains(value);
                case "absent" -> assertThat(clean.text()).as("absent").doesNotContain(value);
                case "title" -> assertThat(clean.title()).as("title").isEqualTo(value);
                case "byline" -> assertThat(clean.byline()).as("byline").isEqualTo(value);
                case "dateline" -> assertThat(clean.dateline()).as("dateline").isEqualTo(value);
                case "language" -> assertThat(clean.language()).as("language").isEqualTo(value);
                case "given" -> assertThat(clean.givenDate()).as("given date").isEqualTo(LocalDate.parse(value));
                default -> {
                    assertThat(key).startsWith("drop ");
                    String label = key.substring(5);
                    RemovedLine dropped = clean.removed().stream()
                            .filter(r -> r.text().startsWith(value) && r.label().equals(label)).findFirst().orElse(null);
                    assertThat(dropped).as("removed with " + label + ": " + value + " in " + clean.removed()).isNotNull();
                    if (keeps.stream().noneMatch(value::startsWith))
                        assertThat(clean.text().lines()).as("dropped line not in text").doesNotContain(dropped.text());
                }
            }
        }
        assertThat(clean.removed()).extracting(RemovedLine::text).allMatch(t -> !t.isBlank());
    }
}
