package org.dyad.events.pattern;

/**
 * Coding options of PETRARCH-1 (its {@code PETR_config.ini} and the validation suite's
 * {@code <Config>} directives).
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
 */
public record CoderOptions(boolean requireDyad, int newActorLength, int commaMin, int commaMax,
                           int commaBMin, int commaBMax, int commaEMin, int commaEMax) {

    /** PETRARCH-1's defaults. */
    public static CoderOptions defaults() {
        return new CoderOptions(true, 0, 2, 8, 0, 0, 2, 8);
    }

    /**
     * Applies one {@code <Config option=... value=...>} directive; unknown options and
     * non-numeric values leave the options unchanged.
     */
    public CoderOptions with(String option, String value) {
        String v = value == null ? "" : value.trim();
        if (option.equals("require_dyad")) {
            return new CoderOptions(!v.toLowerCase(java.util.Locale.ROOT).contains("false"), newActorLength, commaMin,
                    commaMax, commaBMin, commaBMax, commaEMin, commaEMax);
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return this;
        }
        return switch (option) {
            case "new_actor_length" -> new CoderOptions(requireDyad, n, commaMin, commaMax, commaBMin, commaBMax, commaEMin, commaEMax);
            case "comma_min" -> new CoderOptions(requireDyad, newActorLength, n, commaMax, commaBMin, commaBMax, commaEMin, commaEMax);
            case "comma_max" -> new CoderOptions(requireDyad, newActorLength, commaMin, n, commaBMin, commaBMax, commaEMin, commaEMax);
            case "comma_bmin" -> new CoderOptions(requireDyad, newActorLength, commaMin, commaMax, n, commaBMax, commaEMin, commaEMax);
            case "comma_bmax" -> new CoderOptions(requireDyad, newActorLength, commaMin, commaMax, commaBMin, n, commaEMin, commaEMax);
            case "comma_emin" -> new CoderOptions(requireDyad, newActorLength, commaMin, commaMax, commaBMin, commaBMax, n, commaEMax);
            case "comma_emax" -> new CoderOptions(requireDyad, newActorLength, commaMin, commaMax, commaBMin, commaBMax, commaEMin, n);
            default -> this;
        };
    }
}
