package org.dyad.feeds;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalUrlTest {
    private final CanonicalUrl canonical = CanonicalUrl.load();

    @Test
    void trackingFragmentCaseAndDefaultPortGo() {
        assertThat(canonical.of("HTTPS://News.Example.COM:443/world/story-1.html?utm_source=rss&utm_medium=feed#comments"))
                .isEqualTo("https://news.example.com/world/story-1.html");
        assertThat(canonical.of("http://news.example.com")).isEqualTo("http://news.example.com/");
        assertThat(canonical.of("http://news.example.com:8080/a?fbclid=xyz&ocid=rss")).isEqualTo("http://news.example.com:8080/a");
    }

    @Test
    void parametersThatNameContentStayInOneOrder() {
        assertThat(canonical.of("https://news.example.com/view?story=12&utm_campaign=x&page=2"))
                .isEqualTo(canonical.of("https://news.example.com/view?page=2&story=12"))
                .isEqualTo("https://news.example.com/view?page=2&story=12");
        assertThat(canonical.of("https://news.example.com/view?story=12")).isNotEqualTo(canonical.of("https://news.example.com/view?story=13"));
        // the path's case is the server's business
        assertThat(canonical.of("https://news.example.com/World/A")).isNotEqualTo(canonical.of("https://news.example.com/world/a"));
    }

    @Test
    void aUserListAddsParameters() {
        CanonicalUrl custom = new CanonicalUrl(List.of("src", "ref_*"));
        assertThat(custom.of("https://n.example/a?src=home&ref_area=top&id=3")).isEqualTo("https://n.example/a?id=3");
    }

    @Test
    void whatIsNotHttpIsLeftAlone() {
        assertThat(canonical.of(" mailto:desk@example.com ")).isEqualTo("mailto:desk@example.com");
        assertThat(canonical.of("/relative/path")).isEqualTo("/relative/path");
    }
}
