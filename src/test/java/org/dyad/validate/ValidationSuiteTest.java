package org.dyad.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dyad.events.pattern.CoderOptions;
import org.dyad.events.pattern.PatternCoder;
import org.junit.jupiter.api.Test;

/** Runs PETRARCH's own unit-test suite through the pattern coder. */
class ValidationSuiteTest {

    private static final Path SUITE = Path.of(System.getProperty("dyad.data", "../shared/data"),
            "petrarch-validation", "PETR.UnitTest.records.xml");

    @Test
    void passesAtLeast270OfThePetrarchRecordsWithoutCrashing() throws Exception {
        assertThat(SUITE).as("validation suite (set -Ddyad.data)").exists();
        ValidationSuite suite = ValidationSuite.read(SUITE);
        assertThat(suite.records()).hasSize(284);
        PatternCoder coder = PatternCoder.load(suite.dictionary("Verbfile"), List.of(suite.dictionary("Actorfile")),
                suite.dictionary("Agentfile"), suite.dictionary("Discardfile"), CoderOptions.defaults());
        SuiteRunner.Report report = new SuiteRunner(coder).run(suite);
        assertThat(report.crashes()).isZero();
        assertThat(report.passed()).isGreaterThanOrEqualTo(270);
    }

    @Test
    void readsConfigDirectivesInFileOrder() throws Exception {
        assertThat(SUITE).exists();
        ValidationSuite suite = ValidationSuite.read(SUITE);
        ValidationRecord demo22 = suite.records().stream().filter(r -> r.id().equals("DEMO-22")).findFirst().orElseThrow();
        assertThat(demo22.config()).extracting(e -> e.getKey() + "=" + e.getValue()).containsExactly("new_actor_length=4");
        assertThat(demo22.expected()).contains("\"INJURY TOLL\" OSG 223");
        assertThat(suite.records().stream().filter(r -> !r.valid()).count()).isEqualTo(5);
    }
}
