package org.dyad.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dyad.dates.TimeReference.Part;
import org.dyad.dates.TimeReference.Unit;

/**
 * Finds time expressions in a string and says what each means ({@link TimeReference}).
 * Dyad reads them itself rather than trusting SUTime's values because SUTime ran without a document date
 * and resolves weekdays regardless of tense; SUTime's spans are still used by {@link SentenceTimes}.
 * Stateless; the patterns are compiled once.
 */
final class DateExpressions {

    /** One time expression: characters {@code [start, end)} of the searched string. */
    record Found(int start, int end, TimeReference reference) {
    }

    private static final String MONTH = "(?<month>" + CalendarWords.monthPattern() + ")\\.?";
    private static final String WEEKDAY = "(?:(?<wd>" + CalendarWords.weekdayPattern() + ")\\.?(?:\\s*,\\s*|\\s+)(?:the\\s+)?)?";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th|er|\\.)?";
    private static final String YEAR = "(?<year>(?:1[89]|20)\\d\\d)(?!\\d)";

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(?<y>(?:19|20)\\d\\d)-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(?<a>[0-3]?\\d)(?<sep>[./])(?<b>[0-3]?\\d)\\k<sep>(?<y>(?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + WEEKDAY + DAY + "\\s+(?:of\\s+|de\\s+)?" + MONTH
            + "(?:(?:\\s*,\\s*|\\s+de\\s+|\\s+)" + YEAR + ")?(?![\\p{L}])");
    private static final Pattern MONTH_DAY = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + WEEKDAY + MONTH + "\\s+" + DAY
            + "(?!\\d)(?:(?:\\s*,\\s*|\\s+)" + YEAR + ")?(?![\\p{L}])");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)(?<![\\p{L}])" + MONTH + "(?:\\s*,\\s*|\\s+)" + YEAR);
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "(?u)(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id|[Mm]id-|[Dd]uring|[Bb]efore|[Aa]fter|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier|[Ll]ater)[\\s-])"
                    + "(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?<part>earlier|later|early|late)?\\s*(?:(?<dir>last|this|next|past|previous|coming)|(?<this>the\\s+(?:past|previous|coming)))\\s+(?<unit>week|month|year|weekend)\\b");
    private static final Pattern DAY_WORD = Pattern.compile("(?i)\\b(?<w>yesterday|today|tonight|tomorrow|last\\s+night|this\\s+(?:morning|afternoon|evening)|at\\s+the\\s+weekend|over\\s+the\\s+weekend)\\b");
    private static final Pattern AGO = Pattern.compile("(?i)\\b(?<n>\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?<unit>day|week|month|year)s?\\s+ago\\b");
    private static final Pattern RECENT = Pattern.compile("(?i)\\b(?:in\\s+)?(?:recent|the\\s+past\\s+few|the\\s+last\\s+few)\\s+(?<unit>days|weeks|months)\\b");
    private static final Pattern WEEKDAY_ALONE = Pattern.compile("(?u)\\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|’s)?\\b");
    /** A bare number is a year only after words that introduce one ("in 2010", "Russia's 2022 invasion"), not in "Made in China 2025". */
    private static final String YEAR_CONTEXT = "(?<=(?:\\b(?:[Ii]n|[Aa]|[Ss]ince|[Bb]y|[Dd]uring|[Oo]f|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]etween|and|to|[Ee]arly|[Ll]ate|"
            + "[Mm]id|[Tt]he|[Bb]efore|[Aa]fter|[Aa]round|[Tt]hrough|[Tt]hroughout|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|"
            + "[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|[Mm]ay|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember|"
            + "[Ss]ept?|[Oo]ct|[Nn]ov|[Dd]ec|[Jj]an|[Ff]eb|[Aa]pr|[Aa]ug|[Jj]un|[Jj]ul)\\.?\\s|['’]s\\s|\\(\\s?|[Mm]id-|^|,\\s))";
    private static final Pattern YEAR_ALONE = Pattern.compile(YEAR_CONTEXT + "(?<![\\d,.$£€/-])(?<!\\d-)" + YEAR + "(?![\\d,]\\d|\\s*(?:%|per\\s?cent|km|kg|troops|soldiers|people|tonnes|tons|m\\b|bn\\b))");
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+(?:the\\s+)?(?:last\\s+)?(?:early\\s+|late\\s+|mid-?)?$");
    /** "in the 1990s", "the 1860s": the ten years of a decade. */
    private static final Pattern DECADE = Pattern.compile("(?<![\\d$£€/-])(?<decade>(?:1[89]|20)\\d0)['’]?s\\b");

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    private DateExpressions() {
    }

    /** Every time expression in {@code text}, left to right, none overlapping (longer, more specific forms win). */
    static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) add(out, text, m, day(m.group("y"), m.group("m"), m.group("d")));
        m = NUMERIC.matcher(text);
        while (m.find()) add(out, text, m, numeric(m));
        for (Pattern p : new Pattern[]{DAY_MONTH, MONTH_DAY}) {
            m = p.matcher(text);
            while (m.find()) add(out, text, m, dayMonth(m));
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            int month = CalendarWords.month(m.group("month"));
            add(out, text, m, month == 0 ? null : new TimeReference.MonthOfYear(YearMonth.of(Integer.parseInt(m.group("year")), month)));
        }
        m = DAY_WORD.matcher(text);
        while (m.find()) add(out, text, m, dayWord(m.group("w").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
        m = RELATIVE.matcher(text);
        while (m.find()) add(out, text, m, relative(m));
        m = AGO.matcher(text);
        while (m.find()) add(out, text, m, ago(m));
        m = RECENT.matcher(text);
        while (m.find()) {
            String u = m.group("unit").toLowerCase(Locale.ROOT);
            add(out, text, m, new TimeReference.Ago(u.startsWith("day") ? 10 : u.startsWith("week") ? 42 : 183, 0));
        }
        m = WEEKDAY_ALONE.matcher(text);
        while (m.find()) add(out, text, m, new TimeReference.Weekday(CalendarWords.weekday(m.group("wd"))));
        m = MONTH_ALONE.matcher(text);
        while (m.find()) {
            // "last August" is the latest August before the month of writing, "next August" the first after it
            String before = text.substring(Math.max(0, m.start() - 6), m.start()).toLowerCase(Locale.ROOT);
            int direction = before.matches("(?:|.*[^\\p{L}])last\\s") ? -1 : before.matches("(?:|.*[^\\p{L}])next\\s") ? 1 : 0;
            add(out, text, m, new TimeReference.Month(CalendarWords.month(m.group("month")), direction));
        }
        m = DECADE.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group("decade"));
            add(out, text, m, new TimeReference.Span(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31)));
        }
        m = YEAR_ALONE.matcher(text);
        while (m.find()) add(out, text, m, new TimeReference.Year(Integer.parseInt(m.group("year"))));
        out.sort(Comparator.comparingInt(Found::start));
        return wrapSince(text, out);
    }

    private static void add(List<Found> out, String text, Matcher m, TimeReference ref) {
        if (ref == null) return;
        int s = m.start(), e = m.end();
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        for (Found f : out) if (s < f.end() && f.start() < e) return;
        out.add(new Found(s, e, ref));
    }

    private static List<Found> wrapSince(String text, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            Matcher m = SINCE.matcher(text.substring(Math.max(0, f.start() - 20), f.start()));
            boolean since = m.find() && !(f.reference() instanceof TimeReference.Since);
            out.add(since ? new Found(f.start(), f.end(), new TimeReference.Since(f.reference())) : f);
        }
        return out;
    }

    private static TimeReference day(String y, String m, String d) {
        try {
            return new TimeReference.Day(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static TimeReference numeric(Matcher m) {
        int a = Integer.parseInt(m.group("a")), b = Integer.parseInt(m.group("b"));
        // 07/04/2024 is April in London and July in Washington: only read it when one order is impossible
        // ... so when both orders are possible, the honest answer is the window between the two days
        TimeReference dm = day(m.group("y"), String.valueOf(b), String.valueOf(a));
        TimeReference md = day(m.group("y"), String.valueOf(a), String.valueOf(b));
        if (".".equals(m.group("sep")) || md == null) return dm;
        if (dm == null || a == b) return md;
        LocalDate x = ((TimeReference.Day) dm).day(), y = ((TimeReference.Day) md).day();
        return x.isBefore(y) ? new TimeReference.Span(x, y) : new TimeReference.Span(y, x);
    }

    private static TimeReference dayMonth(Matcher m) {
        int month = CalendarWords.month(m.group("month"));
        int d = Integer.parseInt(m.group("day"));
        if (month == 0 || d < 1 || d > 31) return null;
        String w = m.group("wd");
        DayOfWeek wd = w == null ? null : CalendarWords.weekday(w);
        if (m.group("year") != null) return day(m.group("year"), String.valueOf(month), String.valueOf(d));
        if (d > YearMonth.of(2024, month).lengthOfMonth()) return null;
        return new TimeReference.MonthDay(month, d, wd);
    }

    private static TimeReference dayWord(String w) {
        return switch (w) {
            case "yesterday" -> new TimeReference.Relative(Unit.DAY, -1, Part.WHOLE);
            case "tomorrow" -> new TimeReference.Relative(Unit.DAY, 1, Part.WHOLE);
            case "last night" -> new TimeReference.Ago(1, 0);
            case "at the weekend", "over the weekend" -> new TimeReference.Weekend(0);
            default -> new TimeReference.Relative(Unit.DAY, 0, Part.WHOLE);
        };
    }

    private static TimeReference relative(Matcher m) {
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        String dir = m.group("dir") != null ? m.group("dir").toLowerCase(Locale.ROOT)
                : m.group("this").toLowerCase(Locale.ROOT).replaceAll("the\\s+", "");
        String part = m.group("part") == null ? "" : m.group("part").toLowerCase(Locale.ROOT);
        boolean theSpan = m.group("this") != null;
        if (unit.equals("weekend"))
            return new TimeReference.Weekend(dir.equals("next") || dir.equals("coming") ? 1 : dir.equals("this") ? 0 : -1);
        if (theSpan) {
            // "the past week", "the coming month": a stretch of days, not a calendar period
            int days = unit.equals("week") ? 7 : unit.equals("month") ? 31 : 366;
            return dir.equals("coming") ? new TimeReference.Ago(0, -days) : new TimeReference.Ago(days, 0);
        }
        Unit u = Unit.valueOf(unit.toUpperCase(Locale.ROOT));
        int offset = switch (dir) {
            case "last", "past", "previous" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        Part p = offset != 0 ? Part.WHOLE : part.startsWith("earl") ? Part.EARLIER : part.startsWith("lat") ? Part.LATER : Part.WHOLE;
        return new TimeReference.Relative(u, offset, p);
    }

    private static TimeReference ago(Matcher m) {
        String n = m.group("n").toLowerCase(Locale.ROOT);
        int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBERS.get(n);
        return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
            case "day" -> new TimeReference.Ago(count, count);
            case "week" -> new TimeReference.Ago(count * 7 + 3, Math.max(0, count * 7 - 3));
            case "month" -> new TimeReference.Ago(count * 30 + 15, Math.max(0, count * 30 - 15));
            default -> new TimeReference.Ago(count * 365 + 182, Math.max(0, count * 365 - 182));
        };
    }
}
