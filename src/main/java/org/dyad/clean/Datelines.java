package org.dyad.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the metadata lines of a news page: a dateline that opens a paragraph
 * ("WASHINGTON (Reuters) -", "Washington D. C. [USA], April 7 (ANI):"), a line that is only a date
 * ("Published On : Thu, Sep 22nd, 2016", "Xinhua, February 8, 2017", "date 2020-08-19"), and a line
 * that is only a byline ("By John Smith, BBC News").
 */
final class Datelines {

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String AGENCY = "(?:Reuters|AP|AFP|Xinhua|ANI|IANS|PTI|UNI|TASS|RIA Novosti|Anadolu|Bernama"
            + "|Kyodo|Yonhap|WAM|SANA|IRNA|MENA|dpa|Interfax|Ukrinform|UNIAN|CNN|BBC|Sputnik|APA|Trend|KUNA|SPA|Al Jazeera"
            + "|Associated Press|Agence France-Presse)";
    private static final String PLACE = "[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,4}";

    /** "March 8", "Feb. 8, 2017", "8 March 2023". */
    private static final String DAY = "(?:" + MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+" + MONTH + "(?:\\s+\\d{4})?)";
    /** "WASHINGTON (Reuters) -", "KYIV, Ukraine (AP) —", "BEIJING, Feb. 8 (Xinhua) --", "(CNN) —". */
    private static final Pattern AGENCY_DATELINE = Pattern.compile("^((?:" + PLACE + "(?:\\s*\\[[^\\]]{2,30}\\])?"
            + "(?:,\\s*" + PLACE + ")?(?:,\\s*" + DAY + ")?\\s*)?\\(" + AGENCY + "\\)"
            + "\\s*(?:-{1,2}|–|—|:))\\s*\\S");
    /** "Washington D. C. [USA], April 7 (ANI):", "MOSCOW, March 10. /TASS/." with the date before the agency. */
    private static final Pattern PLACE_DATE_DATELINE = Pattern.compile("^(" + PLACE + "(?:\\s*\\[[^\\]]{2,30}\\])?"
            + "(?:,\\s*" + PLACE + ")?,\\s*" + DAY + "\\s*(?:\\(" + AGENCY + "\\)\\s*(?:-{1,2}|–|—|:)|\\.?\\s*/(?:ITAR-)?TASS/\\.?"
            + "|(?:-{1,2}|–|—|:)))\\s*\\S");
    /** "NEW DELHI:" or "LONDON —": a capitalised place name alone, then a colon or dash. */
    private static final Pattern CAPS_DATELINE = Pattern.compile("^(\\p{Lu}[\\p{Lu} .'’-]{2,30}(?:,\\s*\\p{Lu}[\\p{L} .'’-]{1,30})?"
            + "\\s*(?::|-{1,2}|–|—))\\s+\\S");
    private static final Set<String> NOT_PLACES = Set.of("READ MORE", "WATCH", "UPDATE", "UPDATED", "BREAKING",
            "EXCLUSIVE", "OPINION", "ANALYSIS", "EDITORIAL", "LIVE", "VIDEO", "PHOTOS", "NOTE", "EDITOR'S NOTE",
            "WARNING", "RELATED", "ALSO READ", "SEE ALSO", "FACT CHECK", "COMMENT", "REVIEW", "Q", "A", "FILE",
            "PHOTO", "SOURCE", "CORRECTION", "CLARIFICATION", "ADVERTISEMENT", "NEW", "UK", "US", "EU", "NATO", "UN");

    private static final Pattern DATE_PREFIX = Pattern.compile("^(?:(?:first |last )?(?:published|updated|posted|modified|created"
            + "|dated?|release date|publication date)(?:\\s+(?:on|at))?\\s*[:\\-–—]?\\s*)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_TOKEN = Pattern.compile("\\b(?:" + MONTH + "|Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?"
            + "|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|\\d{1,4}(?:st|nd|rd|th|am|pm|h)?|am|pm|a\\.m\\.|p\\.m\\."
            + "|GMT|UTC|BST|CET|CEST|EET|EEST|IST|ET|EST|EDT|CST|CDT|MST|MDT|PT|PST|PDT|MSK|JST|KST|HKT|SGT|WIB|WAT|EAT|SAST|PKT|AEST|AEDT|hrs?|hours?|mins?|minutes?|days?|ago|at|on|updated|published"
            + "|posted|of|" + AGENCY + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HAS_DATE = Pattern.compile("\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b"
            + "|\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b");
    /** "Jane Doe, AP Diplomatic Writer": an agency's staff credit, with no "By" before it. */
    private static final Pattern AGENCY_CREDIT = Pattern.compile("^[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){1,3}(?:\\s+and\\s+"
            + "[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){1,3})?,\\s+(?i:" + AGENCY + ")(?:\\s+[\\p{Lu}][\\p{L}-]*){0,3}\\s+"
            + "(?i:writer|correspondent|reporter|editor|staff)s?$");
    private static final String TRAILING_AUTHOR = "\\s+by\\s+[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,3}$";
    /** "by admin", "By Jane Doe": one- or two-word author handles that may precede a date. */
    private static final List<Pattern> LEADING_AUTHORS = List.of(
            Pattern.compile("^(?:posted |written )?by\\s+[\\p{L}.'’-]+\\s*[,|–—-]?\\s*(?=\\S)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(?:posted |written )?by\\s+[\\p{L}.'’-]+\\s+[\\p{L}.'’-]+\\s*[,|–—-]?\\s*(?=\\S)",
                    Pattern.CASE_INSENSITIVE));
    private static final Pattern BYLINE = Pattern.compile("^(?:by|written by|words by|author|reporter|posted by|story by)"
            + "\\s*:?\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> BYLINE_JOINERS = Set.of("and", "&", "in", "for", "at", "de", "da", "di", "van", "von",
            "der", "den", "al", "el", "bin", "la", "le", "du", "|", "-", "–", "—", "updated", "published", "staff", "news",
            "correspondent", "editor", "reporter", "writer");

    private Datelines() {
    }

    /** The dateline that opens this paragraph ("WASHINGTON (Reuters) -"), or null. */
    static String leadingDateline(String paragraph) {
        for (Pattern p : new Pattern[]{AGENCY_DATELINE, PLACE_DATE_DATELINE}) {
            Matcher m = p.matcher(paragraph);
            if (m.find()) return m.group(1).strip();
        }
        Matcher m = CAPS_DATELINE.matcher(paragraph);
        if (m.find()) {
            String place = m.group(1).replaceAll("[\\s:\\-–—]+$", "").split(",")[0].strip();
            if (!NOT_PLACES.contains(place) && place.chars().filter(Character::isLetter).count() >= 3
                    && LineShape.of(paragraph).words() >= 6)
                return m.group(1).strip();
        }
        return null;
    }

    /**
     * True when the line is nothing but a date, optionally with a "Published on"-style label, time,
     * zone and agency ("Xinhua, February 8, 2017"), or nothing but a place-and-agency dateline.
     */
    static boolean isDateOnly(String line) {
        if (line.length() > 120) return false;
        // "by admin March 10, 2023": a short author handle before the date is still a metadata line
        for (Pattern p : LEADING_AUTHORS) {
            Matcher author = p.matcher(line);
            if (author.find() && isDateOnlyText(line.substring(author.end()))) return true;
        }
        return isDateOnlyText(line);
    }

    private static boolean isDateOnlyText(String line) {
        // "Posted on February 28, 2023 by Admin": the author after the date does not make it prose
        String rest = DATE_PREFIX.matcher(line).replaceFirst("").replaceFirst(TRAILING_AUTHOR, "")
                .replaceAll("(?i)\\b([ap])\\.m\\.", "$1m");
        boolean labelled = rest.length() < line.length();
        if (!labelled && !HAS_DATE.matcher(rest).find()) {
            return isDatelineOnly(line);
        }
        // "Updated at 4:05 a.m.": a labelled clock time alone is a metadata line too
        boolean clock = labelled && CLOCK.matcher(rest).find();
        if (!clock && !HAS_DATE.matcher(rest).find() && !rest.matches(".*\\b\\d{4}\\b.*")) return false;
        String left = DATE_TOKEN.matcher(rest).replaceAll(" ").replaceAll("[\\s\\p{Punct}|•·–—]+", "");
        return left.isEmpty() || isDatelineOnly(line);
    }

    private static boolean isDatelineOnly(String line) {
        for (Pattern p : new Pattern[]{AGENCY_DATELINE, PLACE_DATE_DATELINE}) {
            Matcher m = p.matcher(line + " x");
            if (m.find() && m.group(1).length() >= line.strip().length() - 1) return true;
        }
        return false;
    }

    /** The author names when the whole line is a byline ("By Jane Doe and John Roe, Reuters"), else null. */
    static String byline(String line, LineShape shape) {
        if (shape.words() > 14 || (shape.terminal() && line.endsWith("."))) return null;
        if (AGENCY_CREDIT.matcher(line.strip()).matches()) return line.strip().substring(0, line.strip().indexOf(',')).strip();
        Matcher m = BYLINE.matcher(line);
        if (!m.matches()) return null;
        String names = m.group(1).strip();
        for (String w : names.split("[\\s,]+")) {
            if (w.isEmpty()) continue;
            int first = w.codePointAt(0);
            boolean ok = Character.isUpperCase(first) || Character.isDigit(first) || !Character.isLetter(first)
                    || BYLINE_JOINERS.contains(w.toLowerCase(Locale.ROOT)) || DATE_TOKEN.matcher(w).matches();
            if (!ok) return null;
        }
        return !names.isEmpty() && Character.isUpperCase(names.codePointAt(0)) ? names : null;
    }
}
