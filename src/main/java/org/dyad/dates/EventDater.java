package org.dyad.dates;

import java.time.LocalDate;
import java.util.List;

import org.dyad.article.DateRange;
import org.dyad.article.PublishedDate;
import org.dyad.article.Sentence;

/**
 * Dates one event: the window of days its sentence gives for it, placed on the calendar from the
 * article's publication window.
 *
 * <p>Contract:
 * <ul>
 *   <li>The time expression governing the anchor is used: one attached to the anchor's verb in the
 *       dependency tree, else one on a verb above it ("said on Friday that ..."), else, when the sentence
 *       has no dependencies, the nearest one. Expressions hanging off other clauses are ignored.</li>
 *   <li>Relative expressions are resolved against both ends of the publication window with the verb's
 *       tense ("will meet on Friday" forwards, "met on Friday" backwards), so the result covers every
 *       possible publication day.</li>
 *   <li>No time expression: the publication window; for a future-tense verb the window is extended by
 *       {@link #FUTURE_HORIZON_DAYS} days, since a plan with no date lies somewhere after the article, and
 *       for a past-tense verb it reaches {@link #PAST_HORIZON_DAYS} days back (on the dev set this raised
 *       events.date on dated stories from 0.34 to 0.41 of all gold events; 7 days gave 0.39).</li>
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

    public EventDater() {
    }

    /**
     * @param sentence  the evidence sentence
     * @param anchor    token index of the event's verb or nominal trigger, or -1 when unknown
     * @param published the article's publication date (possibly unknown)
     * @return the event's window, or null when nothing dates it
     */
    public DateRange date(Sentence sentence, int anchor, PublishedDate published) {
        List<SentenceTimes.Mention> mentions = SentenceTimes.find(sentence);
        SentenceTimes.Mention m = governing(sentence, anchor, mentions);
        Tense tense = TenseReader.tense(sentence, anchor);
        // "announced in February that the UK would start training": February takes the tense of the
        // verb it dates, not the anchor's
        int timeVerb = m == null ? -1 : verbOf(sentence, m);
        if (timeVerb >= 0 && timeVerb != TenseReader.verbFor(sentence, anchor))
            tense = TenseReader.tense(sentence, timeVerb);
        // "Tuesday's talks" modifies a noun: the verb's tense says nothing about it, so take the nearest Tuesday
        if (m != null && m.reference() instanceof TimeReference.Weekday && m.tokenEnd() < sentence.tokens().size()
                && sentence.tokens().get(m.tokenEnd()).word().matches("['’]s"))
            tense = Tense.PRESENT;
        if (published == null || !published.isKnown()) return absolute(m, mentions, anchor);
        if (m == null) {
            if (tense == Tense.FUTURE) return new DateRange(published.from(), published.to().plusDays(FUTURE_HORIZON_DAYS));
            if (tense == Tense.PAST) return new DateRange(published.from().minusDays(PAST_HORIZON_DAYS), published.to());
            return published.window();
        }
        return resolve(m.reference(), published.from(), published.to(), tense);
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
    static SentenceTimes.Mention governing(Sentence s, int anchor, List<SentenceTimes.Mention> mentions) {
        if (mentions.isEmpty()) return null;
        int verb = TenseReader.verbFor(s, anchor);
        int from = anchor >= 0 ? anchor : Math.max(verb, 0);
        if (s.dependencies().isEmpty() || verb < 0) return nearest(mentions, from);
        SentenceTimes.Mention attached = null, above = null;
        for (SentenceTimes.Mention m : mentions) {
            int v = verbOf(s, m);
            if (v == verb || (anchor >= 0 && v == anchor) || (v >= 0 && isComplementOf(s, v, verb)))
                attached = closer(attached, m, from);
            else if (v >= 0 && isAncestor(s, v, verb)) above = closer(above, m, from);
        }
        if (attached != null) return attached;
        if (above != null) return above;
        // the parse may have hung the expression elsewhere; trust it only when it is the sentence's only one
        return mentions.size() == 1 && verbOf(s, mentions.get(0)) < 0 ? mentions.get(0) : null;
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
    static int verbOf(Sentence s, SentenceTimes.Mention m) {
        int head = -1;
        for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
            int g = TenseReader.governor(s, i);
            if (g < m.tokenBegin() || g >= m.tokenEnd()) { head = i; break; }
        }
        int i = head < 0 ? -1 : TenseReader.governor(s, head);
        for (int hop = 0; hop < 6 && i >= 0; hop++) {
            if (TenseReader.isVerb(s.tokens().get(i))) return i;
            i = TenseReader.governor(s, i);
        }
        return -1;
    }

    /** "is scheduled to travel on Wednesday": the time of an open complement ({@code xcomp}) dates its head. */
    private static boolean isComplementOf(Sentence s, int v, int head) {
        int i = v;
        for (int hop = 0; hop < 4; hop++) {
            String rel = null;
            int g = -1;
            for (org.dyad.article.Dependency d : s.dependencies())
                if (d.dependent() == i && !d.relation().equals("root")) { rel = d.relation(); g = d.governor(); break; }
            if (rel == null || !rel.startsWith("xcomp")) return false;
            if (g == head) return true;
            i = g;
        }
        return false;
    }

    private static boolean isAncestor(Sentence s, int ancestor, int node) {
        int i = TenseReader.governor(s, node);
        for (int hop = 0; hop < 12 && i >= 0; hop++) {
            if (i == ancestor) return true;
            i = TenseReader.governor(s, i);
        }
        return false;
    }
}
