package org.dyad.store;

import org.dyad.article.RawArticle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The content hash that decides whether a stored article must be coded again. */
public final class ContentHash {
    private ContentHash() {
    }

    /**
     * SHA-256 (hex) over what coding reads: the content, whether it is HTML, and the given date,
     * URL and title (a corrected date changes the coding, so it changes the hash too).
     */
    public static String of(RawArticle raw) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : new String[]{raw.html() ? "html" : "text", String.valueOf(raw.published()),
                    String.valueOf(raw.url()), String.valueOf(raw.title()), raw.content()}) {
                md.update(part.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
