package org.dyad.store;

import org.dyad.article.Factuality;
import org.dyad.article.PloverType;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A de-duplicated event's own values, recomputed from all its mentions whenever one joins or leaves
 * (so the row never depends on the order articles arrived in, beyond which event a mention joined).
 *
 * @param representative the mention whose type, CAMEO code, actors and evidence the event shows
 * @param eventDate      one day for timelines: the day of the window nearest the first report's
 *                       publication (news tells what just happened or what is about to happen)
 */
record EventSummary(Mention representative, PloverType type, LocalDate eventDate, LocalDate dateFrom, LocalDate dateTo,
                    Factuality factuality, double confidence, int mentionCount, int articleCount,
                    LocalDate firstPublished, Mention.Place location) {

    private static final Comparator<LocalDate> OLDEST_FIRST_NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    static EventSummary of(List<Mention> mentions) {
        if (mentions.isEmpty()) throw new IllegalArgumentException("an event needs at least one mention");
        PloverType type = majorityType(mentions);
        Mention rep = mentions.stream().filter(m -> m.type() == type)
                .min(Comparator.comparingDouble(Mention::confidence).reversed()
                        .thenComparing(Mention::published, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Mention::articleId).thenComparing(Mention::mentionId))
                .orElseThrow();
        LocalDate[] window = EventMatcher.window(mentions);
        // later reports know more: "will meet on Friday" (planned) is superseded by "met on Friday"
        Factuality factuality = mentions.stream().filter(m -> m.factuality() != null)
                .max(Comparator.comparing(Mention::published, OLDEST_FIRST_NULLS_FIRST)
                        .thenComparingDouble(Mention::confidence))
                .map(Mention::factuality).orElse(null);
        Map<String, Double> bestPerArticle = new HashMap<>();
        for (Mention m : mentions) bestPerArticle.merge(m.articleId(), m.confidence(), Math::max);
        // independent reports raise confidence: 1 - product of each article's doubt (noisy-or)
        double doubt = 1;
        for (double c : bestPerArticle.values()) doubt *= 1 - Math.max(0, Math.min(1, c));
        LocalDate firstPublished = mentions.stream().map(Mention::published).filter(d -> d != null)
                .min(Comparator.naturalOrder()).orElse(null);
        // the representative's place, else the most precise place another report gives
        Mention.Place location = rep.location();
        if (!location.known()) {
            for (Mention m : mentions) {
                if (m.location().known() && (!location.known() || precisionRank(m.location()) < precisionRank(location)))
                    location = m.location();
            }
        }
        LocalDate eventDate = window == null ? null : firstPublished == null ? window[0]
                : firstPublished.isBefore(window[0]) ? window[0] : firstPublished.isAfter(window[1]) ? window[1] : firstPublished;
        return new EventSummary(rep, type, eventDate, window == null ? null : window[0], window == null ? null : window[1],
                factuality, Math.round((1 - doubt) * 1000) / 1000.0, mentions.size(), bestPerArticle.size(),
                firstPublished, location);
    }

    private static int precisionRank(Mention.Place p) {
        return p.precision() == null ? 3 : switch (p.precision()) {
            case "place" -> 0;
            case "region" -> 1;
            default -> 2;
        };
    }

    /** The type most mentions give; a tie goes to the larger summed confidence, then PLOVER order. */
    private static PloverType majorityType(List<Mention> mentions) {
        Map<PloverType, double[]> votes = new EnumMap<>(PloverType.class);
        for (Mention m : mentions) {
            double[] v = votes.computeIfAbsent(m.type(), t -> new double[2]);
            v[0]++;
            v[1] += m.confidence();
        }
        PloverType best = null;
        double[] bv = null;
        for (var e : votes.entrySet()) {
            double[] v = e.getValue();
            if (bv == null || v[0] > bv[0] || (v[0] == bv[0] && v[1] > bv[1])) {
                best = e.getKey();
                bv = v;
            }
        }
        return best;
    }
}
