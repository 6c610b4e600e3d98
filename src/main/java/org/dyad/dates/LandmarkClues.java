package org.dyad.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dyad.article.AnnotatedArticle;
import org.dyad.article.DateRange;
import org.dyad.article.Sentence;

/**
 * Date clues from dated world events the article names ({@link Landmarks}):
 * <ul>
 *   <li>with relative time next to it ("unveiled on Monday at the summit in Lima", "the 7 October
 *       attack last year", "the NATO summit in The Hague next month", "Putin's Oreshnik strike on
 *       Thursday", "attended the Madrid summit in June"): the article was written on a day from which that expression reaches the event — found
 *       by trying every day around the event with {@link TimeReference#resolve}, then widened by a little
 *       slack for loose usage;</li>
 *   <li>"three weeks after the 2024 election" told in the past: written at least that long after it;</li>
 *   <li>a thing that began then and lasts ("COVID-19", "King Charles III"): written after it began;</li>
 *   <li>by a name that did not exist before the event, after "since", or in the past tense with words saying
 *       it took place ("after the fall of the old regime", "won the 2024 election"): written after it began; in the
 *       future tense with words going to it ("will attend the NATO summit"): written before it ended.</li>
 * </ul>
 * A sentence that also names a year the event does not fall in ("the Madrid summit in 1997") gives no
 * clue: the phrase then means an older event of the same name.
 */
final class LandmarkClues {
    static final double RELATIVE = 2.5, LEAD = 2.2, AFTER_SPAN = 2.0, PAST = 1.5, FUTURE = 1.2, NAMED = 1.0;
    /** The lead sentences: the headline and the first paragraphs after it (paragraph index below this). */
    static final int LEAD_PARAGRAPHS = 3, LEAD_SENTENCES = 3;
    /** News of an event appears within this many days after its last day (republishers and weeklies lag). */
    static final int LEAD_AFTER_DAYS = 10;

    /** How many tokens a relative time expression may stand from the landmark's phrase. */
    private static final int NEAR_TOKENS = 8;
    /** How far around the event publication days are tried. */
    private static final int SCAN_DAYS = 800;
    private static final Pattern SPAN_AFTER = Pattern.compile("(?i)\\b(?<n>\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?<unit>day|week|month|year)s?\\s+(?:after|since)\\s+(?:the\\s+)?$");
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\s+(?:the\\s+)?(?:\\S+\\s+){0,2}$");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    private LandmarkClues() {
    }

    static List<DateClue> clues(AnnotatedArticle article, Landmarks landmarks, LocalDate today) {
        List<DateClue> out = new ArrayList<>();
        if (landmarks.entries().isEmpty()) return out;
        Set<String> seen = new HashSet<>();
        for (Sentence s : article.sentences()) {
            JoinedWords words = JoinedWords.of(s);
            List<SentenceTimes.Mention> times = null;
            for (Landmarks.Landmark l : landmarks.entries()) {
                Matcher m = l.phrases().matcher(words.text());
                if (!m.find()) continue;
                if (times == null) times = SentenceTimes.find(s);
                if (namesOtherYear(times, l)) continue;
                boolean lead = s.index() < LEAD_SENTENCES && s.paragraph() < LEAD_PARAGRAPHS;
                DateClue c = clue(s, words, times, l, m, today, lead);
                // one event named twice ("COVID", "COVID-19") is one piece of evidence, not two votes
                if (c != null && seen.add(l.label() + c.fixed().ranges())) out.add(c);
            }
        }
        DateClue recent = recentInSeries(article, landmarks, today);
        if (recent != null) out.add(recent);
        return out;
    }

    /** "the recent G7": a summit of a yearly series, named without its place, said to be recent. */
    private static final Pattern RECENT_SERIES = Pattern.compile("(?i)\\b(?:recent|just-concluded|just concluded) "
            + "(G7|G-7|Group of Seven|G20|G-20|Group of 20)\\b(?! (?:foreign|finance|ministers?|ministerial|trade|health|energy|"
            + "digital|interior|environment|agriculture|transport|science|labou?r|education|justice|development|culture|tourism|"
            + "gender|climate|defen[cs]e|central|deputies|sherpas?|virtual|video|online|call)\\b)");
    /** How long after a summit writers still call it "the recent" one. */
    static final int RECENT_DAYS = 60;
    /** A series without an entry for this long is not known there: its next summit may be missing from the file. */
    private static final int SERIES_GAP_DAYS = 400;

    /**
     * "decisions of the recent G20": the article is within {@link #RECENT_DAYS} after one of the series' summits
     * in the landmarks file. Where the file has no summit of the series for over a year (before its first, after
     * its last, or a missing year) every day stays allowed, so a summit missing from the file cannot make the
     * window dishonest.
     */
    private static DateClue recentInSeries(AnnotatedArticle article, Landmarks landmarks, LocalDate today) {
        for (Sentence s : article.sentences()) {
            Matcher m = RECENT_SERIES.matcher(JoinedWords.of(s).text());
            if (!m.find()) continue;
            String series = m.group(1).toUpperCase(Locale.ROOT).replace("-", "").replace("GROUP OF SEVEN", "G7").replace("GROUP OF 20", "G20");
            List<Landmarks.Landmark> summits = new ArrayList<>();
            for (Landmarks.Landmark l : landmarks.entries())
                if (l.label().startsWith(series + " summit ")) summits.add(l);
            if (summits.isEmpty()) continue;
            summits.sort(java.util.Comparator.comparing(Landmarks.Landmark::from));
            List<DateRange> allowed = new ArrayList<>();
            allowed.add(new DateRange(ClueCombiner.FLOOR, summits.get(0).from()));
            for (int i = 0; i < summits.size(); i++) {
                Landmarks.Landmark l = summits.get(i);
                allowed.add(new DateRange(l.to(), l.to().plusDays(RECENT_DAYS)));
                LocalDate next = i + 1 < summits.size() ? summits.get(i + 1).from() : today;
                if (java.time.temporal.ChronoUnit.DAYS.between(l.to(), next) > SERIES_GAP_DAYS)
                    allowed.add(new DateRange(l.to().plusDays(SERIES_GAP_DAYS - 100), next));
            }
            DateSet days = DateSet.union(allowed).intersect(DateSet.of(ClueCombiner.FLOOR, today));
            return DateClue.fixed(PAST, "'" + m.group() + "': within " + RECENT_DAYS + " days after a " + series + " summit", days);
        }
        return null;
    }

    private static DateClue clue(Sentence s, JoinedWords words, List<SentenceTimes.Mention> times, Landmarks.Landmark l,
                                 Matcher m, LocalDate today, boolean lead) {
        int b = words.tokenAt(m.start()), e = words.tokenAt(m.end() - 1) + 1;
        String phrase = m.group();
        if (l.ongoing())
            return l.from().isAfter(today) ? null
                    : DateClue.fixed(PAST, "'" + phrase + "' exists: " + l.label() + " " + span(l), DateSet.of(l.from(), today));
        SentenceTimes.Mention rel = nearestRelative(times, b, e, l);
        Cue cue = l.named() ? Cue.NONE : cueBefore(s, b, l.label().contains("election"));
        boolean preEvent = cue == Cue.PRE;
        // "preparations for the summit last week": the relative time belongs to the preparations
        if (rel != null && preEvent && !forward(rel.reference())) rel = null;
        if (rel != null) {
            Tense tense = TenseReader.tense(s, rel.tokenBegin());
            DateSet allowed = reaching(rel.reference(), tense, l, today);
            if (allowed != null && !allowed.isEmpty())
                return reported(RELATIVE, "'" + phrase + "' ~ '" + rel.text() + "': " + l.label() + " " + span(l), allowed,
                        tense == Tense.PAST && dayScale(rel.reference()) ? l.to().plusDays(1) : null);
        }
        String before = words.text().substring(0, m.start());
        Tense tense = TenseReader.tense(s, b);
        Matcher span = SPAN_AFTER.matcher(before);
        if (span.find() && tense != Tense.FUTURE) {
            int n = number(span.group("n"));
            LocalDate at = switch (span.group("unit").toLowerCase(Locale.ROOT)) {
                case "day" -> l.from().plusDays(n - 1L);
                case "week" -> l.from().plusDays(7L * n - 3);
                case "month" -> l.from().plusMonths(n).minusDays(7);
                default -> l.from().plusYears(n).minusDays(31);
            };
            if (!at.isAfter(today))
                return DateClue.fixed(AFTER_SPAN, "'" + span.group().trim() + " " + phrase + "': after " + at,
                        DateSet.of(at, today));
        }
        boolean since = SINCE_BEFORE.matcher(before).find();
        // the headline or first sentence reports the event itself, with no time but the news week's: the article
        // is that event's news, written from its first day to a week and a half after its last. Not when the
        // event is the background of the news ("after the fall of the old regime"), nor for scheduled events, whose
        // preparations and postponements lead the news for months before
        if (lead && !l.ongoing() && !span.find(0) && !since && tense != Tense.FUTURE && cue == Cue.NONE
                && !SCHEDULED.matcher(l.label()).find() && newsTimesOnly(times, l) && !l.from().isAfter(today)) {
            LocalDate to = l.to().plusDays(LEAD_AFTER_DAYS);
            return reported(LEAD, "'" + phrase + "' is the lead's news: " + l.label() + " " + span(l),
                    DateSet.of(l.from(), to.isAfter(today) ? today : to), l.to());
        }
        // news tells everything in the past ("organisers said the Tokyo Olympics..."): a scheduled event counts as
        // past only when the words before it say it took place ("after", "won", "at the summit")
        boolean happened = since || l.named()
                || (tense == Tense.PAST && (cue == Cue.POST || (cue == Cue.NONE && !SCHEDULED.matcher(l.label()).find())));
        if (happened && !l.from().isAfter(today))
            return DateClue.fixed(tense == Tense.PAST || since ? PAST : NAMED,
                    "'" + phrase + "' as past: " + l.label() + " " + span(l), DateSet.of(l.from(), today));
        // "the fall of the old regime will reshape the region": a future verb is about the event only when it goes to it
        if (tense == Tense.FUTURE && !l.named() && preEvent)
            return DateClue.fixed(FUTURE, "'" + phrase + "' still ahead: " + l.label() + " " + span(l),
                    DateSet.of(ClueCombiner.FLOOR, l.to()));
        return null;
    }

    /**
     * A past weekday, "yesterday", "earlier this week": news written the day after what it reports. A month
     * or a year ("last month") says only which month, not which day.
     */
    private static boolean dayScale(TimeReference r) {
        if (forward(r)) return false;
        if (r instanceof TimeReference.Weekday) return true;
        return r instanceof TimeReference.Relative rel
                && (rel.unit() == TimeReference.Unit.DAY || rel.unit() == TimeReference.Unit.WEEK);
    }

    /** A fixed clue whose best day is {@code day} when the days finally left hold it. */
    private static DateClue reported(double weight, String evidence, DateSet allowed, LocalDate day) {
        if (day == null) return DateClue.fixed(weight, evidence, allowed);
        return new DateClue(weight, evidence, current -> allowed,
                days -> days.contains(day) ? day : null, allowed);
    }

    /**
     * True when every time the sentence names is the news week's own: a weekday, today, yesterday, this week.
     * A lead that names a year, a month or "last year" tells of an older event, not the news.
     */
    private static boolean newsTimesOnly(List<SentenceTimes.Mention> times, Landmarks.Landmark l) {
        for (SentenceTimes.Mention t : times) {
            TimeReference r = t.reference();
            // "the strike on Dnipro on Monday" when it fell on a Thursday: another strike, or another day's news
            if (r instanceof TimeReference.Weekday w && fallsOn(l, w)) continue;
            if (r instanceof TimeReference.Relative rel && (rel.unit() == TimeReference.Unit.DAY
                    || (rel.unit() == TimeReference.Unit.WEEK && rel.offset() == 0)) && rel.offset() <= 0 && rel.offset() >= -1) continue;
            return false;
        }
        return true;
    }

    /** Words just before an event's name that put the writing before it ("ahead of", "will attend", "for"). */
    private static final Set<String> PRE_EVENT = Set.of("ahead", "before", "upcoming", "forthcoming", "next", "planned",
            "scheduled", "attend", "attending", "host", "hosting", "hold", "holding", "join", "travel", "travels", "go",
            "prepare", "preparing", "preparations", "run-up", "for", "toward", "towards", "until", "till", "await", "awaiting");
    /** Words just before an event's name that say it took place ("after", "since", "won the 2024 election"). */
    private static final Set<String> POST_EVENT = Set.of("after", "since", "following", "wake", "aftermath", "won", "lost",
            "winning", "losing", "victory", "defeat", "defeated", "result", "results", "outcome", "at", "during", "attended",
            "sidelines", "held", "carried", "launched", "conducted", "staged", "mounted", "began", "started");
    /** Of {@link #POST_EVENT}, the words that also fit a campaign before the vote ("during the 2024 election"). */
    private static final Set<String> DURING = Set.of("at", "during", "attended", "sidelines", "held");
    private static final int CUE_TOKENS = 4;

    /** Which side of the event the nearest cue word before its name puts the writing on. */
    private enum Cue { PRE, POST, NONE }

    /**
     * Events announced long before they happen (summits, elections, games): news tells their preparations in
     * the past tense too, so only a cue word makes a past mention mean the event took place. Read from the label.
     */
    private static final Pattern SCHEDULED = Pattern.compile("(?i)summit|election|olympic|world cup|conference|COP\\d|meeting|talks|"
            + "inauguration|visit|jubilee|reopen|session|vote|referendum|games|takes office|coronation");

    private static Cue cueBefore(Sentence s, int b, boolean election) {
        for (int i = b - 1; i >= Math.max(0, b - CUE_TOKENS); i--) {
            String w = s.tokens().get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals(",") || w.equals(";")) break;
            if (POST_EVENT.contains(w) && !(election && DURING.contains(w))) return Cue.POST;
            if (PRE_EVENT.contains(w)) return Cue.PRE;
        }
        return Cue.NONE;
    }

    /** A relative time pointing ahead of the day of writing ("next month", "later this week", "the coming week"). */
    private static boolean forward(TimeReference r) {
        if (r instanceof TimeReference.Relative rel) return rel.offset() > 0 || rel.part() == TimeReference.Part.LATER;
        if (r instanceof TimeReference.Ago ago) return ago.toDays() < 0;
        if (r instanceof TimeReference.Weekend w) return w.offset() > 0;
        return false;
    }

    /** The relative time expression nearest the phrase, within {@link #NEAR_TOKENS}; a weekday only when the event fell on it. */
    private static SentenceTimes.Mention nearestRelative(List<SentenceTimes.Mention> times, int b, int e, Landmarks.Landmark l) {
        SentenceTimes.Mention best = null;
        int bestGap = Integer.MAX_VALUE;
        for (SentenceTimes.Mention t0 : times) {
            // "ever since last year's outbreak of the pandemic": the relative part dates the event
            SentenceTimes.Mention t = t0.reference() instanceof TimeReference.Since since
                    ? new SentenceTimes.Mention(t0.tokenBegin(), t0.tokenEnd(), since.start(), t0.text()) : t0;
            TimeReference r = t.reference();
            // a month inside the phrase is part of the event's name ("the attack on Israel in April"), said for years after
            boolean inside = t.tokenBegin() < e && b < t.tokenEnd();
            boolean relative = r instanceof TimeReference.Relative || r instanceof TimeReference.Ago
                    || r instanceof TimeReference.Weekend || (r instanceof TimeReference.Month && !inside)
                    || (r instanceof TimeReference.Weekday w && fallsOn(l, w));
            if (!relative) continue;
            int gap = t.tokenEnd() <= b ? b - t.tokenEnd() : t.tokenBegin() >= e ? t.tokenBegin() - e : 0;
            if (gap <= NEAR_TOKENS && gap < bestGap) {
                best = t;
                bestGap = gap;
            }
        }
        return best;
    }

    private static boolean fallsOn(Landmarks.Landmark l, TimeReference.Weekday w) {
        if (l.to().toEpochDay() - l.from().toEpochDay() > 2) return false;
        for (LocalDate d = l.from(); !d.isAfter(l.to()); d = d.plusDays(1)) if (d.getDayOfWeek() == w.weekday()) return true;
        return false;
    }

    /** The days from which {@code ref}, read in {@code tense}, reaches the event; widened by slack for loose usage. */
    private static DateSet reaching(TimeReference ref, Tense tense, Landmarks.Landmark l, LocalDate today) {
        return reaching(ref, tense, l.from(), l.to(), today);
    }

    /** The days from which {@code ref}, read in {@code tense}, reaches an event of those days; null when none or too many. */
    static DateSet reaching(TimeReference ref, Tense tense, LocalDate eventFrom, LocalDate eventTo, LocalDate today) {
        Landmarks.Landmark l = new Landmarks.Landmark(eventFrom, eventTo, false, false, "", null);
        List<DateRange> days = new ArrayList<>();
        LocalDate start = l.from().minusDays(SCAN_DAYS), end = l.to().plusDays(SCAN_DAYS);
        if (end.isAfter(today)) end = today;
        int slack = slack(ref);
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            DateRange r = ref.resolve(d, tense);
            if (!r.from().isAfter(l.to()) && !r.to().isBefore(l.from()))
                days.add(new DateRange(d.minusDays(slack), d.plusDays(slack)));
        }
        if (days.isEmpty()) return null;
        // told in the past, the event is behind the article; in the future, ahead of it: slack never crosses it
        LocalDate lo = tense == Tense.PAST ? l.from() : ClueCombiner.FLOOR, hi = tense == Tense.FUTURE && l.to().isBefore(today) ? l.to() : today;
        DateSet set = DateSet.union(days).intersect(DateSet.of(lo, hi));
        // a relative expression reaching the event from years apart is no bound worth having
        return set.isEmpty() || set.days() > 800 ? null : set;
    }

    /**
     * Days of slack either side: writers are loose with calendar units ("the meeting last month" for one on
     * the 2nd of this month, "last year" in early January for something of December before), so the wider the
     * unit, the more slack.
     */
    private static int slack(TimeReference ref) {
        if (ref instanceof TimeReference.Relative r)
            return switch (r.unit()) {
                case DAY -> 1;
                case WEEK -> 3;
                case MONTH -> 12;
                case YEAR -> 14;
            };
        if (ref instanceof TimeReference.Month) return 14;
        return 2;
    }

    /** "the NATO summit in Madrid in 1997": a year or date in the sentence outside the event. */
    private static boolean namesOtherYear(List<SentenceTimes.Mention> times, Landmarks.Landmark l) {
        for (SentenceTimes.Mention t : times) {
            DateRange a = t.reference().absolute();
            if (a == null || t.reference() instanceof TimeReference.Span) continue;
            if (a.to().getYear() < l.from().getYear() || a.from().getYear() > l.to().getYear()) {
                // "since Russia's 2022 invasion" and "in 2023" are the event's own years; an earlier or later one is another event
                return true;
            }
        }
        return false;
    }

    private static int number(String w) {
        Integer n = NUMBERS.get(w.toLowerCase(Locale.ROOT));
        return n != null ? n : Integer.parseInt(w);
    }

    private static String span(Landmarks.Landmark l) {
        return l.from().equals(l.to()) ? l.from().toString() : l.from() + ".." + l.to();
    }
}
