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
    void readsMetaNameDateThenTimeElement() {
        assertThat(PageDates.published(Jsoup.parse("<html><head><meta name=\"dc.date\" content=\"2021-05-04\"></head></html>")))
                .isEqualTo(LocalDate.of(2021, 5, 4));
        assertThat(PageDates.published(Jsoup.parse("<html><body><article><time datetime=\"2020-08-19T10:00\">x</time></article></body></html>")))
                .isEqualTo(LocalDate.of(2020, 8, 19));
    }
}
