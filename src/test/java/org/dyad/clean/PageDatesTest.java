package org.dyad.clean;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PageDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2023-03-10T08:15:00+01:00|2023-03-10", "20230310|2023-03-10",
            "Fri, 10 Mar 2023 08:15:00 GMT|2023-03-10", "March 10, 2023|2023-03-10", "10 March 2023 14:02|2023-03-10",
            "Sep 22nd, 2016|2016-09-22"})
    void parsesTheDateLayoutsSitesUse(String value, String date) {
        assertThat(PageDates.parse(value)).isEqualTo(LocalDate.parse(date));
    }

    @Test
    void ignoresImpossibleOrMissingDates() {
        assertThat(PageDates.parse("2023-13-45")).isNull();
        assertThat(PageDates.parse("soon")).isNull();
        assertThat(PageDates.published(Jsoup.parse("<html><body><p>No dates here.</p></body></html>"))).isNull();
    }

    @Test
    void prefersJsonLdPublishedDateOverModifiedAndTimeTags() {
        String html = "<html><head><script type=\"application/ld+json\">{\"dateModified\":\"2023-03-12\","
                + "\"datePublished\":\"2023-03-10T09:00:00Z\"}</script></head><body><time datetime=\"2023-03-11\">x</time></body></html>";
        assertThat(PageDates.published(Jsoup.parse(html))).isEqualTo(LocalDate.of(2023, 3, 10));
    }

    @Test
    void readsTheDublinCoreDateOfABlogsEmbeddedRdfDescription() {
        String html = "<html><head><title>A walk in the hills</title></head><body><div class=\"entry\">We walked up the ridge.</div>"
                + "<!-- <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<rdf:Description rdf:about=\"https://blog.example.org/e/42\" dc:title=\"A walk\" dc:date=\"2019-06-14T08:30:00+09:00\"/>"
                + "</rdf:RDF> --></body></html>";
        assertThat(PageDates.published(Jsoup.parse(html))).isEqualTo(LocalDate.of(2019, 6, 14));
        // not a comment of another kind
        assertThat(PageDates.published(Jsoup.parse("<html><body><p>Walk.</p><!-- dc:date=\"2019-06-14\" --></body></html>"))).isNull();
    }

    @Test
    void aSlugBeginningWithANumberIsNoDayOfTheAddress() {
        assertThat(PageDates.addressDay("https://blog.example.org/2023/10/5-lessons-from-the-harbour/")).isNull();
        assertThat(PageDates.addressDay("https://blog.example.org/2023/10/05/lessons-from-the-harbour/")).isEqualTo(LocalDate.of(2023, 10, 5));
        assertThat(PageDates.addressDay("https://news.example.org/2023-10-05-lessons-from-the-harbour")).isEqualTo(LocalDate.of(2023, 10, 5));
        assertThat(PageDates.addressDay("https://news.example.org/2023/10/5.html")).isEqualTo(LocalDate.of(2023, 10, 5));
    }

    @Test
    void readsTheUploadDayOfAPhotoOrVideoPage() {
        assertThat(PageDates.published(Jsoup.parse("<html><head><meta property='photosite:uploaded' content='2014-05-02T10:00:00-05:00'>"
                + "</head><body><p>Harbour at dusk.</p></body></html>"))).isEqualTo(LocalDate.of(2014, 5, 2));
        assertThat(PageDates.published(Jsoup.parse("<html><head><script type=\"application/ld+json\">{\"@type\":\"VideoObject\","
                + "\"uploadDate\":\"2018-11-30\"}</script></head><body><p>Clip.</p></body></html>"))).isEqualTo(LocalDate.of(2018, 11, 30));
        // an upload limit is no date
        assertThat(PageDates.published(Jsoup.parse("<html><head><meta name='upload-limit' content='2014-05-02'></head></html>"))).isNull();
    }

    @Test
    void readsMetaNameDateThenTimeElement() {
        assertThat(PageDates.published(Jsoup.parse("<html><head><meta name=\"dc.date\" content=\"2021-05-04\"></head></html>")))
                .isEqualTo(LocalDate.of(2021, 5, 4));
        assertThat(PageDates.published(Jsoup.parse("<html><body><article><time datetime=\"2020-08-19T10:00\">x</time></article></body></html>")))
                .isEqualTo(LocalDate.of(2020, 8, 19));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Veröffentlicht am 3. Februar 2022|2022-02-03", "mis en ligne le 5 juin 2018|2018-06-05",
            "03.02.2022 15:34|2022-02-03", "Posted on July 12, 2017|2017-07-12", "2012/06/04 09:20|2012-06-04"})
    void readsDatesWrittenOnThePageInSeveralLanguages(String text, String date) {
        assertThat(PageDates.written(text)).isEqualTo(LocalDate.parse(date));
    }

    @Test
    void readsADateShownInADateElementWhenMetadataIsMissing() {
        String html = "<html><body><div class=\"post-meta\"><span class=\"entry-date\">9. Dezember 2013</span></div>"
                + "<p>Text of the post.</p><div class=\"comment-date\">10.12.2013</div></body></html>";
        assertThat(PageDates.published(Jsoup.parse(html))).isEqualTo(LocalDate.of(2013, 12, 9));
    }

    @Test
    void readsTheAddressDayButNotAnArchiveSnapshotStamp() {
        assertThat(PageDates.addressDay("https://example.org/news/2019/11/08/a-story/")).isEqualTo(LocalDate.of(2019, 11, 8));
        assertThat(PageDates.addressDay("https://web.archive.org/web/20160218174457/http://blog.example/2010/05/a-post/")).isNull();
        assertThat(PageDates.addressDay("https://example.org/2023/11/a-story/")).isNull();
        assertThat(PageDates.addressDay("https://example.org/news/1906059-a-story")).isNull();
    }

    @Test
    void fallsBackOnPublicationKeysInScriptsThenOnTheFirstDateShownOutsideNavigation() {
        String script = "<html><head><script>var shop = {\"title\":\"Beans\",\"published_at\":\"2018-07-14T09:41:05+02:00\"};</script>"
                + "</head><body><p>Fresh beans.</p></body></html>";
        assertThat(PageDates.published(Jsoup.parse(script))).isEqualTo(LocalDate.of(2018, 7, 14));
        String shown = "<html><body><nav><a href=\"/day/01.01.2020\">01.01.2020</a></nav><div><small>Posted 17.05.2021 08:42</small>"
                + "<h1>Club signs a new coach</h1><p>The season began on 3 August 2020.</p></div>"
                + "<footer>Updated 20.05.2021</footer></body></html>";
        assertThat(PageDates.published(Jsoup.parse(shown))).isEqualTo(LocalDate.of(2021, 5, 17));
    }
}
