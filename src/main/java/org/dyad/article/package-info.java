/**
 * The immutable records and enums that flow between Dyad's pipeline stages.
 *
 * <p>This package depends on nothing but the JDK. Every stage package reads and writes these types
 * only, so a stage can be tested by building its input records by hand, without loading any model.
 * Lists are copied on construction; {@code null} appears only where the JSON output has {@code null}.
 */
package org.dyad.article;
