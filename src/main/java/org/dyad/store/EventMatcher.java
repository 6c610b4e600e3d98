package org.dyad.store;

import org.dyad.article.PloverType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.dyad.article.PloverType.*;

/**
 * The de-duplication rule: decides whether a new mention reports an event already stored.
 * docs/STORE.md states the same rule in prose; change both together.
 *
 * <p>A mention joins a stored event when all of these hold:
 * <ol>
 *   <li><b>dyad</b>: the same source and target countries (at least one known); reversed is also the
 *       same event for the reciprocal types {@code AGREE CONSULT COOPERATE} ("Sunak met Macron" =
 *       "Macron met Sunak"), but not for directed ones (a French accusation and a British one on the
 *       same day are two moves in a spat);</li>
 *   <li><b>type</b>: the same PLOVER type, or a pair coders confuse for one happening
 *       ({@link #COMPATIBLE}); two different types from the same article never merge, since that
 *       article coded them apart on purpose;</li>
 *   <li><b>date</b>: both are dated and the mention's window overlaps the event's window;</li>
 *   <li><b>evidence</b>: against at least one of the event's mentions, content-word Jaccard &ge; 0.2
 *       or at least 2 shared key terms (place names, days, numbers; actor words excluded); twice as
 *       strict when the types differ.</li>
 * </ol>
 * Among several qualifying events the best score wins: same type first, then evidence overlap.
 * When a mention qualifies for several stored events, it shows they are one: they are combined
 * ({@link #canCombine}) so the result does not depend on the order articles arrive in.
 */
final class EventMatcher {
    static final double MIN_JACCARD = 0.2;
    static final int MIN_KEY_TERMS = 2;

    /** Types whose source and target can swap without changing what happened. */
    static final Set<PloverType> RECIPROCAL = EnumSet.of(AGREE, CONSULT, COOPERATE);

    /** Pairs of types one happening is often coded as (symmetric, not transitive). */
    static final Map<PloverType, Set<PloverType>> COMPATIBLE = Map.of(
            AGREE, EnumSet.of(COOPERATE),
            CONSULT, EnumSet.of(COOPERATE),
            COOPERATE, EnumSet.of(AGREE, CONSULT),
            SUPPORT, EnumSet.of(AID),
            AID, EnumSet.of(SUPPORT),
            ACCUSE, EnumSet.of(REJECT),
            REJECT, EnumSet.of(ACCUSE),
            THREATEN, EnumSet.of(MOBILIZE),
            MOBILIZE, EnumSet.of(THREATEN),
            COERCE, EnumSet.of(SANCTION, ASSAULT));

    private EventMatcher() {
    }

    /** The type itself and its compatible types: what a candidate search may return. */
    static Set<PloverType> candidateTypes(PloverType t) {
        Set<PloverType> s = EnumSet.of(t);
        s.addAll(COMPATIBLE.getOrDefault(t, Set.of()));
        // the relation is symmetric even where the map lists only one side (SANCTION~COERCE)
        COMPATIBLE.forEach((k, v) -> { if (v.contains(t)) s.add(k); });
        return s;
    }

    static boolean compatible(PloverType a, PloverType b) {
        return a == b || candidateTypes(a).contains(b);
    }

    /** The unordered country pair, "FRA-GBR"; an unknown side is "?". */
    static String dyad(String countryA, String countryB) {
        String a = countryA == null ? "?" : countryA, b = countryB == null ? "?" : countryB;
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }

    /**
     * How well {@code m} fits the stored event of type {@code eventType} whose mentions are given:
     * 0 when the rule above rejects it, else a score (higher is a better fit).
     */
    static double score(Mention m, PloverType eventType, List<Mention> mentions) {
        if (!m.dated() || mentions.isEmpty()) return 0;
        if (m.source().country() == null && m.target().country() == null) return 0;
        if (!compatible(m.type(), eventType)) return 0;
        LocalDate[] window = window(mentions);
        if (window == null || m.dateFrom().isAfter(window[1]) || window[0].isAfter(m.dateTo())) return 0;
        boolean sameType = m.type() == eventType;
        double minJaccard = sameType ? MIN_JACCARD : 2 * MIN_JACCARD;
        int minKeys = sameType ? MIN_KEY_TERMS : 2 * MIN_KEY_TERMS;
        double best = 0;
        for (Mention e : mentions) {
            if (e.articleId().equals(m.articleId()) && e.type() != m.type()) return 0;
            if (!sameDyad(m, e)) continue;
            List<String> phrases = new ArrayList<>();
            for (Mention x : List.of(m, e)) {
                phrases.add(x.source().name()); phrases.add(x.source().text());
                phrases.add(x.target().name()); phrases.add(x.target().text());
            }
            Set<String> actorWords = EvidenceSimilarity.actorWords(phrases);
            double j = EvidenceSimilarity.jaccard(EvidenceSimilarity.contentWords(m.sentence(), actorWords),
                    EvidenceSimilarity.contentWords(e.sentence(), actorWords));
            int keys = EvidenceSimilarity.shared(EvidenceSimilarity.keyTerms(m.sentence(), actorWords),
                    EvidenceSimilarity.keyTerms(e.sentence(), actorWords));
            if (j >= minJaccard || keys >= minKeys) best = Math.max(best, j + 0.1 * Math.min(keys, 5));
        }
        if (best == 0) return 0;
        return best + (sameType ? 1.0 : 0.0);
    }

    /**
     * Whether two events that one new mention matches may become one: compatible types, overlapping
     * windows, and no article that coded them as two different types.
     */
    static boolean canCombine(PloverType typeA, List<Mention> a, PloverType typeB, List<Mention> b) {
        if (!compatible(typeA, typeB)) return false;
        LocalDate[] wa = window(a), wb = window(b);
        if (wa == null || wb == null || wa[0].isAfter(wb[1]) || wb[0].isAfter(wa[1])) return false;
        for (Mention x : a)
            for (Mention y : b)
                if (x.articleId().equals(y.articleId()) && x.type() != y.type()) return false;
        return true;
    }

    static boolean sameDyad(Mention m, Mention e) {
        String ms = m.source().country(), mt = m.target().country(), es = e.source().country(), et = e.target().country();
        if (Objects.equals(ms, es) && Objects.equals(mt, et)) return true;
        return Objects.equals(ms, et) && Objects.equals(mt, es)
                && RECIPROCAL.contains(m.type()) && RECIPROCAL.contains(e.type());
    }

    /** The intersection of the dated mentions' windows, or null when none is dated. */
    static LocalDate[] window(List<Mention> mentions) {
        LocalDate from = null, to = null;
        for (Mention e : mentions) {
            if (!e.dated()) continue;
            from = from == null || e.dateFrom().isAfter(from) ? e.dateFrom() : from;
            to = to == null || e.dateTo().isBefore(to) ? e.dateTo() : to;
        }
        if (from == null) return null;
        // each mention joined overlapping the event's window at the time, so the intersection is not empty;
        // guard anyway: an empty one falls back to the hull rather than an inverted window
        if (to.isBefore(from)) {
            LocalDate f = null, t = null;
            for (Mention e : mentions) {
                if (!e.dated()) continue;
                f = f == null || e.dateFrom().isBefore(f) ? e.dateFrom() : f;
                t = t == null || e.dateTo().isAfter(t) ? e.dateTo() : t;
            }
            return new LocalDate[]{f, t};
        }
        return new LocalDate[]{from, to};
    }
}
