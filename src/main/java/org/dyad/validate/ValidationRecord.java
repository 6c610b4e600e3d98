package org.dyad.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One {@code <Sentence>} of the suite.
 *
 * @param position  0-based position among the records (ids are not unique)
 * @param valid     the {@code sentence="true"} flag
 * @param expected  expected (source, target, event) triples, space-separated
 * @param error     expected error condition ({@code dateline}, {@code bad_input_parse},
 *                  {@code storydiscard}, {@code sentencediscard}) or null
 * @param config    {@code <Config>} directives that take effect just before this record
 */
public record ValidationRecord(int position, String id, String category, LocalDate date, boolean valid,
                               String text, String parse, Set<String> expected, String error,
                               List<Map.Entry<String, String>> config) {
    public ValidationRecord {
        expected = Set.copyOf(expected);
        config = List.copyOf(config);
    }
}
