package org.dyad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.dyad.article.RawArticle;
import org.dyad.output.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the inputs named on the command line into {@link SourceItem}s.
 *
 * <p>Accepted: {@code .txt} (plain text), {@code .html}/{@code .htm}, {@code .jsonl} (one article a
 * line: {@code id}, {@code text} or {@code html}, optional {@code published}, {@code url},
 * {@code title}), folders of these (recursively, in name order), and {@code -} for stdin (JSON
 * Lines when it starts with "{", else one plain-text article).
 */
public final class ArticleSources {
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    /** Expands the inputs; items come in input order, folders sorted by name. */
    public List<SourceItem> read(List<String> inputs, InputStream stdin) {
        List<SourceItem> out = new ArrayList<>();
        for (String in : inputs) {
            if (in.equals("-")) {
                readStdin(stdin, out);
                continue;
            }
            Path p = Path.of(in);
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(Files::isRegularFile).filter(ArticleSources::isArticleFile).sorted()
                            .forEach(f -> readFile(f, out));
                } catch (IOException e) {
                    out.add(new SourceItem.Unreadable(stem(p), in, "cannot list folder: " + e.getMessage()));
                }
            } else {
                readFile(p, out);
            }
        }
        return out;
    }

    static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".jsonl");
    }

    private void readFile(Path p, List<SourceItem> out) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isReadable(p)) {
            out.add(new SourceItem.Unreadable(stem(p), name, "cannot read " + p + ": no such file or not readable"));
            return;
        }
        try {
            if (lower.endsWith(".jsonl")) {
                readJsonLines(Files.newBufferedReader(p, StandardCharsets.UTF_8), stem(p), name, out);
                return;
            }
            out.add(fileItem(name, p.toString(), Files.readAllBytes(p)));
        } catch (IOException | RuntimeException e) {
            out.add(new SourceItem.Unreadable(stem(p), name, "cannot read " + p + ": " + e.getMessage()));
        }
    }

    /**
     * One {@code .txt} or {@code .html} file's bytes as an article (id: the name's stem); not UTF-8 is
     * an Unreadable item. Public for readers of files that are not on this machine (the dyad-spark job).
     *
     * @param name file name (the article's source), {@code where} the path for messages
     */
    public static SourceItem fileItem(String name, String where, byte[] bytes) {
        String stem = stem(Path.of(name));
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new SourceItem.Unreadable(stem, name, "cannot read " + where + ": not UTF-8 text (a binary file?)");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean html = lower.endsWith(".html") || lower.endsWith(".htm") || looksLikeHtml(content);
        return new SourceItem.Article(new RawArticle(stem, name, content, html, null, null, null));
    }

    private void readStdin(InputStream stdin, List<SourceItem> out) {
        try {
            String all = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            if (all.stripLeading().startsWith("{")) {
                readJsonLines(new BufferedReader(new java.io.StringReader(all)), "stdin", "stdin", out);
            } else {
                out.add(new SourceItem.Article(new RawArticle("stdin", "stdin", all, looksLikeHtml(all), null, null, null)));
            }
        } catch (IOException e) {
            out.add(new SourceItem.Unreadable("stdin", "stdin", "cannot read stdin: " + e.getMessage()));
        }
    }

    private void readJsonLines(BufferedReader r, String stem, String name, List<SourceItem> out) throws IOException {
        try (r) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                out.add(jsonItem(line, stem + "-" + n, name + ":" + n));
            }
        }
    }

    /**
     * One JSONL line as an article; a bad line is an Unreadable item that keeps its line number as id.
     * Public for readers of lines that are not on this machine (the dyad-spark job).
     */
    public static SourceItem jsonItem(String line, String fallbackId, String where) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(line);
        } catch (IOException e) {
            return new SourceItem.Unreadable(fallbackId, where, "not JSON: " + firstLine(e.getMessage()));
        }
        if (!node.isObject()) return new SourceItem.Unreadable(fallbackId, where, "not a JSON object");
        String id = text(node, "id");
        if (id == null || id.isBlank()) id = fallbackId;
        String url = text(node, "url");
        String source = url != null ? url : where;
        String html = text(node, "html");
        String body = text(node, "text");
        if (html == null && body == null)
            return new SourceItem.Unreadable(id, source, "no \"text\" or \"html\" field");
        String pub = text(node, "published");
        LocalDate published = null;
        if (pub != null) {
            Matcher m = ISO_DAY.matcher(pub.trim());
            if (m.find()) {
                try {
                    published = LocalDate.parse(m.group(1));
                } catch (RuntimeException ignored) {
                    // a malformed given date is no date: the dater will look in the text instead
                }
            }
        }
        boolean isHtml = html != null;
        return new SourceItem.Article(new RawArticle(id, source, isHtml ? html : body, isHtml, published, url, text(node, "title")));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static boolean looksLikeHtml(String s) {
        String head = s.stripLeading().toLowerCase(Locale.ROOT);
        head = head.substring(0, Math.min(head.length(), 500));
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body") || head.contains("<p>");
    }

    static String stem(Path p) {
        String n = p.getFileName() == null ? p.toString() : p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
