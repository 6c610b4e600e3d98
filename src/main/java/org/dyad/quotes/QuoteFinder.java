package org.dyad.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations in a cleaned article text (paragraphs separated by {@code "\n"}).
 *
 * <p>Quote marks are double quotes of every style ({@code " “ ” „ ‟ « »}). Whether a mark opens or
 * closes is read from its neighbours first and from its glyph only when the neighbours do not tell,
 * because scraped news often closes a quote with the wrong glyph (a quote opened with “ and closed
 * with » or with a stray “ before the full stop). Marks nest, so a quote inside a quote stays inside.
 * Single quotes ({@code ' ‘ ’}) delimit quotes too (some outlets quote with them), read strictly since
 * they double as apostrophes; a single-quoted span inside a double-quoted one is part of it.
 *
 * <p>A quote still open at the end of its paragraph continues into the next paragraph when that
 * paragraph re-opens with a quote mark (news style) or closes a quote before opening one; otherwise
 * it ends with its paragraph. Only a quote opened at the start of a paragraph or after a colon or
 * comma can run on: a phrase quoted inside a sentence does not swallow the next paragraph.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteFinder {
    private static final String MARKS = "\"“”„‟«»";
    private static final String OPEN_GLYPHS = "“„‟«";
    private static final String CLOSE_GLYPHS = "”»";
    private static final String SINGLE_MARKS = "'‘’";

    /** Every quotation in document order; an empty quote ({@code ""}) is skipped. */
    List<QuoteSpan> find(String text) {
        List<QuoteSpan> out = new ArrayList<>(scan(text, false));
        List<QuoteSpan> doubles = List.copyOf(out);
        for (QuoteSpan q : scan(text, true)) {
            boolean inside = false;
            for (QuoteSpan d : doubles) inside |= d.markBegin() < q.markEnd() && q.markBegin() < d.markEnd();
            if (!inside) out.add(q);
        }
        out.sort(java.util.Comparator.comparingInt(QuoteSpan::markBegin));
        return out;
    }

    /**
     * Quotes delimited by double marks, or by single marks ({@code ' ‘ ’}). Single marks are read
     * strictly because they double as apostrophes: an opening mark needs a space before and a letter
     * after, a closing one a letter or stop before and no letter after, and a single-quoted quote that
     * is never closed is dropped ("the ’90s").
     */
    private List<QuoteSpan> scan(String text, boolean single) {
        List<int[]> paras = paragraphs(text);
        List<QuoteSpan> out = new ArrayList<>();
        int depth = 0;
        int markBegin = -1;
        int pieceStart = -1;
        List<String> parts = new ArrayList<>();
        for (int p = 0; p < paras.size(); p++) {
            int start = paras.get(p)[0];
            int end = paras.get(p)[1];
            int i = start;
            if (depth > 0) {
                // continuing a quote from the previous paragraph: drop its re-opening mark
                int j = skipSpaces(text, start, end);
                if (j < end && role(text, j, start, end, 1, single) == Role.OPEN) {
                    i = j + 1;
                }
                pieceStart = i;
            }
            for (; i < end; i++) {
                Role r = role(text, i, start, end, depth, single);
                if (r == Role.OPEN && depth > 0 && afterStop(text, i, start)) {
                    // “... to the east. “Much of this ...”: a quote re-opened after a full stop means the
                    // open one ended there without its mark (a lost paragraph break)
                    parts.add(text.substring(pieceStart, i));
                    emit(text, markBegin, i, false, parts, out);
                    depth = 0;
                }
                if (r == Role.OPEN) {
                    if (depth == 0) {
                        markBegin = i;
                        pieceStart = i + 1;
                        parts.clear();
                    }
                    depth = single ? 1 : depth + 1;
                } else if (r == Role.CLOSE && depth > 0) {
                    // a nested quote closed with a comma ends the outer one too: by "banning books," said X
                    depth = depth > 1 && i > start && text.charAt(i - 1) == ',' ? 0 : depth - 1;
                    if (depth == 0) {
                        parts.add(text.substring(pieceStart, i));
                        emit(text, markBegin, i + 1, true, parts, out);
                    }
                }
            }
            if (depth > 0) {
                parts.add(text.substring(pieceStart, end));
                if (p + 1 < paras.size() && mayRunOn(text, markBegin)
                        && continues(text, paras.get(p + 1)[0], paras.get(p + 1)[1], single)) {
                    depth = 1;
                } else {
                    if (!single) emit(text, markBegin, end, false, parts, out);
                    parts.clear();
                    depth = 0;
                }
            }
        }
        return out;
    }

    private enum Role { OPEN, CLOSE }

    /** Direction of the mark at {@code i}, given how many quotes are open; null when it is no mark. */
    private static Role role(String text, int i, int start, int end, int depth, boolean single) {
        char g = text.charAt(i);
        if (single) return singleRole(text, i, start, end);
        if (!isMark(g)) return null;
        boolean spaceBefore = i == start || spaceLike(text.charAt(i - 1));
        boolean spaceAfter = i + 1 >= end || endLike(text.charAt(i + 1));
        if (spaceBefore && !spaceAfter) return Role.OPEN;
        if (!spaceBefore && spaceAfter) return Role.CLOSE;
        if (spaceBefore) {
            // detached mark: before punctuation or the line end it closes (`the coming “.`), else the glyph says
            if (depth > 0 && (i + 1 >= end || !Character.isWhitespace(text.charAt(i + 1)))) return Role.CLOSE;
        }
        if (OPEN_GLYPHS.indexOf(g) >= 0) return Role.OPEN;
        if (CLOSE_GLYPHS.indexOf(g) >= 0) return Role.CLOSE;
        return depth > 0 ? Role.CLOSE : Role.OPEN;
    }

    /** The mark at i follows a sentence-ending stop and a space. */
    private static boolean afterStop(String text, int i, int start) {
        int k = i - 1;
        if (k < start || !Character.isWhitespace(text.charAt(k))) return false;
        while (k >= start && Character.isWhitespace(text.charAt(k))) k--;
        return k >= start && ".!?…".indexOf(text.charAt(k)) >= 0;
    }

    private static Role singleRole(String text, int i, int start, int end) {
        char g = text.charAt(i);
        if (SINGLE_MARKS.indexOf(g) < 0) return null;
        char prev = i == start ? ' ' : text.charAt(i - 1);
        char next = i + 1 >= end ? ' ' : text.charAt(i + 1);
        if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) return null; // don't, Russia's
        if (g != '’' && spaceLike(prev) && Character.isLetter(next)) return Role.OPEN;
        if (g != '‘' && (Character.isLetterOrDigit(prev) || ".,!?…".indexOf(prev) >= 0)
                && !Character.isLetterOrDigit(next)) {
            return Role.CLOSE;
        }
        return null;
    }

    /** The next paragraph re-opens the quote, or closes it before opening any other. */
    private static boolean continues(String text, int start, int end, boolean single) {
        int j = skipSpaces(text, start, end);
        if (j < end && role(text, j, start, end, 1, single) == Role.OPEN) return true;
        for (int i = j; i < end; i++) {
            Role r = role(text, i, start, end, 1, single);
            if (r != null) return r == Role.CLOSE;
        }
        return false;
    }

    /** Only a quote that opens its paragraph or follows a colon or comma runs on past it. */
    private static boolean mayRunOn(String text, int markBegin) {
        int k = markBegin - 1;
        while (k >= 0 && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) k--;
        return k < 0 || text.charAt(k) == '\n' || text.charAt(k) == ':' || text.charAt(k) == ',';
    }

    private static void emit(String text, int markBegin, int markEnd, boolean closed, List<String> parts,
                             List<QuoteSpan> out) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            String s = part.strip();
            if (s.isEmpty()) continue;
            if (sb.length() > 0) sb.append('\n');
            sb.append(s);
        }
        parts.clear();
        if (sb.length() == 0) return;
        int begin = skipSpaces(text, markBegin + 1, markEnd);
        out.add(new QuoteSpan(sb.toString(), begin, markBegin, markEnd, closed));
    }

    private static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return out;
    }

    private static int skipSpaces(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    static boolean isMark(char c) {
        return MARKS.indexOf(c) >= 0;
    }

    private static boolean spaceLike(char c) {
        return Character.isWhitespace(c) || "([{—–-/:".indexOf(c) >= 0 || isMark(c) || c == '\'' || c == '‘';
    }

    private static boolean endLike(char c) {
        return Character.isWhitespace(c) || ".,;:!?)]}—–…".indexOf(c) >= 0 || isMark(c) || c == '\'' || c == '’';
    }
}
