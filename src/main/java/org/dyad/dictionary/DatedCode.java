package org.dyad.dictionary;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One bracketed actor code with an optional date restriction, as in {@code [HOBGOV
 * 19950601 - 19990815]}, {@code [RHO <790606]}, {@code [HOBREB > 990816]} or {@code [USA]}.
 * Bounds are inclusive (PETRARCH-1 semantics). Six-digit dates YYMMDD read YY &lt;= 30 as 20YY.
 *
 * @param from first day the code applies, or null (open)
 * @param to   last day the code applies, or null (open)
 */
public record DatedCode(String code, LocalDate from, LocalDate to) {

    public boolean restricted() {
        return from != null || to != null;
    }

    public boolean appliesOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** Parses the text inside the brackets; throws IllegalArgumentException when malformed. */
    public static DatedCode parse(String inside) {
        String s = inside.trim();
        if (s.isEmpty()) throw new IllegalArgumentException("empty code []");
        int sp = 0;
        while (sp < s.length() && !Character.isWhitespace(s.charAt(sp)) && s.charAt(sp) != '<'
                && s.charAt(sp) != '>') sp++;
        String code = s.substring(0, sp);
        String rest = s.substring(sp).trim();
        if (code.isEmpty()) throw new IllegalArgumentException("date restriction without a code: [" + inside + "]");
        code = code.toUpperCase(Locale.ROOT);
        if (rest.isEmpty()) return new DatedCode(code, null, null);
        if (rest.startsWith("<")) return new DatedCode(code, null, date(rest.substring(1)));
        if (rest.startsWith(">")) return new DatedCode(code, date(rest.substring(1)), null);
        int dash = rest.indexOf('-');
        if (dash < 0) throw new IllegalArgumentException("bad date restriction [" + inside + "]");
        LocalDate a = date(rest.substring(0, dash));
        LocalDate b = date(rest.substring(dash + 1));
        if (b.isBefore(a)) throw new IllegalArgumentException("interval ends before it starts [" + inside + "]");
        return new DatedCode(code, a, b);
    }

    /** YYYYMMDD, or YYMMDD with YY &lt;= 30 meaning 20YY. */
    public static LocalDate date(String text) {
        String d = text.trim();
        if (!d.chars().allMatch(Character::isDigit) || (d.length() != 6 && d.length() != 8))
            throw new IllegalArgumentException("bad date '" + text + "'");
        int year;
        int rest;
        if (d.length() == 8) {
            year = Integer.parseInt(d.substring(0, 4));
            rest = 4;
        } else {
            int yy = Integer.parseInt(d.substring(0, 2));
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            rest = 2;
        }
        return LocalDate.of(year, Integer.parseInt(d.substring(rest, rest + 2)),
                Integer.parseInt(d.substring(rest + 2, rest + 4)));
    }
}
