package org.dyad.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dyad.article.DateRange;

/**
 * Reads the publication date many sites put in an article's address: {@code /2024/11/22/}, {@code /2024/nov/22/},
 * {@code -2024-11-22-}, {@code /20241122/}, or only the month ({@code /2024/11/}) or year ({@code /2024/}).
 */
final class UrlDates {
    private static final String Y = "(?<y>(?:19|20)\\d\\d)";
    private static final Pattern SLASHED_DAY = Pattern.compile("/" + Y + "/(?<m>0?[1-9]|1[0-2])/(?<d>0?[1-9]|[12]\\d|3[01])(?=/|$|[?#])");
    private static final Pattern DASHED_DAY = Pattern.compile("[/_-]" + Y + "[-_](?<m>0[1-9]|1[0-2])[-_](?<d>0[1-9]|[12]\\d|3[01])(?=[/_.?#-]|$)");
    private static final Pattern COMPACT_DAY = Pattern.compile("[/_-]" + Y + "(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\\d|3[01])(?=[/_.?#-]|$)");
    private static final Pattern NAMED_DAY = Pattern.compile("/" + Y + "/(?<mn>[a-z]{3,9})/(?<d>0?[1-9]|[12]\\d|3[01])(?=/|$|[?#])");
    private static final Pattern MONTH = Pattern.compile("/" + Y + "/(?<m>0?[1-9]|1[0-2])(?=/|$|[?#])");
    private static final Pattern YEAR = Pattern.compile("/" + Y + "(?=/)");

    private UrlDates() {
    }

    /** The window the address states, or null; never after {@code today}. */
    static DateRange read(String address, LocalDate today) {
        if (address == null || !address.contains("/")) return null;
        String path = address.replaceFirst("^[a-zA-Z]+://[^/]+", "");
        for (Pattern p : new Pattern[]{SLASHED_DAY, DASHED_DAY, COMPACT_DAY}) {
            Matcher m = p.matcher(path);
            if (m.find()) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
                    if (!d.isAfter(today)) return DateRange.day(d);
                } catch (DateTimeException e) {
                    // not a calendar day: 2023/02/30 is a slug, not a date
                }
            }
        }
        Matcher named = NAMED_DAY.matcher(path);
        if (named.find() && CalendarWords.month(named.group("mn")) > 0) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(named.group("y")), CalendarWords.month(named.group("mn")),
                        Integer.parseInt(named.group("d")));
                if (!d.isAfter(today)) return DateRange.day(d);
            } catch (DateTimeException e) {
                // a slug that looks like a date but is not one
            }
        }
        Matcher m = MONTH.matcher(path);
        if (m.find()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")));
            if (!ym.atDay(1).isAfter(today)) return new DateRange(ym.atDay(1), min(ym.atEndOfMonth(), today));
        }
        m = YEAR.matcher(path);
        if (m.find()) {
            int y = Integer.parseInt(m.group("y"));
            if (y <= today.getYear()) return new DateRange(LocalDate.of(y, 1, 1), min(LocalDate.of(y, 12, 31), today));
        }
        return null;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
