package org.dyad.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.article.ParseNode;
import org.dyad.events.pattern.CoderOptions;
import org.dyad.events.pattern.PatternCoder;
import org.dyad.events.pattern.PatternEvent;
import org.dyad.events.pattern.TreebankReader;

/**
 * Codes every record of a {@link ValidationSuite} in order, applying its {@code <Config>}
 * directives as they come, and compares the coded triples with the expected ones. A record
 * passes when the sets are equal (both empty for "no events" records); an error record passes
 * when the coder skipped the sentence for that same reason. A record that cannot be read or
 * coded fails; it never stops the run.
 */
public final class SuiteRunner {

    /** All results and the coding time. */
    public record Report(List<RecordResult> results, long nanos) {
        public Report {
            results = List.copyOf(results);
        }

        public long passed() {
            return results.stream().filter(RecordResult::passed).count();
        }

        public long crashes() {
            return results.stream().filter(r -> r.crash() != null).count();
        }

        public double sentencesPerSecond() {
            return nanos == 0 ? 0 : results.size() * 1e9 / nanos;
        }
    }

    private final PatternCoder coder;

    public SuiteRunner(PatternCoder coder) {
        this.coder = coder;
    }

    public Report run(ValidationSuite suite) {
        List<RecordResult> out = new ArrayList<>();
        CoderOptions options = coder.options();
        long start = System.nanoTime();
        for (ValidationRecord r : suite.records()) {
            for (Map.Entry<String, String> c : r.config()) options = options.with(c.getKey(), c.getValue());
            out.add(runOne(r, options));
        }
        return new Report(out, System.nanoTime() - start);
    }

    private RecordResult runOne(ValidationRecord r, CoderOptions options) {
        Set<String> coded = new LinkedHashSet<>();
        String skip;
        try {
            ParseNode tree;
            try {
                tree = TreebankReader.read(r.parse());
            } catch (TreebankReader.MalformedTreeException e) {
                tree = null;
            }
            LocalDate date = r.date();
            PatternCoder.Outcome o = coder.code(r.text(), tree, date, options, null);
            for (PatternEvent e : o.events()) coded.add(e.triple());
            skip = o.skip().name();
        } catch (RuntimeException e) {
            return new RecordResult(r, coded, "CRASH", false, e.toString());
        }
        boolean passed = r.error() != null
                ? coded.isEmpty() && errorMatches(r.error(), skip)
                : coded.equals(r.expected());
        return new RecordResult(r, coded, skip, passed, null);
    }

    private static boolean errorMatches(String error, String skip) {
        return switch (error) {
            case "dateline" -> skip.equals("DATELINE");
            case "bad_input_parse" -> skip.equals("BAD_INPUT_PARSE");
            case "storydiscard" -> skip.equals("STORY_DISCARD");
            case "sentencediscard" -> skip.equals("SENTENCE_DISCARD");
            default -> !skip.equals("NONE");
        };
    }
}
