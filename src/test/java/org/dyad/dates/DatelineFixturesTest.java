package org.dyad.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dyad.article.PublishedDate;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture in {@code src/test/resources/dates/}: an article whose first line says what the dater must
 * find ({@code # expect: method=explicit date=... from=... to=...}; {@code method=null} for no date).
 */
class DatelineFixturesTest {
    private final PublicationDater dater = new PublicationDater(KnownTerms.TERMS, KnownTerms.TODAY);

    static Stream<Named<Path>> fixtures() throws IOException, URISyntaxException {
        URL dir = DatelineFixturesTest.class.getResource("/dates");
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted()
                    .map(p -> Named.of(p.getFileName().toString(), p)).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void datesTheFixtureAsItsHeaderSays(Path fixture) {
        List<String> lines = read(fixture);
        Map<String, String> expect = new HashMap<>();
        for (String kv : lines.get(0).replaceFirst("^#\\s*expect:\\s*", "").split("\\s+")) {
            String[] p = kv.split("=", 2);
            expect.put(p[0], p[1]);
        }
        String text = String.join("\n", lines.subList(1, lines.size()));
        PublishedDate d = dater.date(TestKit.article(text));
        if (expect.get("method").equals("undated")) {
            // nothing dates it: an honest window up to the latest possible day, and no single day claimed
            assertThat(d.date()).as(d.evidence()).isNull();
            assertThat(d.from()).isBefore(d.to());
            assertThat(d.to().plusYears(PublicationDater.UNDATED_YEARS)).isAfterOrEqualTo(d.from().plusYears(2 * PublicationDater.UNDATED_YEARS));
            return;
        }
        assertThat(d.method().label()).as(d.evidence()).isEqualTo(expect.get("method"));
        if (expect.containsKey("date")) assertThat(d.date()).as(d.evidence()).isEqualTo(LocalDate.parse(expect.get("date")));
        if (expect.containsKey("from")) assertThat(d.from()).as(d.evidence()).isEqualTo(LocalDate.parse(expect.get("from")));
        if (expect.containsKey("to")) assertThat(d.to()).as(d.evidence()).isEqualTo(LocalDate.parse(expect.get("to")));
        assertThat(d.date()).isBetween(d.from(), d.to());
    }

    private static List<String> read(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
