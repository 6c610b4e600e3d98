package org.dyad.query;

import org.dyad.article.PloverType;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One period of a dyad timeline.
 *
 * @param start       first day of the period
 * @param period      its label ("2023-03", "2023-W10", "2023")
 * @param counts      de-duplicated events per PLOVER type (every type present, zero when none)
 * @param events      all events in the period
 * @param cooperation sum of the positive weighted scores ({@link CooperationScale})
 * @param conflict    sum of the negative weighted scores (a negative number, or 0)
 * @param score       cooperation + conflict: the period's net cooperation-conflict score
 */
public record TimelineRow(LocalDate start, String period, Map<PloverType, Integer> counts, int events,
                          double cooperation, double conflict, double score) {
    public TimelineRow {
        EnumMap<PloverType, Integer> all = new EnumMap<>(PloverType.class);
        for (PloverType t : PloverType.values()) all.put(t, counts.getOrDefault(t, 0));
        counts = Collections.unmodifiableMap(all);
    }

    public int count(PloverType type) {
        return counts.get(type);
    }
}
