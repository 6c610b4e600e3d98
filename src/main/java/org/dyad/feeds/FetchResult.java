package org.dyad.feeds;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What one polite fetch came to. */
public sealed interface FetchResult {
    /** The address asked for. */
    String url();

    /**
     * A 2xx answer.
     *
     * @param finalUrl     the address after redirects
     * @param contentType  the Content-Type header, or null
     * @param etag         validators for the next conditional GET (null when the server sent none)
     */
    record Ok(String url, String finalUrl, int status, String contentType, byte[] body, String etag,
              String lastModified) implements FetchResult {
        public String text() {
            return new String(body, charset());
        }

        private Charset charset() {
            if (contentType != null) {
                for (String part : contentType.split(";")) {
                    String p = part.strip().toLowerCase(Locale.ROOT);
                    if (p.startsWith("charset=")) {
                        try {
                            return Charset.forName(p.substring(8).replace("\"", "").strip());
                        } catch (RuntimeException e) {
                            break;  // an unknown charset name: read as UTF-8 rather than fail the page
                        }
                    }
                }
            }
            return StandardCharsets.UTF_8;
        }

        /** The media type without parameters, lower case, or "" when none was sent. */
        public String mediaType() {
            return contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        }
    }

    /** 304: nothing changed since the validators we sent. */
    record NotModified(String url) implements FetchResult {
    }

    /** robots.txt disallows the address (or a redirect hop of it). */
    record Disallowed(String url, String where) implements FetchResult {
    }

    /**
     * Anything else.
     *
     * @param status    the HTTP status, or 0 when there was no answer (timeout, connection refused, redirect loop)
     * @param transient true when asking again later may help (timeouts, 429, 5xx, connection failures)
     */
    record Failed(String url, int status, boolean transient_, String reason) implements FetchResult {
    }
}
