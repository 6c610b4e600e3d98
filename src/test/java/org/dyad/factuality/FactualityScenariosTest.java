package org.dyad.factuality;

import org.dyad.article.Factuality;
import org.dyad.article.HandParse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every hand-parsed scenario under {@code src/test/resources/factuality/}: each file is one
 * sentence and lines {@code # expect: planned @7} (factuality, 1-based anchor token).
 */
class FactualityScenariosTest {

    private final FactualityJudge judge = new FactualityJudge();

    static Stream<Path> scenarios() throws IOException, URISyntaxException {
        Path dir = Path.of(FactualityScenariosTest.class.getResource("/factuality").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void judgesTheExpectedFactuality(Path file) throws IOException {
        HandParse.Scenario sc = HandParse.scenario(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        assertThat(sc.expectations()).isNotEmpty();
        for (String e : sc.expectations()) {
            String[] f = e.split("\\s+@");
            Factuality want = Factuality.valueOf(f[0].strip().toUpperCase(Locale.ROOT));
            int anchor = Integer.parseInt(f[1].strip()) - 1;
            assertThat(judge.judge(sc.sentence(), anchor)).as(e).isEqualTo(want);
        }
    }
}
