package org.dyad.clean;

import org.dyad.knowledge.KnowledgeFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date a page declares about itself, in the order htmldate found most reliable:
 * <ol>
 *   <li>a full day in the page's own address (the given URL, {@code rel=canonical}, {@code og:url}):
 *       it is set when the story is filed and is in the writer's time zone, where metadata is often UTC;</li>
 *   <li>markup that names the publication date: {@code itemprop=datePublished}, JSON-LD
 *       {@code datePublished}, {@code article:published_time} and the other publication meta names,
 *       {@code abbr.published}, {@code <time pubdate>};</li>
 *   <li>generic date markup: {@code <time datetime>}, {@code <meta name=date>} and Dublin Core, also as the
 *       {@code dc:date} of a blog's embedded RDF description, and the upload day of a photo or video page;</li>
 *   <li>a date shown in an element whose class or id says it holds the date ("post-date", "meta__date",
 *       "pubdate"), in numeric or written form in the languages of {@code month-names.tsv};</li>
 *   <li>a date in the title tag.</li>
 * </ol>
 * Modified and updated dates are ignored: they say when the page changed, not when the story appeared.
 */
final class PageDates {

    private static final List<String> PUBLICATION_META = List.of(
            "meta[property=article:published_time]", "meta[property=og:published_time]",
            "meta[name=article:published_time]", "meta[name=og:published_time]", "meta[property=bt:pubdate]",
            "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=publish_date]",
            "meta[name=sailthru.date]", "meta[name=parsely-pub-date]", "meta[name=article.published]",
            "meta[name=original-publish-date]", "meta[name=cxenseparse:recs:publishtime]", "meta[name=datepublished]",
            "meta[name=dc.date.issued]", "meta[name=dcterms.issued]", "meta[name=citation_publication_date]",
            "meta[name=sw-pubdate]", "meta[property=rnews:datepublished]", "meta[name=date_published]");
    private static final List<String> GENERIC_META = List.of("meta[name=date]", "meta[property=date]", "meta[name=dc.date]",
            "meta[property=dc.date]", "meta[name=dcterms.date]", "meta[property=dcterms.date]", "meta[name=dcterms.created]",
            "meta[name=dc.date.created]");
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
    /** "/2019/11/08/", "/2019-11-08-", "/20191108/" in an address path. */
    private static final Pattern URL_DAY = Pattern.compile("[/_-]((?:19|20)\\d{2})([/_-])(\\d{1,2})\\2(\\d{1,2})(?:[/_.-]|$)"
            + "|[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");
    /** 27.01.2022 or 27. 1. 2022 (day first: the order every language writing dots uses). */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern SLASHED_ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|st|nd|rd|th|er)?\\s+(?:de\\s+)?(\\p{L}{3,10})\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<![\\p{L}])(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /** Class or id words of elements that show the publication date. */
    private static final Pattern DATE_CLASS = Pattern.compile("(?i)date|time|publish|posted|pubdate|datum|byline|meta|entry-info|post-info|fecha|data");
    private static final Pattern NOT_PUBLICATION = Pattern.compile("(?i)updat|modif|comment|event|expir|copyright|footer|birth");
    private static final Map<String, Integer> MONTHS = months();

    private PageDates() {
    }

    static LocalDate published(Document doc) {
        return published(doc, null);
    }

    /** The declared publication date, or null when the page declares none that parses; {@code url} may be null. */
    static LocalDate published(Document doc, String url) {
        LocalDate d = addressDay(url);
        if (d == null) d = addressDay(attr(doc, "link[rel=canonical]", "href"));
        if (d == null) d = addressDay(attr(doc, "meta[property=og:url]", "content"));
        if (d != null) return d;
        d = first(doc.select("[itemprop=datePublished]"));
        if (d != null) return d;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find() && (d = parse(m.group(1))) != null) return d;
        }
        for (String selector : PUBLICATION_META) if ((d = first(doc.select(selector))) != null) return d;
        if ((d = first(doc.select("abbr.published, time[pubdate], time.published, time.entry-date"))) != null) return d;
        for (Element time : doc.select("time[datetime]")) {
            if (NOT_PUBLICATION.matcher(time.className()).find()) continue;
            if ((d = parse(time.attr("datetime"))) != null) return d;
        }
        for (String selector : GENERIC_META) if ((d = first(doc.select(selector))) != null) return d;
        if ((d = rdfDate(doc)) != null) return d;
        if ((d = uploadDate(doc)) != null) return d;
        if ((d = shownDate(doc)) != null) return d;
        if ((d = scriptDate(doc)) != null) return d;
        if (doc.title() != null && (d = written(doc.title())) != null) return d;
        return firstWrittenDate(doc);
    }

    /** Dublin Core's date as an attribute of an RDF description ({@code dc:date="2019-11-21T08:45:10+01:00"}). */
    private static final Pattern RDF_DC_DATE = Pattern.compile("\\bdc:date\\s*=\\s*\"([^\"]{4,40})\"");

    /**
     * The Dublin Core date of the page's RDF description, which blog engines embed for trackbacks, mostly inside
     * an HTML comment ({@code <!-- <rdf:RDF><rdf:Description rdf:about="..." dc:date="..."/></rdf:RDF> -->});
     * it is the entry's own date. Null when there is none.
     */
    private static LocalDate rdfDate(Document doc) {
        for (Element e : doc.getElementsByAttribute("dc:date")) {
            LocalDate d = parse(e.attr("dc:date"));
            if (d != null) return d;
        }
        LocalDate[] found = new LocalDate[1];
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (found[0] != null || !(node instanceof org.jsoup.nodes.Comment c)) return;
            String data = c.getData();
            if (!data.contains("rdf:Description")) return;
            Matcher m = RDF_DC_DATE.matcher(data);
            if (m.find()) found[0] = parse(m.group(1));
        }, doc);
        return found[0];
    }

    /** A meta name or property for the day a photo or video page was uploaded ("uploadDate", "site:uploaded", "upload_date"). */
    private static final Pattern UPLOAD_META = Pattern.compile("(?i)(?:^|[:._-])upload(?:ed|[_-]?date)$");
    private static final Pattern JSON_UPLOAD_DATE = Pattern.compile("\"uploadDate\"\\s*:\\s*\"([^\"]{4,40})\"");

    /**
     * The upload day of a photo or video page: on such pages it is the publication (schema.org's
     * {@code uploadDate} of a VideoObject or ImageObject, or a site's own {@code <meta property="x:uploaded">}).
     */
    private static LocalDate uploadDate(Document doc) {
        for (Element meta : doc.select("meta[content]")) {
            String key = !meta.attr("property").isEmpty() ? meta.attr("property") : !meta.attr("name").isEmpty() ? meta.attr("name") : meta.attr("itemprop");
            if (!UPLOAD_META.matcher(key).find()) continue;
            LocalDate d = parse(meta.attr("content"));
            if (d != null) return d;
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_UPLOAD_DATE.matcher(script.data());
            if (m.find()) {
                LocalDate d = parse(m.group(1));
                if (d != null) return d;
            }
        }
        return null;
    }

    /** Publication keys of the JSON that page scripts carry outside JSON-LD (shop and CMS state objects). */
    private static final Pattern SCRIPT_DATE = Pattern.compile("\"(?:datePublished|published_at|publishedAt|publish_date|publishDate|pubDate|date_published)\"\\s*:\\s*\"([^\"]{4,40})\"");

    /** A publication date in a page script's data ("published_at": "2018-07-14T09:41:05"), or null. */
    private static LocalDate scriptDate(Document doc) {
        for (Element script : doc.select("script")) {
            String data = script.data();
            if (data.length() > 2_000_000) continue;
            Matcher m = SCRIPT_DATE.matcher(data);
            while (m.find()) {
                LocalDate d = parse(m.group(1));
                if (d != null) return d;
            }
        }
        return null;
    }

    /**
     * The last resort: the first full date written in the page's visible text, read top down. Pages that
     * mark nothing up still show their date first, above or beside the headline ("17.05.2021 08:42 Uhr",
     * "Erstellt am: 30.01.2022"); a later date in the text is more often one the story reports. Dates in
     * the page's navigation and footer are skipped: they are the site's, not the story's.
     */
    private static LocalDate firstWrittenDate(Document doc) {
        if (doc.body() == null) return null;
        for (org.jsoup.nodes.TextNode t : textNodes(doc.body())) {
            String text = t.text();
            if (text.length() < 6 || text.length() > 400) continue;
            if (insideSkipped(t)) continue;
            LocalDate d = written(text);
            if (d != null) return d;
        }
        return null;
    }

    private static List<org.jsoup.nodes.TextNode> textNodes(Element root) {
        List<org.jsoup.nodes.TextNode> out = new java.util.ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode tn && !tn.isBlank()) out.add(tn);
        }, root);
        return out;
    }

    private static final Pattern SKIPPED_BLOCK = Pattern.compile("(?i)footer|copyright|comment|widget|calendar");

    private static boolean insideSkipped(org.jsoup.nodes.Node n) {
        for (Element e = n.parent() instanceof Element p ? p : null; e != null; e = e.parent()) {
            String tag = e.tagName();
            if (tag.equals("script") || tag.equals("style") || tag.equals("nav") || tag.equals("footer") || tag.equals("select")
                    || tag.equals("option") || tag.equals("noscript") || tag.equals("a")) return true;
            String names = e.className() + " " + e.id();
            if (!names.isBlank() && (SKIPPED_BLOCK.matcher(names).find() || NOT_PUBLICATION.matcher(names).find())) return true;
        }
        return false;
    }

    /** The first date shown in an element that says it holds the date, reading the page top down. */
    private static LocalDate shownDate(Document doc) {
        if (doc.body() == null) return null;
        for (Element e : doc.body().getAllElements()) {
            String names = e.className() + " " + e.id();
            if (names.isBlank() || !DATE_CLASS.matcher(names).find() || NOT_PUBLICATION.matcher(names).find()) continue;
            String text = e.text();
            if (text.isEmpty() || text.length() > 200) continue;
            LocalDate d = written(text);
            if (d != null) return d;
        }
        return null;
    }

    private static LocalDate first(List<Element> elements) {
        for (Element e : elements) {
            for (String value : new String[]{e.attr("content"), e.attr("datetime"), e.attr("title"), e.ownText()}) {
                LocalDate d = parse(value);
                if (d == null) d = written(value);
                if (d != null) return d;
            }
        }
        return null;
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr(attribute);
    }

    /** A full day in an address path ("/2019/11/08/"), or null. */
    static LocalDate addressDay(String url) {
        if (url == null || url.isBlank()) return null;
        String path = url.replaceFirst("^[a-z]+://[^/]+", "");
        // an archive's snapshot stamp ("/web/20120216182711/http://...") is the crawl, not the story
        path = path.replaceFirst("^/web/\\d{8,14}[a-z_]*/", "/").replaceFirst("^https?://[^/]+", "");
        Matcher m = URL_DAY.matcher(path);
        while (m.find()) {
            // "/2023/10/3-questions-for-..." is a slug that begins with a number, not the 3rd: a day between
            // slashes ends its segment (as in "/2023/10/03/"), where a dashed date may run into the slug
            if ("/".equals(m.group(2))) {
                int after = m.end(4);
                if (after < path.length() && (path.charAt(after) == '-' || path.charAt(after) == '_')) continue;
            }
            LocalDate d = m.group(1) != null ? day(m.group(1), m.group(3), m.group(4)) : day(m.group(5), m.group(6), m.group(7));
            if (d != null) return d;
        }
        return null;
    }

    /** A date written out in text: numeric with dots or slashes, or with a month name; null when none. */
    static LocalDate written(String text) {
        if (text == null || text.isBlank()) return null;
        Matcher m = ISO.matcher(text);
        if (m.find() && day(m.group(1), m.group(2), m.group(3)) != null) return day(m.group(1), m.group(2), m.group(3));
        m = SLASHED_ISO.matcher(text);
        if (m.find() && day(m.group(1), m.group(2), m.group(3)) != null) return day(m.group(1), m.group(2), m.group(3));
        m = DOTTED.matcher(text);
        while (m.find()) {
            LocalDate d = day(m.group(3), m.group(2), m.group(1));
            if (d != null) return d;
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            LocalDate d = month == null ? null : day(m.group(3), month.toString(), m.group(1));
            if (d != null) return d;
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            LocalDate d = month == null ? null : day(m.group(3), month.toString(), m.group(2));
            if (d != null) return d;
        }
        return null;
    }

    private static LocalDate day(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null; // "2019/31/12" is no day
        }
    }

    /** Parses the date part of an ISO or compact date, or an English/other written date; null when it cannot. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        Matcher m = ISO.matcher(v);
        if (m.find()) return day(m.group(1), m.group(2), m.group(3));
        m = COMPACT.matcher(v);
        if (m.find()) return day(m.group(1), m.group(2), m.group(3));
        return written(v);
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> out = new HashMap<>();
        for (String[] row : KnowledgeFiles.rows("month-names.tsv", 2))
            for (String name : row[1].split(","))
                if (!name.isBlank()) out.put(name.strip().toLowerCase(Locale.ROOT), Integer.parseInt(row[0].strip()));
        return Map.copyOf(out);
    }
}
