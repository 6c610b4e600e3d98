package org.dyad.events;

import org.dyad.article.CodedEvent;
import org.dyad.article.EventActor;
import org.dyad.article.HandParse;
import org.dyad.config.DyadConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every hand-parsed scenario under {@code src/test/resources/events/}: each file is one
 * sentence with its actors and the events expected ({@code # expect: TYPE CAMEO SRC>TGT} or
 * {@code # expect: none}), compared as a set.
 */
class EventScenariosTest {

    private static final EventCoder CODER = EventCoder.load(new DyadConfig(Path.of(System.getProperty("dyad.data")), 1));

    static Stream<Path> scenarios() throws IOException, URISyntaxException {
        Path dir = Path.of(EventScenariosTest.class.getResource("/events").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void codesTheExpectedEvents(Path file) throws IOException {
        HandParse.Scenario sc = HandParse.scenario(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        assertThat(sc.expectations()).as("a scenario says what it expects").isNotEmpty();
        List<CodedEvent> events = CODER.code(HandParse.article("s", sc.sentence()), sc.actors());
        List<String> want = new ArrayList<>(), got = new ArrayList<>();
        for (String e : sc.expectations()) if (!e.equals("none")) want.add(e);
        for (CodedEvent e : events) {
            String[] dyad = want.stream().filter(w -> w.startsWith(e.type() + " ")).findFirst()
                    .map(w -> w.substring(w.lastIndexOf(' ') + 1).split(">")).orElse(new String[]{"", ""});
            got.add(e.type() + " " + e.cameo() + " " + side(e.source(), dyad[0]) + ">" + side(e.target(), dyad[1]));
        }
        assertThat(got).containsExactlyInAnyOrderElementsOf(want);
    }

    /** A country, or country/sector when the expectation names a sector. */
    private static String side(EventActor a, String expected) {
        return expected.contains("/") ? a.country() + "/" + a.sector() : a.country();
    }
}
