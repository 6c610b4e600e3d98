package org.dyad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.dyad.article.RawArticle;
import org.dyad.output.Json;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The articles of a JSON Lines stream, one line read per item asked for.
 *
 * <p>A line is an object with {@code text} or {@code html} (strings), and optional {@code id}
 * (string or integer), {@code published} (a date: ISO {@code 2024-05-01} with or without a time,
 * RFC 1123 {@code Wed, 1 May 2024 10:00:00 GMT}, {@code 2024/05/01}, {@code May 1, 2024},
 * {@code 1 May 2024}), {@code url} and {@code title} (strings); other fields are ignored. A blank
 * line is skipped. Any other line is an {@link SourceItem.Unreadable} whose message names the
 * line and the field ("line 3: field "text" must be a string, not a number").
 */
final class JsonLineReader implements Iterator<SourceItem> {
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ]|Z)");
    private static final List<DateTimeFormatter> OTHER_DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));

    private final ByteLines lines;
    private final String stem;
    private final String name;
    private final TextDecoder decoder;
    private SourceItem next;
    private boolean closed;

    JsonLineReader(ByteLines lines, String stem, String name, TextDecoder decoder) {
        this.lines = lines;
        this.stem = stem;
        this.name = name;
        this.decoder = decoder;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !closed) {
            ByteLines.Line line;
            try {
                line = lines.next();
            } catch (IOException e) {
                close();
                next = new SourceItem.Unreadable(stem + "-read-error", name, "cannot read " + name + ": " + e.getMessage());
                return true;
            }
            if (line == null) {
                close();
                break;
            }
            next = item(line);
        }
        return next != null;
    }

    @Override
    public SourceItem next() {
        if (!hasNext()) throw new NoSuchElementException();
        SourceItem s = next;
        next = null;
        return s;
    }

    private void close() {
        closed = true;
        try {
            lines.close();
        } catch (IOException ignored) {
            // nothing was written: a failed close loses nothing
        }
    }

    /** One line as an item; null for a blank line. */
    private SourceItem item(ByteLines.Line line) {
        int n = line.number();
        String fallbackId = stem + "-" + n;
        String where = name + ":" + n;
        if (line.cut())
            return new SourceItem.Unreadable(fallbackId, where, "line " + n + " is " + line.length()
                    + " bytes, over the limit of " + line.bytes().length + " (--max-input-bytes)");
        if (isBlank(line.bytes())) return null;
        TextDecoder.Decoded text;
        try {
            text = decoder.decode(line.bytes(), false);
        } catch (TextDecoder.NotText e) {
            return new SourceItem.Unreadable(fallbackId, where, "line " + n + ": " + e.getMessage());
        }
        return parse(text.text(), fallbackId, where, n, text.warnings());
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) if (x != ' ' && x != '\t' && x != '\r' && x != '\f') return false;
        return true;
    }

    /** One JSON line as an article; a bad line is an Unreadable item that keeps its line number as id. */
    static SourceItem parse(String line, String fallbackId, String where, int n, List<String> readWarnings) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(line);
        } catch (IOException | RuntimeException e) {
            return new SourceItem.Unreadable(fallbackId, where, "line " + n + ": not JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) return new SourceItem.Unreadable(fallbackId, where, "line " + n + ": not a JSON object");
        try {
            String id = idField(node);
            if (id == null || id.isBlank()) id = fallbackId;
            String url = string(node, "url");
            String source = url != null ? url : where;
            String html = string(node, "html");
            String body = string(node, "text");
            if (html == null && body == null)
                throw new FieldError("no \"text\" or \"html\" field");
            LocalDate published = published(node);
            String title = string(node, "title");
            List<String> warnings = new ArrayList<>(readWarnings);
            if (html != null && body != null) warnings.add("both \"html\" and \"text\" given: \"html\" was coded");
            boolean isHtml = html != null;
            return new SourceItem.Article(new RawArticle(id, source, isHtml ? html : body, isHtml, published, url, title), warnings);
        } catch (FieldError e) {
            String id = node.get("id") != null && node.get("id").isValueNode() && !node.get("id").asText().isBlank()
                    ? node.get("id").asText() : fallbackId;
            return new SourceItem.Unreadable(id, where, "line " + n + ": " + e.getMessage());
        }
    }

    private static final class FieldError extends Exception {
        FieldError(String message) {
            super(message, null, false, false);
        }
    }

    private static String idField(JsonNode node) throws FieldError {
        JsonNode v = node.get("id");
        if (v == null || v.isNull()) return null;
        if (v.isTextual()) return v.asText();
        if (v.isIntegralNumber()) return v.asText();
        throw new FieldError("field \"id\" must be a string or an integer, not " + kind(v));
    }

    private static String string(JsonNode node, String field) throws FieldError {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new FieldError("field \"" + field + "\" must be a string, not " + kind(v));
        return v.asText();
    }

    private static LocalDate published(JsonNode node) throws FieldError {
        String pub = string(node, "published");
        if (pub == null || pub.isBlank()) return null;
        LocalDate d = date(pub.strip());
        if (d == null)
            throw new FieldError("field \"published\" is not a date: \"" + abbreviate(pub) + "\" (want YYYY-MM-DD, "
                    + "an ISO date-time or an RFC 1123 date)");
        return d;
    }

    /** The calendar day a date string names, or null. */
    static LocalDate date(String s) {
        Matcher m = ISO_DAY.matcher(s);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                return null; // 2024-13-45: a malformed date, not another format
            }
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // next format
        }
        try {
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // next format
        }
        for (DateTimeFormatter f : OTHER_DATES) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        return null;
    }

    private static String kind(JsonNode v) {
        if (v.isNumber()) return "a number";
        if (v.isBoolean()) return "a boolean";
        if (v.isArray()) return "an array";
        if (v.isObject()) return "an object";
        return v.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
