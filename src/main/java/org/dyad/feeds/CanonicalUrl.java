package org.dyad.feeds;

import org.dyad.knowledge.KnowledgeFiles;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one address an article is known by: scheme and host in lower case, default port, fragment and
 * tracking parameters (knowledge file {@code tracking-parameters.txt}) dropped, the remaining query
 * parameters sorted, an empty path made "/". Two feed links to the same page become equal; two
 * different pages never do (only parameters that name no content are dropped).
 */
public final class CanonicalUrl {
    private final List<String> exact = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();

    public CanonicalUrl(List<String> trackingParameters) {
        for (String p : trackingParameters) {
            String k = p.toLowerCase(Locale.ROOT);
            if (k.endsWith("*")) prefixes.add(k.substring(0, k.length() - 1));
            else exact.add(k);
        }
    }

    /** With the bundled (and --knowledge) list of tracking parameters. */
    public static CanonicalUrl load() {
        return new CanonicalUrl(KnowledgeFiles.entries("tracking-parameters.txt"));
    }

    /** The canonical form, or the address stripped of blanks when it does not parse as http(s). */
    public String of(String url) {
        String u = url.strip();
        URI uri;
        try {
            uri = URI.create(u.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return u;
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null) return u;
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) return u;
        String host = uri.getHost() != null ? uri.getHost().toLowerCase(Locale.ROOT) : uri.getRawAuthority().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        StringBuilder sb = new StringBuilder(scheme).append("://").append(host);
        if (!defaultPort) sb.append(':').append(port);
        sb.append(path);
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) sb.append('?').append(query);
        return sb.toString();
    }

    private String query(String raw) {
        if (raw == null || raw.isEmpty()) return "";
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!tracking(name)) kept.add(pair);
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    private boolean tracking(String name) {
        if (exact.contains(name)) return true;
        for (String p : prefixes) if (name.startsWith(p)) return true;
        return false;
    }
}
