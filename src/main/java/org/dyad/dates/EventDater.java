package org.dyad.dates;

import java.time.LocalDate;
import java.util.List;

import org.dyad.article.DateRange;
import org.dyad.article.PublishedDate;
import org.dyad.article.Sentence;
import org.dyad.clause.ClauseGraph;
import org.dyad.clause.ClauseReading;
import org.dyad.clause.ClauseView;

/**
 * Dates one event: the window of days its sentence gives for it, placed on the calendar from the
 * article's publication window.
 *
 * <p>Contract:
 * <ul>
 *   <li>The time expression governing the anchor is used: one attached to the anchor's verb in the
 *       dependency tree, else one on a verb above it ("said on Friday that ..."), else, when the sentence
 *       has no dependencies, the nearest one. Expressions hanging off other clauses are ignored.</li>
 *   <li>Relative expressions are resolved against both ends of the publication window with the event's
 *       tense ("will meet on Friday" forwards, "met on Friday" backwards), so the result covers every
 *       possible publication day. The tense is the event's clause reading
 *       ({@link org.dyad.clause.ClauseReading}), the one its factuality comes from: an event judged
 *       planned ("agreed to meet on Friday") is resolved forwards. An expression on another verb takes
 *       that verb's tense.</li>
 *   <li>An event ahead (planned, or future tense) dated by a verb that governs its clause, the act that
 *       planned it ("said on Friday that they will meet", "in 2018 offered to pay"), lies from that act
 *       up to {@link #FUTURE_HORIZON_DAYS} days after it: never before the plan, never only on its day.</li>
 *   <li>No time expression: the publication window and the day before it ({@link #PRESENT_LEAD_DAYS}); for an
 *       event ahead (future tense or planned) the
 *       window is extended by {@link #FUTURE_HORIZON_DAYS} days, since a plan with no date lies somewhere
 *       after the article, and for a past event (or the act behind a present passive state, "are sanctioned")
 *       it reaches {@link #PAST_HORIZON_DAYS} days back (on the
 *       dev set this raised events.date on dated stories from 0.34 to 0.41 of all gold events; 7 days
 *       gave 0.39).</li>
 *   <li>A past act in the clause of a dated reporting verb ("said on Tuesday that Tehran offered") lies on
 *       that day or up to {@link #PAST_HORIZON_DAYS} days before it. Times joined by "and"/"or" ("in 2021
 *       and again in May") date the act over both; a time after "until" ends the act's effect and
 *       does not date it.</li>
 *   <li>Publication date unknown: the governing expression's absolute window ("in 2010"), else the nearest
 *       absolute expression of the sentence, else null.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class EventDater {
    /** How far past publication an undated planned event is assumed to lie. */
    public static final int FUTURE_HORIZON_DAYS = 90;
    /**
     * How far before publication an undated past event may lie. News reports in the past tense what
     * happened recently, but not only on the day of the article: "China conducted drills" in a weekly
     * interview, "the court jailed him" in a story about his appeal. The publication day alone would
     * claim a precision the sentence does not give.
     */
    public static final int PAST_HORIZON_DAYS = 30;
    /**
     * How far before publication an undated present-tense event may lie. "X calls for", "Y condemns"
     * report the news day the story closes, and a story stamped after midnight (UTC, or the outlet's
     * own zone) reports the day before its date as often as its own.
     */
    public static final int PRESENT_LEAD_DAYS = 1;

    public EventDater() {
    }

    /**
     * @param sentence  the evidence sentence
     * @param anchor    token index of the event's verb or nominal trigger, or -1 when unknown
     * @param published the article's publication date (possibly unknown)
     * @return the event's window, or null when nothing dates it
     */
    public DateRange date(Sentence sentence, int anchor, PublishedDate published) {
        ClauseView view = ClauseView.of(sentence);
        ClauseReading reading = view.reading(anchor);
        List<SentenceTimes.Mention> mentions = SentenceTimes.find(sentence);
        SentenceTimes.Mention m = governing(view, reading, anchor, mentions);
        // the event's tense agrees with its factuality: a planned event is resolved forwards
        Tense tense = TenseReader.of(reading.tense());
        // "announced in May that Chile would begin drills": February takes the tense of the
        // verb it dates, not the anchor's
        int timeVerb = m == null ? -1 : verbOf(view.graph(), m);
        if (timeVerb >= 0 && timeVerb != reading.predicate())
            tense = TenseReader.of(view.tense(timeVerb));
        // "said on Friday that they will meet", "agreed in 2018 to pay": the time dates the act that
        // planned the event ahead, which lies from then on
        boolean plannedFrom = reading.tense() == org.dyad.clause.Tense.FUTURE && timeVerb >= 0
                && plansFrom(view.graph(), timeVerb, reading.predicate());
        // "Tuesday's talks" modifies a noun: the verb's tense says nothing about it, so take the nearest Tuesday
        if (m != null && m.reference() instanceof TimeReference.Weekday && m.tokenEnd() < sentence.tokens().size()
                && sentence.tokens().get(m.tokenEnd()).word().matches("['’]s"))
            tense = Tense.PRESENT;
        if (published == null || !published.isKnown()) return onwards(absolute(m, mentions, anchor), plannedFrom);
        if (m == null) {
            if (tense == Tense.FUTURE) return new DateRange(published.from(), published.to().plusDays(FUTURE_HORIZON_DAYS));
            // "the vessels are sanctioned", "he is detained there": a present passive tells the state an
            // earlier act left, so the act lies in the past as an undated past act does
            boolean resultState = tense == Tense.PRESENT && reading.predicate() >= 0
                    && view.graph().pos(reading.predicate()).equals("VBN");
            if (tense == Tense.PAST || resultState)
                return new DateRange(published.from().minusDays(PAST_HORIZON_DAYS), published.to());
            return new DateRange(published.from().minusDays(PRESENT_LEAD_DAYS), published.to());
        }
        DateRange window = resolve(m.reference(), published.from(), published.to(), tense);
        // "prosecutors said on Tuesday that Tehran offered to pay": a past act reported on a day lies on
        // that day or before it, as an undated past act lies before the article
        if (reading.tense() == org.dyad.clause.Tense.PAST && timeVerb >= 0 && reading.predicate() >= 0
                && ClauseView.reporting(view.graph().lemma(timeVerb)) && plansFrom(view.graph(), timeVerb, reading.predicate()))
            window = new DateRange(window.from().minusDays(PAST_HORIZON_DAYS), window.to());
        SentenceTimes.Mention also = coordinated(sentence, mentions, m);
        if (also != null) window = span(window, resolve(also.reference(), published.from(), published.to(), tense));
        return onwards(window, plannedFrom);
    }

    /** Words that may stand between two coordinated times: "in 2021 and again in May", "on Monday or Tuesday". */
    private static final java.util.Set<String> COORDINATION = java.util.Set.of("and", "or", "again", "then", "also",
            "later", "once", "in", "on", "at", ",");

    /**
     * "imposed sanctions in 2021 and again in May", "met on Monday and Tuesday": a second time joined
     * to the governing one dates the same act, so the window runs over both; null when none is.
     */
    private static SentenceTimes.Mention coordinated(Sentence s, List<SentenceTimes.Mention> mentions, SentenceTimes.Mention m) {
        for (SentenceTimes.Mention o : mentions) {
            if (o == m) continue;
            int from = Math.min(m.tokenEnd(), o.tokenEnd()), to = Math.max(m.tokenBegin(), o.tokenBegin());
            if (from > to) continue;
            boolean joined = false, only = true;
            for (int i = from; i < to && only; i++) {
                String w = s.tokens().get(i).word().toLowerCase(java.util.Locale.ROOT);
                only = COORDINATION.contains(w);
                joined |= w.equals("and") || w.equals("or");
            }
            if (joined && only) return o;
        }
        return null;
    }

    private static DateRange span(DateRange a, DateRange b) {
        return new DateRange(a.from().isBefore(b.from()) ? a.from() : b.from(), a.to().isAfter(b.to()) ? a.to() : b.to());
    }

    /**
     * True when {@code act} governs {@code verb} across a clause boundary: "said on Friday that they
     * will meet" (ccomp), "agreed on Friday to meet" (xcomp), "..., sources said Friday" (parataxis);
     * a conjunct ("will land on Friday and then address") or an adverbial clause shares the time.
     */
    private static boolean plansFrom(ClauseGraph g, int act, int verb) {
        if (verb < 0 || act == verb || !g.dominates(act, verb)) return false;
        for (int k = verb, step = 0; k >= 0 && k != act && step < 12; k = g.parent(k), step++) {
            switch (g.relation(k)) {
                case "ccomp", "xcomp", "csubj", "parataxis" -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** An event ahead dated by the act that planned it: from that act up to the horizon after it. */
    private static DateRange onwards(DateRange act, boolean planned) {
        return act == null || !planned ? act : new DateRange(act.from(), act.to().plusDays(FUTURE_HORIZON_DAYS));
    }

    /** Without a publication date only absolute expressions can be placed: the governing one, else the nearest. */
    private static DateRange absolute(SentenceTimes.Mention governing, List<SentenceTimes.Mention> mentions, int anchor) {
        if (governing != null && governing.reference().absolute() != null) return governing.reference().absolute();
        SentenceTimes.Mention best = null;
        for (SentenceTimes.Mention m : mentions)
            if (m.reference().absolute() != null) best = closer(best, m, Math.max(anchor, 0));
        return best == null ? null : best.reference().absolute();
    }

    /** The expression's window over every reference day in {@code [from, to]} (resolution is monotone). */
    static DateRange resolve(TimeReference ref, LocalDate from, LocalDate to, Tense tense) {
        DateRange a = ref.resolve(from, tense), b = ref.resolve(to, tense);
        LocalDate lo = a.from().isBefore(b.from()) ? a.from() : b.from();
        LocalDate hi = a.to().isAfter(b.to()) ? a.to() : b.to();
        return new DateRange(lo, hi);
    }

    /** The mention that dates the anchor's clause, or null. */
    static SentenceTimes.Mention governing(ClauseView view, ClauseReading reading, int anchor, List<SentenceTimes.Mention> mentions) {
        if (mentions.isEmpty()) return null;
        ClauseGraph g = view.graph();
        int verb = reading.predicate();
        int from = anchor >= 0 ? anchor : Math.max(verb, 0);
        if (!g.parsed() || verb < 0) return nearest(mentions, from);
        SentenceTimes.Mention attached = null, above = null;
        List<SentenceTimes.Mention> own = new java.util.ArrayList<>();
        for (SentenceTimes.Mention m : mentions) if (!possessesOther(g, m, anchor) && !endPoint(view.sentence(), m)) own.add(m);
        mentions = own;
        if (mentions.isEmpty()) return null;
        for (SentenceTimes.Mention m : mentions) {
            int v = verbOf(g, m);
            // "is scheduled to travel on Wednesday": the time of an open complement dates its head
            if (v == verb || (anchor >= 0 && v == anchor) || (v >= 0 && g.complementChain(v).contains(verb)))
                attached = closer(attached, m, from);
            else if (v >= 0 && v != verb && g.dominates(v, verb)) above = closer(above, m, from);
        }
        if (attached != null) return attached;
        if (above != null) return above;
        // the parse may have hung the expression elsewhere; trust it only when it is the sentence's only one
        return mentions.size() == 1 && verbOf(g, mentions.get(0)) < 0 ? mentions.get(0) : null;
    }

    /**
     * "delayed the tariffs until April 2", "extended the ban till June": the time an act's effect runs to,
     * not the time of the act.
     */
    private static boolean endPoint(org.dyad.article.Sentence s, SentenceTimes.Mention m) {
        if (m.tokenBegin() <= 0) return false;
        String before = s.tokens().get(m.tokenBegin() - 1).word().toLowerCase(java.util.Locale.ROOT);
        return before.equals("until") || before.equals("till") || before.equals("untill");
    }

    /**
     * "accused Tuesday's attackers", "a leader of last year's protests": a time in the possessive dates the
     * noun it owns, not the clause around it (unless that noun is the event's own word).
     */
    private static boolean possessesOther(ClauseGraph g, SentenceTimes.Mention m, int anchor) {
        for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
            int p = g.parent(i);
            if (p >= m.tokenBegin() && p < m.tokenEnd()) continue;
            return g.relation(i).equals("nmod:poss") && p >= 0 && p != anchor;
        }
        return false;
    }

    private static SentenceTimes.Mention nearest(List<SentenceTimes.Mention> mentions, int from) {
        SentenceTimes.Mention best = null;
        for (SentenceTimes.Mention m : mentions) best = closer(best, m, from);
        return best;
    }

    private static SentenceTimes.Mention closer(SentenceTimes.Mention a, SentenceTimes.Mention b, int from) {
        return a == null || distance(b, from) < distance(a, from) ? b : a;
    }

    private static int distance(SentenceTimes.Mention m, int i) {
        return i < m.tokenBegin() ? m.tokenBegin() - i : i >= m.tokenEnd() ? i - m.tokenEnd() + 1 : 0;
    }

    /** The verb a time expression hangs from: up the dependency tree from its head token, or -1. */
    static int verbOf(ClauseGraph g, SentenceTimes.Mention m) {
        int head = -1;
        for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
            int p = g.parent(i);
            if (p < m.tokenBegin() || p >= m.tokenEnd()) { head = i; break; }
        }
        int i = head < 0 ? -1 : g.parent(head);
        for (int hop = 0; hop < 6 && i >= 0; hop++) {
            if (g.isVerb(i)) return i;
            i = g.parent(i);
        }
        return -1;
    }
}
