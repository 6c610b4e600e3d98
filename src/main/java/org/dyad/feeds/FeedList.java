package org.dyad.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a list of feeds: either the OEDA scraper's whitelist ({@code source_id,url,type,language}
 * with that header) or a plain file of addresses, one a line, optionally {@code name<TAB or comma>url};
 * {@code #} starts a comment. The same address twice is polled once.
 */
public final class FeedList {
    private FeedList() {
    }

    public static List<FeedSource> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read feed list " + file + ": " + e.getMessage(), e);
        }
        return parse(lines);
    }

    static List<FeedSource> parse(List<String> lines) {
        Map<String, FeedSource> out = new LinkedHashMap<>();
        boolean first = true;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (first && line.toLowerCase(java.util.Locale.ROOT).startsWith("source_id,")) {
                first = false;
                continue;  // the OEDA header
            }
            first = false;
            String[] parts = line.split("[,\t]");
            String url = null, name = null;
            for (String p : parts) {
                String v = p.strip();
                if (url == null && v.matches("(?i)https?://\\S+")) url = v;
                else if (name == null && url == null && !v.isEmpty()) name = v;
            }
            if (url == null) continue;
            out.putIfAbsent(url, new FeedSource(name != null ? name : host(url), url));
        }
        return new ArrayList<>(out.values());
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h != null ? h : url;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
