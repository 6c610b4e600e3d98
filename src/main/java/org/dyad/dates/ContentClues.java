package org.dyad.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.dyad.article.AnnotatedArticle;
import org.dyad.article.DateRange;
import org.dyad.article.RemovalReason;
import org.dyad.article.RemovedLine;
import org.dyad.article.Sentence;

/**
 * Date clues from what an article says, apart from office terms:
 * <ul>
 *   <li>a date or year told in the past tense ("signed in 2010", "Russia's 2022 invasion") is before
 *       the article; in the future tense ("will host it in 2026") it is after;</li>
 *   <li>a weekday with a day and month ("on Monday, 25 November", also in other languages, also in
 *       dropped footer lines) fixes the year among few candidates and is written near the article's day.</li>
 * </ul>
 */
final class ContentClues {
    static final double YEARLESS_PAST = 1.0, PAST_DATE = 1.5, FUTURE_DATE = 1.2, WEEKDAY_DATE_IN_TEXT = 2.5, WEEKDAY_DATE_IN_FOOTER = 0.8;
    /** How many of the latest past dates become clues: if the latest contradicts stronger ones, the next may not. */
    private static final int PAST_DATES_KEPT = 3;
    /** Dropped lines that belong to the page around the article (its footer news list), not to a caption. */
    private static final Set<RemovalReason> PAGE_LINES = Set.of(RemovalReason.LANGUAGE, RemovalReason.FOOTER,
            RemovalReason.BOILERPLATE, RemovalReason.RELATED_HEADLINES, RemovalReason.NAVIGATION, RemovalReason.JUNK);

    static final Set<String> DEADLINE = Set.of("by", "until", "till", "through", "before");
    /** Words before a date told in the future tense that put the date itself ahead ("will vote on 3 May 2026"). */
    private static final Set<String> FUTURE_CUES = Set.of("in", "on", "by", "until", "till", "before");

    private ContentClues() {
    }

    static List<DateClue> clues(AnnotatedArticle article, LocalDate today) {
        List<DateClue> out = new ArrayList<>();
        List<DateRange> past = new ArrayList<>();
        Set<Integer> yearlessSeen = new java.util.HashSet<>();
        List<TimeReference.MonthDay> yearless = new ArrayList<>();
        List<String> yearlessText = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            for (SentenceTimes.Mention m : SentenceTimes.find(s)) {
                TimeReference ref = m.reference();
                if (ref instanceof TimeReference.MonthDay md && md.weekday() != null) {
                    // news names the weekday of a day within a week or two of writing, on the side the tense says;
                    // a past one may be told weeks later, as a witness recalls the days that led to the news
                    Tense t = TenseReader.tense(s, m.tokenBegin());
                    int before = t == Tense.PAST ? 0 : t == Tense.FUTURE ? 14 : 7;
                    int after = t == Tense.PAST ? PAST_WEEKDAY_DATE_DAYS : t == Tense.FUTURE ? 0 : 7;
                    out.add(weekdayDate(md, "'" + m.text() + "' in the text", WEEKDAY_DATE_IN_TEXT, before, after));
                    continue;
                }
                if (ref instanceof TimeReference.MonthDay md && !yearlessSeen.contains(md.month() * 100 + md.day())
                        && TenseReader.tense(s, m.tokenBegin()) == Tense.PAST && !introducedBy(s, m, DEADLINE)) {
                    yearlessSeen.add(md.month() * 100 + md.day());
                    yearless.add(md);
                    yearlessText.add(m.text());
                    continue;
                }
                DateRange abs = ref instanceof TimeReference.Since since ? since.start().absolute() : ref.absolute();
                if (abs == null || abs.from().isAfter(today)) continue;
                Tense tense = TenseReader.tense(s, m.tokenBegin());
                // "vowed to be climate neutral by 2050": a deadline, however past the verb
                boolean deadline = introducedBy(s, m, DEADLINE);
                if ((tense == Tense.PAST && !deadline) || ref instanceof TimeReference.Since) past.add(abs);
                else if (tense == Tense.FUTURE && introducedBy(s, m, FUTURE_CUES))
                    out.add(DateClue.fixed(FUTURE_DATE, "'" + m.text() + "' is still ahead",
                            DateSet.of(ClueCombiner.FLOOR, abs.to())));
            }
        }
        for (int i = 0; i < yearless.size(); i++) out.add(yearlessPast(yearless.get(i), "'" + yearlessText.get(i) + "' told as past without a year", past, today));
        past.sort(Comparator.comparing(DateRange::from).reversed());
        List<LocalDate> seen = new ArrayList<>();
        for (DateRange r : past) {
            if (seen.size() == PAST_DATES_KEPT) break;
            if (seen.contains(r.from())) continue;
            seen.add(r.from());
            double weight = PAST_DATE - 0.01 * seen.size();
            String evidence = "mentions " + label(r) + " as past";
            // a day (not a month or a year) told as past is an event the article reports
            out.add(r.from().equals(r.to()) ? DateClue.afterEvent(weight, evidence, r.from(), today)
                    : DateClue.fixed(weight, evidence, DateSet.of(r.from(), today)));
        }
        DateClue caption = captionDate(article, today);
        if (caption != null) out.add(caption);
        for (RemovedLine line : article.article().removed()) {
            if (!PAGE_LINES.contains(line.reason())) continue;
            for (DateExpressions.Found f : DateExpressions.find(line.text())) {
                if (f.reference() instanceof TimeReference.MonthDay md && md.weekday() != null) {
                    String text = line.text().substring(f.start(), f.end());
                    // a page's news list runs from a little before the article to its crawl
                    out.add(weekdayDate(md, "'" + text + "' in a dropped page line", WEEKDAY_DATE_IN_FOOTER, 14, 10));
                }
            }
        }
        return out;
    }

    /**
     * A photo is taken before the article it illustrates is published: the latest full day in a photo
     * caption ("Soldiers patrol the border on March 3, 2021", "file photo taken on ...") bounds the
     * article from below; the best day is just after it unless the photo is an archive one, which may be
     * years older than the article. Only captions,
     * not the page's other lines, whose related stories may be newer than the article.
     */
    private static DateClue captionDate(AnnotatedArticle article, LocalDate today) {
        LocalDate latest = null;
        String text = null;
        boolean file = false;
        for (RemovedLine line : article.article().removed()) {
            if (line.reason() != RemovalReason.CAPTION) continue;
            for (DateExpressions.Found f : DateExpressions.find(line.text())) {
                if (!(f.reference() instanceof TimeReference.Day d) || d.day().isAfter(today)) continue;
                if (latest == null || d.day().isAfter(latest)) {
                    latest = d.day();
                    text = line.text().substring(f.start(), f.end());
                    file = FILE_PHOTO.matcher(line.text()).find();
                }
            }
        }
        if (latest == null) return null;
        String evidence = "photo caption dated '" + text + "'";
        // a news photo is mostly of the event reported, days before; an archive ("file") photo may be years older
        return file ? DateClue.fixed(CAPTION_DATE, evidence, DateSet.of(latest, today))
                : DateClue.afterEvent(CAPTION_DATE, evidence, latest, today);
    }

    /** Words that mark an archive photo, taken long before the story it now illustrates. */
    private static final java.util.regex.Pattern FILE_PHOTO = java.util.regex.Pattern.compile(
            "(?i)\\b(?:file|archive|archives|undated)\\b");
    /** How long after a day told with its weekday in the past tense ("were acting oddly on Monday, Oct. 16") the article may be. */
    static final int PAST_WEEKDAY_DATE_DAYS = 31;

    /** Below dates told as past in the text: a caption may belong to a neighbouring story. */
    static final double CAPTION_DATE = 1.0;

    /**
     * A day named with its weekday: the years where they agree, and the article written from
     * {@code articleBefore} days before it to {@code articleAfter} days after it.
     */
    private static DateClue weekdayDate(TimeReference.MonthDay md, String evidence, double weight,
                                        int articleBefore, int articleAfter) {
        DateClue.Rule rule = current -> {
            List<DateRange> near = new ArrayList<>();
            for (LocalDate d : occurrences(md, current))
                near.add(new DateRange(d.minusDays(articleBefore), d.plusDays(articleAfter)));
            return near.isEmpty() ? null : DateSet.union(near);
        };
        // the day itself, or when other clues put the article after it, the first day they leave near it
        // (of the latest year: the weekday only picks among years, it does not favour old ones)
        DateClue.Guess guess = days -> {
            for (LocalDate d : occurrences(md, days)) {
                if (days.contains(d)) return d;
                for (LocalDate n = d.plusDays(1); !n.isAfter(d.plusDays(articleAfter)); n = n.plusDays(1))
                    if (days.contains(n)) return n;
            }
            return null;
        };
        return DateClue.conditional(weight, evidence, rule, guess);
    }

    /**
     * "The incident happened on Aug 16", no year: news writes the year only for a day of another year, so the
     * day is of the article's own year, or of the year before when the article is from its first weeks.
     */
    private static DateClue yearlessPast(TimeReference.MonthDay md, String evidence, List<DateRange> past, LocalDate today) {
        // the same day written with its year elsewhere in the article ("on 3 and 4 May 2011") gives the year
        LocalDate latest = null;
        for (DateRange r : past)
            // within a few days: "May 3 and 4" and "3 and 4 May 2011" may be read as different days of one event
            if (r.from().equals(r.to()) && Math.abs(md.at(r.from().getYear()).toEpochDay() - r.from().toEpochDay()) <= SAME_EVENT_DAYS
                    && (latest == null || r.from().isAfter(latest))) latest = r.from();
        if (latest != null) {
            LocalDate end = LocalDate.of(latest.getYear(), 12, 31).plusDays(YEARLESS_SLACK_DAYS);
            return DateClue.fixed(YEARLESS_PAST, evidence + ", as " + latest + " elsewhere: written by the end of "
                    + latest.getYear(), DateSet.of(latest, end.isAfter(today) ? today : end));
        }
        DateClue.Rule rule = current -> {
            List<DateRange> near = new ArrayList<>();
            // over many years the clue only cuts out each year's first months: no window worth having
            if (current.isEmpty() || current.days() > YEARLESS_MAX_SPAN_DAYS) return null;
            for (int y = current.last().getYear(); y >= current.first().getYear() - 1 && near.size() < 40; y--) {
                LocalDate d = md.at(y);
                near.add(new DateRange(d, LocalDate.of(y, 12, 31).plusDays(YEARLESS_SLACK_DAYS)));
            }
            return DateSet.union(near);
        };
        // the article reports the day shortly after it: of the years left, the first when evidence bounds
        // the window from below (the article is pulled towards the years it names), else the latest
        DateClue.Guess guess = days -> {
            if (days.isEmpty()) return null;
            List<LocalDate> in = new ArrayList<>();
            for (int y = days.first().getYear(); y <= days.last().getYear(); y++) {
                LocalDate report = md.at(y).plusDays(DateClue.DAYS_AFTER_EVENT);
                if (md.at(y).getDayOfMonth() == md.day() && days.contains(report)) in.add(report);
            }
            if (in.isEmpty()) return null;
            return days.first().isAfter(ClueCombiner.FLOOR) ? in.get(0) : in.get(in.size() - 1);
        };
        return DateClue.conditionalEvent(YEARLESS_PAST, evidence, rule, guess);
    }

    /** How far into the next year a yearless past day may still be written without its year. */
    static final int YEARLESS_SLACK_DAYS = 31;
    /** A yearless day this close to a dated day is read as the same event's. */
    private static final int SAME_EVENT_DAYS = 3;
    /** Only a window of at most this many days is narrowed by a yearless day with no year anywhere. */
    static final int YEARLESS_MAX_SPAN_DAYS = 2 * 366;

    /** "will host it in 2026", not "will emerge from the rise between 2010 and 2018". */
    static boolean introducedBy(Sentence s, SentenceTimes.Mention m, Set<String> words) {
        return m.tokenBegin() > 0 && words.contains(s.tokens().get(m.tokenBegin() - 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** Days in (or near) the set with this month, day and weekday, latest first. */
    static List<LocalDate> occurrences(TimeReference.MonthDay md, DateSet within) {
        List<LocalDate> out = new ArrayList<>();
        if (within.isEmpty()) return out;
        for (int y = within.last().getYear() + 1; y >= within.first().getYear() - 1 && out.size() < 40; y--) {
            LocalDate d = md.at(y);
            if (d.getDayOfMonth() != md.day()) continue;
            DayOfWeek w = md.weekday();
            if (w == null || d.getDayOfWeek() == w) out.add(d);
        }
        return out;
    }

    private static String label(DateRange r) {
        if (r.from().equals(r.to())) return r.from().toString();
        if (r.from().getDayOfYear() == 1 && r.to().getMonthValue() == 12 && r.to().getDayOfMonth() == 31
                && r.from().getYear() == r.to().getYear()) return String.valueOf(r.from().getYear());
        return r.from() + ".." + r.to();
    }
}
