package org.dyad.web;

import org.dyad.article.Factuality;
import org.dyad.article.PloverType;
import org.dyad.query.Granularity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads and checks the query parameters of one request. A missing optional parameter is null; a
 * present but unusable one is a {@link BadRequest} that says which parameter and what was expected,
 * so the page (or a script) can show the reason.
 */
final class RequestParams {
    /** A CAMEO country or body code: ISO alpha-3 (GBR) or a short body code (NATO, EUR, IGO). */
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9]{1,7}");
    static final int MAX_LIMIT = 5000;

    private final Function<String, String> raw;

    /** @param raw the request's query parameter by name (null when absent) */
    RequestParams(Function<String, String> raw) {
        this.raw = raw;
    }

    String string(String name) {
        String v = raw.apply(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    String country(String name) {
        String v = string(name);
        if (v == null) return null;
        if (!CODE.matcher(v).matches())
            throw new BadRequest(name + " must be a country or body code like GBR, not '" + v + "'");
        return v.toUpperCase(Locale.ROOT);
    }

    String requiredCountry(String name) {
        String v = country(name);
        if (v == null) throw new BadRequest(name + " is required (a country code like GBR)");
        return v;
    }

    LocalDate date(String name) {
        String v = string(name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " must be a date like 2023-03-10, not '" + v + "'");
        }
    }

    /** The [from, to] pair; refused when from is after to. */
    LocalDate[] dateRange() {
        LocalDate from = date("from"), to = date("to");
        if (from != null && to != null && from.isAfter(to))
            throw new BadRequest("from (" + from + ") is after to (" + to + ")");
        return new LocalDate[]{from, to};
    }

    Granularity granularity(Granularity fallback) {
        String v = string("by");
        if (v == null) return fallback;
        try {
            return Granularity.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("by must be week, month or year, not '" + v + "'");
        }
    }

    PloverType type() {
        String v = string("type");
        if (v == null) return null;
        try {
            return PloverType.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("type must be a PLOVER type (AGREE, CONSULT, ... ASSAULT), not '" + v + "'");
        }
    }

    Factuality factuality() {
        String v = string("factuality");
        if (v == null) return null;
        try {
            return Factuality.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("factuality must be happened, planned, possible or denied, not '" + v + "'");
        }
    }

    int limit(int fallback) {
        String v = string("limit");
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= MAX_LIMIT) return n;
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new BadRequest("limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + v + "'");
    }

    boolean flag(String name, boolean fallback) {
        String v = string(name);
        if (v == null) return fallback;
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new BadRequest(name + " must be true or false, not '" + v + "'");
        };
    }

    static long id(String name, String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a whole number, not '" + v + "'");
        }
    }
}
