package org.dyad.dates;

import java.time.LocalDate;

/**
 * One piece of evidence about when an article was written, with how much it is trusted.
 *
 * @param weight   trust: clues are applied strongest first, and a clue that contradicts the stronger
 *                 ones already applied is dropped
 * @param evidence short reason for a human ("Defence Secretary Ben Wallace (2019-07-24..2023-08-31)")
 * @param rule     the days this clue allows, given what the stronger clues allowed
 * @param guess    the day the clue points at, given the days finally left ("Monday 25 November"), or null
 * @param fixed    the allowed days when they do not depend on other clues, else null
 * @param event    true when {@code guess} is a day near an event the article reports, not the article's own
 *                 day: such guesses rank with the fixed clues' (the latest wins) and may move to the lead's weekday
 * @param onset    true when each stretch of {@code fixed} begins on the day something began that the article
 *                 names as current (a person's first day in an office): when such a day bounds the window from
 *                 below, the article is most likely from the days just after it ({@link ClueCombiner#onsetGuess})
 * @param soft     true when the clue only favours its days for the best single day and never narrows the
 *                 window: evidence that makes days likelier without ruling the others out
 */
record DateClue(double weight, String evidence, Rule rule, Guess guess, DateSet fixed, boolean event, boolean onset, boolean soft) {

    DateClue(double weight, String evidence, Rule rule, Guess guess, DateSet fixed, boolean event) {
        this(weight, evidence, rule, guess, fixed, event, false, false);
    }

    DateClue(double weight, String evidence, Rule rule, Guess guess, DateSet fixed) {
        this(weight, evidence, rule, guess, fixed, false, false, false);
    }

    /** The allowed days given the days still possible; null when the clue says nothing in that context. */
    @FunctionalInterface
    interface Rule {
        DateSet allowed(DateSet current);
    }

    /** The day a clue points at among the days left, or null. */
    @FunctionalInterface
    interface Guess {
        LocalDate day(DateSet days);
    }

    /** A clue whose allowed days depend on what stronger clues left (a yearless weekday date). */
    static DateClue conditional(double weight, String evidence, Rule rule, Guess guess) {
        return new DateClue(weight, evidence, rule, guess, null);
    }

    /** A conditional clue whose guess is a day near an event the article reports (a yearless past day). */
    static DateClue conditionalEvent(double weight, String evidence, Rule rule, Guess guess) {
        return new DateClue(weight, evidence, rule, guess, null, true);
    }

    static DateClue fixed(double weight, String evidence, DateSet allowed) {
        return new DateClue(weight, evidence, current -> allowed, null, allowed);
    }

    /** A fixed clue whose stretches each begin when something began: the terms of a person named in office. */
    static DateClue onset(double weight, String evidence, DateSet allowed) {
        return new DateClue(weight, evidence, current -> allowed, null, allowed, false, true, false);
    }

    /**
     * A soft clue: the days the article more likely falls on, used only to choose its best day among the
     * days the other clues leave (a famous office holder named without his title: more likely while in office).
     */
    static DateClue favouring(double weight, String evidence, DateSet favoured, boolean onset) {
        return new DateClue(weight, evidence, current -> favoured, null, favoured, false, onset, true);
    }

    /** News appears within a day or two of the latest dated event it reports: the same guess as {@link ClueCombiner#recencyGuess} makes for narrow windows. */
    static final int DAYS_AFTER_EVENT = 2;

    /**
     * A fixed clue from a dated event the article reports as past ("signed on 3 March 2021"): it allows
     * the event's day onwards and points at the day after it, where a news report of it usually falls.
     */
    static DateClue afterEvent(double weight, String evidence, LocalDate event, LocalDate today) {
        DateSet allowed = DateSet.of(event, today);
        LocalDate report = event.plusDays(DAYS_AFTER_EVENT);
        return new DateClue(weight, evidence, current -> allowed,
                days -> days.contains(report) ? report : days.contains(event) ? event : null, allowed);
    }
}
