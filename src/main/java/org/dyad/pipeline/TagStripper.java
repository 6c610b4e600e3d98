package org.dyad.pipeline;

/**
 * The text of an HTML page by a linear scan, for the page jsoup's tree builder cannot parse
 * (thousands of unclosed nested formatting tags made it throw; deep nesting can overflow a
 * recursive walk): tags go, block-level tags become line breaks, script and style bodies are
 * dropped, the common entities are decoded. Cruder than the cleaner's extraction, but it cannot
 * fail, so the article is still coded.
 */
final class TagStripper {
    private TagStripper() {
    }

    /** Nesting beyond which a page is read by this stripper rather than parsed into a tree. */
    static final int MAX_DEPTH = 5_000;

    private static final java.util.Set<String> NO_CLOSE = java.util.Set.of("br", "img", "meta", "link", "input", "hr",
            "source", "wbr", "area", "base", "col", "embed", "param", "track", "p", "li", "td", "tr", "th", "option", "dt", "dd", "!--", "");

    /** The deepest run of open tags, counting elements that need no closing tag as closed. */
    static int nestingDepth(String html) {
        int depth = 0, max = 0, i = 0, n = html.length();
        while ((i = html.indexOf('<', i)) >= 0 && i + 1 < n) {
            int close = html.indexOf('>', i + 1);
            if (close < 0) break;
            String tag = tagName(html, i + 1, close);
            boolean closing = html.charAt(i + 1) == '/';
            boolean selfClosing = html.charAt(close - 1) == '/';
            if (!NO_CLOSE.contains(tag) && !selfClosing && !html.startsWith("!", i + 1)) {
                if (closing) depth = Math.max(0, depth - 1);
                else max = Math.max(max, ++depth);
            }
            i = close + 1;
        }
        return max;
    }

    static String text(String html) {
        StringBuilder out = new StringBuilder(Math.min(html.length(), 1 << 20));
        int i = 0, n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                out.append(c);
                i++;
                continue;
            }
            int close = html.indexOf('>', i + 1);
            if (close < 0) break; // an unterminated tag: the rest is markup
            String tag = tagName(html, i + 1, close);
            boolean closing = i + 1 < n && html.charAt(i + 1) == '/';
            if (!closing && (tag.equals("script") || tag.equals("style") || tag.equals("noscript"))) {
                int end = indexOfIgnoreCase(html, "</" + tag, close + 1);
                if (end < 0) break;
                int endClose = html.indexOf('>', end);
                i = endClose < 0 ? n : endClose + 1;
                continue;
            }
            if (tag.equals("!--")) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (isBlock(tag)) out.append('\n');
            i = close + 1;
        }
        return unescape(out.toString());
    }

    private static String tagName(String s, int from, int to) {
        int i = from;
        if (i < to && s.charAt(i) == '/') i++;
        if (s.startsWith("!--", i)) return "!--";
        int j = i;
        while (j < to && (Character.isLetterOrDigit(s.charAt(j)))) j++;
        return s.substring(i, j).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isBlock(String t) {
        return switch (t) {
            case "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
                    "article", "header", "footer", "blockquote", "pre", "hr", "title", "body", "nav", "aside", "figure",
                    "figcaption", "dd", "dt" -> true;
            default -> false;
        };
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        int max = s.length() - what.length();
        for (int i = from; i <= max; i++) if (s.regionMatches(true, i, what, 0, what.length())) return i;
        return -1;
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) return s;
        return s.replace("&nbsp;", " ").replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
