package org.dyad.feeds;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What identifies a fetched page apart from the address it was reached by: the address it declares
 * as canonical ({@code <link rel="canonical">}, else {@code og:url}) and a hash of its visible text
 * (blanks collapsed, case folded; scripts, styles and the head left out). Two addresses serving one
 * story give the same hash even when their markup differs in links that name the address itself.
 *
 * @param canonicalUrl the declared canonical address, made canonical, or null when the page declares none
 * @param bodyHash     SHA-256 (hex) of the page's visible text
 * @param textLength   characters of visible text (0 for an empty page)
 */
public record PageFingerprint(String canonicalUrl, String bodyHash, int textLength) {

    public static PageFingerprint of(String html, String baseUrl, CanonicalUrl canonical) {
        Document doc = Jsoup.parse(html, baseUrl);
        String declared = null;
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null) declared = link.absUrl("href");
        if (declared == null || declared.isEmpty()) {
            Element og = doc.selectFirst("meta[property=og:url][content]");
            if (og != null) declared = og.absUrl("content");
        }
        String text = doc.body() == null ? "" : doc.body().text().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return new PageFingerprint(declared == null || declared.isEmpty() ? null : canonical.of(declared), sha256(text), text.length());
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
