package org.dyad.events.pattern;

import java.util.Locale;

/**
 * Coding options of PETRARCH-1 (its {@code PETR_config.ini} and the validation suite's
 * {@code <Config>} directives), plus one Dyad option for modern dictionaries.
 *
 * @param requireDyad    drop events whose source or target is the null actor {@code ---}
 * @param newActorLength when &gt; 0, an uncoded noun phrase of fewer than this many words is
 *                       reported as its quoted text instead of {@code ---}
 * @param commaMin       internal comma-clause deletion: min words (with {@code commaMax})
 * @param commaMax       internal comma-clause deletion: max words, 0 switches it off
 * @param commaBMin      initial clause deletion: min words
 * @param commaBMax      initial clause deletion: max words, 0 switches it off
 * @param commaEMin      terminal clause deletion: min words
 * @param commaEMax      terminal clause deletion: max words, 0 switches it off
 * @param patternPlurals let a pattern word also match its regular plural ({@code AIRSTRIKE}
 *                       matches "airstrikes"), as the PETRARCH-2 dictionaries assume; off for
 *                       the PETRARCH-1 suite, whose patterns spell plurals out
 */
public record CoderOptions(boolean requireDyad, int newActorLength, int commaMin, int commaMax,
                           int commaBMin, int commaBMax, int commaEMin, int commaEMax, boolean patternPlurals) {

    /** PETRARCH-1's defaults. */
    public static CoderOptions defaults() {
        return new CoderOptions(true, 0, 2, 8, 0, 0, 2, 8, false);
    }

    /** Defaults suited to the Phoenix/CAMEO 2.0 dictionaries: pattern words match plurals. */
    public static CoderOptions phoenix() {
        return defaults().withPatternPlurals(true);
    }

    public CoderOptions withPatternPlurals(boolean on) {
        return new CoderOptions(requireDyad, newActorLength, commaMin, commaMax, commaBMin, commaBMax, commaEMin,
                commaEMax, on);
    }

    /**
     * Applies one {@code <Config option=... value=...>} directive (PETRARCH-1 semantics:
     * {@code require_dyad} is false when the value contains "false" in any case); unknown
     * options and non-numeric values leave the options unchanged.
     */
    public CoderOptions with(String option, String value) {
        String v = value == null ? "" : value.trim();
        if (option.equals("require_dyad")) {
            return new CoderOptions(!v.toLowerCase(Locale.ROOT).contains("false"), newActorLength, commaMin, commaMax,
                    commaBMin, commaBMax, commaEMin, commaEMax, patternPlurals);
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return this;
        }
        int[] c = {newActorLength, commaMin, commaMax, commaBMin, commaBMax, commaEMin, commaEMax};
        switch (option) {
            case "new_actor_length" -> c[0] = n;
            case "comma_min" -> c[1] = n;
            case "comma_max" -> c[2] = n;
            case "comma_bmin" -> c[3] = n;
            case "comma_bmax" -> c[4] = n;
            case "comma_emin" -> c[5] = n;
            case "comma_emax" -> c[6] = n;
            default -> {
                return this;
            }
        }
        return new CoderOptions(requireDyad, c[0], c[1], c[2], c[3], c[4], c[5], c[6], patternPlurals);
    }
}
