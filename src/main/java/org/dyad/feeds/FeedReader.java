package org.dyad.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads RSS (0.9x, 1.0/RDF, 2.0) and Atom with Rome. The encoding comes from the XML declaration or
 * byte-order mark (Rome's XmlReader); DOCTYPEs are refused (Rome's default), so no feed can make
 * the parser fetch or expand external entities.
 */
public final class FeedReader {
    /** A feed that is not well-formed XML, or no RSS/Atom Rome knows. */
    public static final class MalformedFeed extends Exception {
        MalformedFeed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public List<FeedItem> read(byte[] xml) throws MalformedFeed {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new MalformedFeed(firstLine(e.getMessage()), e);
        }
        List<FeedItem> out = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = link(e);
            if (link == null) continue;  // an entry without an address has no article to fetch
            String title = e.getTitle() == null ? null : e.getTitle().strip();
            out.add(new FeedItem(link, title == null || title.isEmpty() ? null : title, day(e)));
        }
        return out;
    }

    private static String link(SyndEntry e) {
        if (e.getLink() != null && !e.getLink().isBlank()) return e.getLink().strip();
        for (SyndLink l : e.getLinks())
            if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) return l.getHref().strip();
        // RSS items often carry the address only as a permalink guid
        String uri = e.getUri();
        return uri != null && uri.matches("(?i)https?://\\S+") ? uri.strip() : null;
    }

    private static LocalDate day(SyndEntry e) {
        Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String firstLine(String s) {
        if (s == null) return "not a feed";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
