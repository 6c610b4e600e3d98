package org.dyad.feeds;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedReaderTest {
    private final FeedReader reader = new FeedReader();

    private static byte[] fixture(String name) throws Exception {
        try (var in = FeedReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${base}", "http://news.test").getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void rssItemsCarryLinkTitleAndDay() throws Exception {
        List<FeedItem> items = reader.read(fixture("world.rss"));
        assertThat(items).hasSize(10);
        assertThat(items.get(0)).isEqualTo(new FeedItem("http://news.test/news/harbour-talks.html?utm_source=rss&utm_medium=feed",
                "Harbour talks open between two neighbours", LocalDate.of(2026, 3, 3)));
    }

    @Test
    void atomEntriesAreDatedByPublishedElseUpdated() throws Exception {
        List<FeedItem> items = reader.read(fixture("region.atom"));
        assertThat(items).extracting(FeedItem::link).containsExactly("http://news.test/region/envoys.html", "http://news.test/news/border-crossing.html");
        assertThat(items).extracting(FeedItem::published).containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 2));
    }

    @Test
    void brokenXmlAndNonFeedsAreMalformed() throws Exception {
        assertThatThrownBy(() -> reader.read(fixture("broken.rss"))).isInstanceOf(FeedReader.MalformedFeed.class);
        assertThatThrownBy(() -> reader.read(fixture("envoys.html"))).isInstanceOf(FeedReader.MalformedFeed.class);
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(FeedReader.MalformedFeed.class);
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title><link>http://news.test/a</link></item></channel></rss>";
        assertThatThrownBy(() -> reader.read(xxe.getBytes(StandardCharsets.UTF_8))).isInstanceOf(FeedReader.MalformedFeed.class);
    }

    @Test
    void anRssItemWithOnlyAPermalinkGuidIsKept() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><item><title>a</title>"
                + "<guid isPermaLink=\"true\">http://news.test/story/1</guid><pubDate>Fri, 06 Mar 2026 23:30:00 -0500</pubDate></item>"
                + "<item><title>no address</title><description>x</description></item></channel></rss>";
        List<FeedItem> items = reader.read(rss.getBytes(StandardCharsets.UTF_8));
        assertThat(items).hasSize(1);
        assertThat(items.get(0).link()).isEqualTo("http://news.test/story/1");
        assertThat(items.get(0).published()).isEqualTo(LocalDate.of(2026, 3, 7));  // the UTC day
    }
}
