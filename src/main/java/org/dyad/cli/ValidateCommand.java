package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.config.DyadConfig;
import org.dyad.events.pattern.CoderOptions;
import org.dyad.events.pattern.PatternCoder;
import org.dyad.validate.RecordResult;
import org.dyad.validate.SuiteRunner;
import org.dyad.validate.ValidationSuite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad validate PETR.UnitTest.records.xml}: runs PETRARCH's validation suite. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Run a PETRARCH validation suite through the pattern coder and report per-record results.")
public final class ValidateCommand implements Callable<Integer> {

    private static final int WARM_PASSES = 5;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "validation XML; a relative name not found is looked up in <data>/petrarch-validation")
    Path file;

    @Option(names = "--data", description = "data folder (default: $DYAD_DATA, -Ddyad.data or ../shared/data)")
    Path data;

    @Option(names = {"-q", "--quiet"}, description = "print only failing records and the summary")
    boolean quiet;

    @Option(names = "--cold", description = "report the speed of the first pass (default: mean of warm passes)")
    boolean cold;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        Path dataDir = data != null ? data : DyadConfig.defaultDataDir();
        Path xml = file;
        if (!Files.exists(xml) && !xml.isAbsolute()) xml = new DyadConfig(dataDir, 1).petrarchValidationDir().resolve(file);
        if (!Files.isReadable(xml)) {
            System.err.println("validate: cannot read " + file + " (also tried " + xml.toAbsolutePath().normalize() + ")");
            return 2;
        }
        ValidationSuite suite = ValidationSuite.read(xml);
        long t0 = System.nanoTime();
        PatternCoder coder = PatternCoder.load(suite.dictionary("Verbfile"), List.of(suite.dictionary("Actorfile")),
                suite.dictionary("Agentfile"), suite.dictionary("Discardfile"), CoderOptions.defaults());
        long loaded = System.nanoTime();
        SuiteRunner runner = new SuiteRunner(coder);
        SuiteRunner.Report report = runner.run(suite);
        long coldNanos = report.nanos();
        // further timed passes measure steady-state speed, without class loading and JIT warm-up
        long warmNanos = 0;
        for (int i = 0; !cold && i < WARM_PASSES; i++) warmNanos += runner.run(suite).nanos();
        long nanos = cold ? coldNanos : warmNanos / WARM_PASSES;
        for (RecordResult r : report.results()) {
            if (quiet && r.passed()) continue;
            StringBuilder sb = new StringBuilder();
            sb.append(r.passed() ? "PASS " : "FAIL ").append(r.record().id());
            if (!r.record().valid()) sb.append(" (sentence=false)");
            if (r.crash() != null) sb.append(" CRASH ").append(r.crash());
            if (!r.passed()) {
                sb.append("\n     expected ").append(r.record().error() != null ? "error " + r.record().error() : r.record().expected())
                        .append("\n     coded    ").append(r.coded());
                if (!r.skip().equals("NONE")) sb.append(" skip=").append(r.skip());
            } else if (!r.coded().isEmpty()) {
                sb.append(' ').append(r.coded());
            }
            out.println(sb);
        }
        long n = report.results().size();
        out.printf("dictionaries loaded in %d ms; first (cold) pass %d ms%n", (loaded - t0) / 1_000_000,
                coldNanos / 1_000_000);
        out.printf("coded %d sentences in %d ms (%.0f sentences/s%s), %d crashes%n", n, nanos / 1_000_000,
                n * 1e9 / Math.max(1, nanos), cold ? ", cold" : ", mean of " + WARM_PASSES + " warm passes", report.crashes());
        long valid = report.results().stream().filter(r -> r.record().valid()).count();
        long validPassed = report.results().stream().filter(r -> r.record().valid() && r.passed()).count();
        out.printf("sentence=\"true\" records: %d of %d passed%n", validPassed, valid);
        out.printf("%d passed, %d failed%n", report.passed(), n - report.passed());
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ValidateCommand()).execute(args));
    }
}
