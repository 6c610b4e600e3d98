package org.dyad.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dyad.article.CleanArticle;
import org.dyad.article.RemovalReason;
import org.dyad.article.RemovedLine;

/**
 * Finds a date line or dateline that states when the article appeared: "Published On : Thu, Sep 22nd,
 * 2016", "Xinhua, February 8, 2017", "Washington D. C. [USA], April 7 (ANI)", "date 2020-08-19",
 * "Updated: 12 March 2024", "LONDON, Nov 22 (Reuters) -". Looks at the cleaner's dateline, the first and
 * last lines of the text, and dropped lines; a date inside prose or a photo caption ("LONDON, ENGLAND -
 * NOVEMBER 02: ... (Photo by ...)") is not a date line.
 */
final class DatelineReader {

    enum Kind { PUBLISHED, DATELINE, UPDATED }

    /** A date line: its date (a day, or a day and month whose year the content must give), the line and its kind. */
    record Dateline(TimeReference date, String line, Kind kind) {
    }

    private static final Pattern KEYWORD = Pattern.compile("(?iu)(?:^|[\\s|•·,(\\[])(?<kw>first\\s+published|published|posted|"
            + "last\\s+updated|updated|last\\s+modified|modified|publication\\s+date|date|dated|released|publié\\s+le|"
            + "mis\\s+à\\s+jour|veröffentlicht|aktualisiert|publicado)(?:\\s+(?:on|at|le|am|el))?\\s*[:\\-–—|]?");
    private static final Pattern CAPTION = Pattern.compile("(?i)\\b(photo|photograph|getty|image|pictured|credit|file\\s+picture)\\b");
    private static final Pattern PREFIX = Pattern.compile("(?u)[\\p{Lu}][\\p{L} .,:'’\\[\\]()/&-]{0,58}[,|\\-–—/(·•:]");
    private static final Pattern AFTER = Pattern.compile("(?u)\\s*(?:$|[(\\-–—|/·•.]|\\d{1,2}[:.]\\d{2}|[^\\n]{0,30}$)");
    private static final int MAX_DATE_LINE = 150;
    private static final int HEAD_LINES = 5, TAIL_LINES = 3, DATELINE_HEAD_LINES = 3;
    private static final Set<RemovalReason> NOT_DATE_LINES = Set.of(RemovalReason.CAPTION, RemovalReason.RELATED_HEADLINES,
            RemovalReason.LANGUAGE);

    private DatelineReader() {
    }

    /** The best date line, or null: a "published" line first, then a dateline, then an "updated" line. */
    static Dateline read(CleanArticle article, LocalDate today) {
        List<String> head = new ArrayList<>(), tail = new ArrayList<>(), removed = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String l : article.text().split("\n")) if (!l.isBlank()) lines.add(l.trim());
        for (int i = 0; i < lines.size(); i++) {
            if (i < HEAD_LINES) head.add(lines.get(i));
            else if (i >= lines.size() - TAIL_LINES) tail.add(lines.get(i));
        }
        for (RemovedLine r : article.removed()) if (!NOT_DATE_LINES.contains(r.reason())) removed.add(r.text().trim());
        List<String> all = new ArrayList<>();
        if (article.dateline() != null) all.add(article.dateline().trim());
        all.addAll(head);
        all.addAll(removed);
        all.addAll(tail);

        Dateline updated = null;
        for (String line : all) {
            Dateline d = keyword(line, today);
            if (d == null) continue;
            if (d.kind() == Kind.PUBLISHED) return d;
            if (updated == null) updated = d;
        }
        if (article.dateline() != null) {
            Dateline d = anyDate(article.dateline().trim(), today);
            if (d != null) return d;
        }
        String updatedLine = updated == null ? null : updated.line();
        for (int i = 0; i < Math.min(DATELINE_HEAD_LINES, head.size()); i++) {
            Dateline d = head.get(i).equals(updatedLine) ? null : dateline(head.get(i), today);
            if (d != null) return d;
        }
        for (String line : removed) {
            Dateline d = line.equals(updatedLine) ? null : dateline(line, today);
            if (d != null && line.length() <= 80) return d;
        }
        return updated;
    }

    private static Dateline keyword(String line, LocalDate today) {
        if (CAPTION.matcher(line).find()) return null;
        Matcher k = KEYWORD.matcher(line);
        while (k.find()) {
            String kw = k.group("kw").toLowerCase();
            // "a letter dated Feb. 4" is prose: a date line is short, or opens with its keyword
            boolean opens = k.start() <= 40;
            if (kw.startsWith("date") ? k.start() > 2 : !opens && line.length() > MAX_DATE_LINE) continue;
            for (DateExpressions.Found f : DateExpressions.find(line)) {
                if (f.start() < k.end() || f.start() - k.end() > 25) continue;
                if (!usable(f.reference(), today)) break;
                boolean upd = kw.contains("updat") || kw.contains("modif") || kw.contains("jour") || kw.contains("aktual");
                return new Dateline(f.reference(), line, upd ? Kind.UPDATED : Kind.PUBLISHED);
            }
        }
        return null;
    }

    /** The cleaner already judged this line a dateline: any day in it will do. */
    private static Dateline anyDate(String line, LocalDate today) {
        if (CAPTION.matcher(line).find()) return null;
        for (DateExpressions.Found f : DateExpressions.find(line))
            if (usable(f.reference(), today)) return new Dateline(f.reference(), line, Kind.DATELINE);
        return null;
    }

    private static Dateline dateline(String line, LocalDate today) {
        if (CAPTION.matcher(line).find()) return null;
        List<DateExpressions.Found> found = DateExpressions.find(line);
        if (found.isEmpty()) return null;
        DateExpressions.Found f = found.get(0);
        if (!usable(f.reference(), today)) return null;
        String prefix = line.substring(0, f.start()).trim();
        boolean prefixOk = prefix.isEmpty() || (prefix.split("\\s+").length <= 8 && PREFIX.matcher(prefix).matches());
        boolean afterOk = AFTER.matcher(line.substring(f.end())).lookingAt();
        return prefixOk && afterOk ? new Dateline(f.reference(), line, Kind.DATELINE) : null;
    }

    private static boolean usable(TimeReference ref, LocalDate today) {
        if (ref instanceof TimeReference.Day d) return !d.day().isAfter(today.plusDays(1)) && d.day().getYear() >= 1990;
        if (ref instanceof TimeReference.Span s) return !s.from().isAfter(today) && s.from().getYear() >= 1990;
        return ref instanceof TimeReference.MonthDay;
    }
}
