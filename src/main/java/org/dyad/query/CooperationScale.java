package org.dyad.query;

import org.dyad.article.Factuality;
import org.dyad.article.PloverType;

import java.util.EnumMap;
import java.util.Map;

/**
 * A Goldstein-style cooperation (+) / conflict (-) weight for each PLOVER type, and how factuality
 * scales it. The weights are the Goldstein (1992) values of the CAMEO root codes each PLOVER type
 * gathers (rounded means where it gathers several); docs/STORE.md lists them with their sources.
 * Factuality: an event that happened counts fully, a planned one half, a possible one a quarter,
 * a denied one not at all; an event not yet assessed counts as reported.
 */
public final class CooperationScale {
    private static final Map<PloverType, Double> WEIGHT = new EnumMap<>(PloverType.class);

    static {
        WEIGHT.put(PloverType.AGREE, 4.0);      // CAMEO 03 express intent to cooperate (+4), 057 sign agreement (+8): mostly the former
        WEIGHT.put(PloverType.CONSULT, 1.0);    // 04 consult (+1)
        WEIGHT.put(PloverType.SUPPORT, 3.5);    // 05 engage in diplomatic cooperation (+3.5)
        WEIGHT.put(PloverType.CONCEDE, 5.0);    // 08 yield (+5)
        WEIGHT.put(PloverType.COOPERATE, 6.0);  // 06 engage in material cooperation (+6)
        WEIGHT.put(PloverType.AID, 7.0);        // 07 provide aid (+7)
        WEIGHT.put(PloverType.RETREAT, 5.0);    // 08 yield: withdraw, de-escalate (+5)
        WEIGHT.put(PloverType.REQUEST, -1.0);   // 02 appeal (+3) and 10 demand (-5): their mean
        WEIGHT.put(PloverType.ACCUSE, -2.0);    // 11 disapprove (-2)
        WEIGHT.put(PloverType.REJECT, -4.0);    // 12 reject (-4)
        WEIGHT.put(PloverType.THREATEN, -6.0);  // 13 threaten (-6)
        WEIGHT.put(PloverType.PROTEST, -6.5);   // 14 protest (-6.5)
        WEIGHT.put(PloverType.SANCTION, -4.0);  // 16 reduce relations (-4)
        WEIGHT.put(PloverType.MOBILIZE, -7.2);  // 15 exhibit force posture (-7.2)
        WEIGHT.put(PloverType.COERCE, -7.0);    // 17 coerce (-7)
        WEIGHT.put(PloverType.ASSAULT, -10.0);  // 18 assault (-9), 19 fight (-10), 20 mass violence (-10): the worst
    }

    private CooperationScale() {
    }

    public static double weight(PloverType type) {
        return WEIGHT.get(type);
    }

    /** How much of its type's weight an event of this factuality counts for. */
    public static double factor(Factuality f) {
        if (f == null) return 1.0;
        return switch (f) {
            case HAPPENED -> 1.0;
            case PLANNED -> 0.5;
            case POSSIBLE -> 0.25;
            case DENIED -> 0.0;
        };
    }

    /** The weighted score of one event. */
    public static double score(PloverType type, Factuality f) {
        return weight(type) * factor(f);
    }

    /**
     * The PLOVER quad category (PLOVER's own 2x2 table): verbal/material cooperation/conflict.
     * SANCTION is verbal conflict there; REQUEST and ACCUSE took the places of DEMAND and DISAPPROVE.
     */
    public static String quad(PloverType type) {
        return switch (type) {
            case AGREE, CONSULT, SUPPORT, CONCEDE -> "VERBAL COOPERATION";
            case COOPERATE, AID, RETREAT -> "MATERIAL COOPERATION";
            case REQUEST, ACCUSE, REJECT, THREATEN, SANCTION -> "VERBAL CONFLICT";
            case PROTEST, MOBILIZE, COERCE, ASSAULT -> "MATERIAL CONFLICT";
        };
    }

    /** A SQL CASE over a column of PLOVER type names giving {@link #weight}. */
    static String weightSql(String typeColumn) {
        StringBuilder sb = new StringBuilder("CAST(CASE ").append(typeColumn);
        for (PloverType t : PloverType.values()) sb.append(" WHEN '").append(t.name()).append("' THEN ").append(weight(t));
        return sb.append(" END AS DOUBLE)").toString();
    }

    /** A SQL CASE over a column of factuality labels giving {@link #factor}. */
    static String factorSql(String factualityColumn) {
        StringBuilder sb = new StringBuilder("CAST(CASE ").append(factualityColumn);
        for (Factuality f : Factuality.values()) sb.append(" WHEN '").append(f.label()).append("' THEN ").append(factor(f));
        return sb.append(" ELSE ").append(factor(null)).append(" END AS DOUBLE)").toString();
    }

    /** A SQL CASE over a column of PLOVER type names giving {@link #quad}. */
    static String quadSql(String typeColumn) {
        StringBuilder sb = new StringBuilder("CASE ").append(typeColumn);
        for (PloverType t : PloverType.values()) sb.append(" WHEN '").append(t.name()).append("' THEN '").append(quad(t)).append('\'');
        return sb.append(" END").toString();
    }
}
