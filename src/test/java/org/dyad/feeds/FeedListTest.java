package org.dyad.feeds;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FeedListTest {
    @Test
    void oedaRowsAndPlainAddressesAreBothRead() {
        List<FeedSource> feeds = FeedList.parse(List.of(
                "source_id,url,type,language",
                "desk_one,http://one.example/rss.xml,international,english",
                "# a comment",
                "",
                "https://two.example/atom",
                "three\thttps://three.example/feed?format=xml",
                "http://one.example/rss.xml",
                "not a feed line"));
        assertThat(feeds).containsExactly(new FeedSource("desk_one", "http://one.example/rss.xml"),
                new FeedSource("two.example", "https://two.example/atom"),
                new FeedSource("three", "https://three.example/feed?format=xml"));
    }

    @Test
    void theOedaWhitelistInTheDataFolderReadsWhole() throws Exception {
        Path list = Path.of(System.getProperty("dyad.data", "../shared/data"), "oeda-scraper", "whitelist_urls.csv");
        assumeTrue(Files.isRegularFile(list), "no data folder here");
        long rows = Files.readAllLines(list).stream().filter(l -> l.matches("[^,]+,https?://.*")).count();
        List<FeedSource> feeds = FeedList.read(list);
        assertThat(feeds).isNotEmpty();
        assertThat(feeds).allSatisfy(f -> assertThat(f.url()).matches("https?://\\S+"));
        assertThat(feeds.size()).isLessThanOrEqualTo((int) rows);
        assertThat(feeds.stream().map(FeedSource::url).distinct().count()).isEqualTo(feeds.size());
    }
}
