package org.dyad.clean;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date a page declares about itself: JSON-LD {@code datePublished},
 * {@code article:published_time} and the other meta names sites use, then {@code <time datetime>}.
 * Modified dates are ignored: they say when the page changed, not when the story appeared.
 */
final class PageDates {

    private static final List<String> META_SELECTORS = List.of(
            "meta[property=article:published_time]", "meta[property=og:published_time]",
            "meta[itemprop=datePublished]", "meta[name=article:published_time]", "meta[name=date]",
            "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=publish_date]",
            "meta[name=dc.date]", "meta[name=dc.date.issued]", "meta[name=dcterms.date]", "meta[name=dcterms.created]",
            "meta[name=sailthru.date]", "meta[name=parsely-pub-date]", "meta[name=article.published]",
            "meta[name=original-publish-date]", "meta[name=cxenseparse:recs:publishtime]", "meta[property=bt:pubdate]",
            "meta[name=og:published_time]", "meta[name=datepublished]");
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
    private static final List<DateTimeFormatter> TEXT_FORMATS = List.of(
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH));

    private PageDates() {
    }

    /** The declared publication date, or null when the page declares none that parses. */
    static LocalDate published(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find()) {
                LocalDate d = parse(m.group(1));
                if (d != null) return d;
            }
        }
        for (String selector : META_SELECTORS) {
            for (Element meta : doc.select(selector)) {
                LocalDate d = parse(meta.attr("content"));
                if (d != null) return d;
            }
        }
        for (Element time : doc.select("article time[datetime], time[pubdate], time[itemprop=datePublished], time[datetime]")) {
            LocalDate d = parse(time.attr("datetime"));
            if (d != null) return d;
        }
        return null;
    }

    /** Parses the date part of an ISO, compact or English text date; null when it cannot. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            Matcher m = ISO.matcher(v);
            if (m.find()) return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            m = COMPACT.matcher(v);
            if (m.find()) return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null; // an impossible date in metadata is no date
        }
        String head = v.replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("\\s+\\d{1,2}:\\d{2}.*$", "").strip();
        for (DateTimeFormatter f : TEXT_FORMATS) {
            try {
                return LocalDate.parse(head, f);
            } catch (DateTimeParseException e) {
                // try the next layout
            }
        }
        return null;
    }
}
