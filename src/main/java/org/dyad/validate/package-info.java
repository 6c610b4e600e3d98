/**
 * Runs PETRARCH's validation suite ({@code PETR.UnitTest.records.xml}) through the pattern
 * coder: reads the records and their {@code <Config>} directives, codes each parse with the
 * suite's own dictionaries and reports per-record results and the pass count.
 */
package org.dyad.validate;
