package org.dyad.clean;

import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an HTML page: its metadata (headline, byline, declared publication date) and the blocks of
 * its article body in reading order, each with what the markup says about it (heading, caption,
 * related-stories box, share bar). Page chrome outside the body container (site menus, footers) is
 * not returned at all; inside the container nothing is dropped here, only hinted, so every dropped
 * line is still reported by the classifier with its reason.
 */
final class HtmlExtractor {

    /** A page reduced to metadata and body blocks. Any field may be null; blocks may be empty. */
    record ExtractedPage(String title, String byline, LocalDate published, List<Block> blocks) {
    }

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "figure", "figcaption", "pre", "table", "tr", "td", "th", "hr", "br", "address", "details", "summary");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "blockquote", "pre", "h2", "h3", "h4");
    private static final List<String> BODY_SELECTORS = List.of("[itemprop=articleBody]", ".article-body", ".article__body", ".articleBody", ".article-content", ".article__content", ".story-body",
            ".story-content", ".entry-content", ".post-content", ".content-body", "#article-body", ".td-post-content",
            "article");
    private static final Set<String> RELATED_TOKENS = Set.of("related", "recommended", "recommendations", "recirculation",
            "trending", "popular", "outbrain", "taboola", "teaser", "teasers", "promo", "newsletter", "signup", "sidebar",
            "widget", "readmore", "rail", "more");
    private static final Set<String> NAVIGATION_TOKENS = Set.of("share", "sharing", "social", "breadcrumb", "breadcrumbs",
            "nav", "navbar", "navigation", "menu", "toolbar", "pagination", "comments", "ad", "ads", "advert",
            "advertisement", "sponsor", "sponsored", "dfp", "taglist");
    /** Containers with less paragraph text than this are not trusted as the article body. */
    private static final int MIN_BODY_CHARS = 200;
    /** How far down the body's blocks a copy of the headline is looked for. */
    private static final int HEADLINE_BLOCKS = 3;

    ExtractedPage extract(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        LocalDate published = PageDates.published(doc, url);
        String byline = byline(doc);
        doc.select("script, style, noscript, iframe, svg, template, button, select, input, link, meta, object, embed")
                .remove();
        // hidden blocks (schema.org copies of the headline and dates, collapsed menus) are not read
        doc.select("[hidden], [style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]").remove();
        // a search or comment form is chrome, but some sites wrap the whole page in one form
        for (Element form : doc.select("form")) if (paragraphChars(form) < MIN_BODY_CHARS && form.text().length() < 5 * MIN_BODY_CHARS) form.remove();
        Element root = bodyContainer(doc);
        String title = title(doc, root);
        List<Block> blocks = blocks(root);
        blocks = readabilityFallback(doc.clone(), url, blocks);
        // the headline is the page's title field, not its body (the body extractors' benchmarks and the lead
        // both leave it out): a copy heading the body is dropped, unless the body is too short to stand alone,
        // when the headline is the text's first line
        if (title != null) {
            List<Block> rest = new ArrayList<>(blocks);
            for (int i = 0; i < Math.min(HEADLINE_BLOCKS, rest.size()); i++)
                if (rest.get(i).text().strip().equals(title)) {
                    rest.remove(i);
                    break;
                }
            if (bodyChars(rest) >= MIN_BODY_CHARS) blocks = rest;
            else if (blocks.stream().noneMatch(b -> b.text().strip().equals(title))) blocks.add(0, new Block(title, Block.Hint.HEADING));
        }
        return new ExtractedPage(title, byline, published, blocks);
    }

    /**
     * When density scoring finds too little text (odd markup, text outside paragraphs), Mozilla's
     * Readability algorithm gets a second look; its container is kept only if it holds more body text.
     * Measured on our fixtures it is 10-50x slower than the scoring above and loses the caption and
     * aside structure, so it is the fallback, not the default.
     */
    private static List<Block> readabilityFallback(Document page, String url, List<Block> blocks) {
        Element content = new Readability4J(url == null ? "" : url, page).parse().getArticleContent();
        if (content == null) return blocks;
        List<Block> alternative = blocks(content);
        return proseChars(alternative) > proseChars(blocks) ? alternative : blocks;
    }

    private static int proseChars(List<Block> blocks) {
        return blocks.stream().filter(b -> b.hint() == Block.Hint.BODY && LineShape.of(b.text()).isProse())
                .mapToInt(b -> b.text().length()).sum();
    }

    private static int bodyChars(List<Block> blocks) {
        return blocks.stream().filter(b -> b.hint() == Block.Hint.BODY).mapToInt(b -> b.text().length()).sum();
    }

    /** The element holding the story: a marked-up body if it has real text, else the densest paragraph parent. */
    private static Element bodyContainer(Document doc) {
        for (String selector : BODY_SELECTORS) {
            Element best = null;
            int bestChars = 0, total = 0;
            List<Element> parts = new ArrayList<>();
            for (Element e : doc.select(selector)) {
                if (hintOfAncestry(e) != Block.Hint.BODY || parts.stream().anyMatch(part -> isInside(e, part))) continue;
                int chars = Math.max(paragraphChars(e), looseTextChars(e));
                parts.add(e);
                total += chars;
                if (chars > bestChars) {
                    best = e;
                    bestChars = chars;
                }
            }
            if (best == null || total < MIN_BODY_CHARS) continue;
            // a body split into several marked blocks (ads or images between them) is read whole,
            // from the blocks' nearest common ancestor
            return bestChars * 10 >= total * 8 ? best : commonAncestor(parts);
        }
        // density scoring: text of paragraphs counts for their parent, text written straight into a
        // div (paragraphs split by <br>) counts for the div itself; half goes one level further up
        Map<Element, Integer> scores = new HashMap<>();
        for (Element e : doc.body() == null ? doc.getAllElements() : doc.body().getAllElements()) {
            boolean paragraph = PARAGRAPH_TAGS.contains(e.normalName());
            int len = paragraph ? e.text().length() : e.ownText().length();
            if (len < 25 || hintOfAncestry(e) != Block.Hint.BODY) continue;
            Element holder = paragraph ? e.parent() : e;
            if (holder == null) continue;
            scores.merge(holder, len, Integer::sum);
            if (holder.parent() != null) scores.merge(holder.parent(), len / 2, Integer::sum);
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(doc.body());
    }

    private static Element commonAncestor(List<Element> parts) {
        Element ancestor = parts.get(0);
        for (Element e : parts) {
            while (ancestor != null && ancestor != e && !isInside(e, ancestor)) ancestor = ancestor.parent();
        }
        return ancestor;
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }

    /**
     * Text written straight into the container and its divisions, paragraphs split by line breaks rather
     * than {@code <p>} (a marked-up body that {@link #paragraphChars} would find empty); links excluded.
     */
    private static int looseTextChars(Element e) {
        int[] chars = {0}, inside = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element x && (x.normalName().equals("a") || x.normalName().equals("p"))) inside[0]++;
                else if (node instanceof TextNode t && inside[0] == 0) {
                    int n = t.text().strip().length();
                    if (n >= 25) chars[0] += n;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element x && (x.normalName().equals("a") || x.normalName().equals("p"))) inside[0]--;
            }
        }, e);
        return chars[0];
    }

    private static int paragraphChars(Element e) {
        int chars = 0;
        for (Element p : e.select("p")) chars += p.text().length();
        return chars;
    }

    /** Text blocks of the container in reading order, split at block elements and line breaks. */
    private static List<Block> blocks(Element root) {
        List<Block> out = new ArrayList<>();
        StringBuilder buffer = new StringBuilder();
        int[] linkChars = {0};
        Block.Hint[] hint = {Block.Hint.BODY};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    if (buffer.isEmpty()) hint[0] = hintOfAncestry(text.parent(), root);
                    buffer.append(text.getWholeText());
                    if (insideLink(text, root)) linkChars[0] += text.text().strip().length();
                } else if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    flush();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) flush();
            }

            private void flush() {
                String t = buffer.toString().replaceAll("\\s+", " ").strip();
                if (!t.isEmpty()) out.add(new Block(t, hint[0], Math.min(1.0, linkChars[0] / (double) t.length())));
                buffer.setLength(0);
                linkChars[0] = 0;
            }
        }, root);
        String rest = buffer.toString().replaceAll("\\s+", " ").strip();
        if (!rest.isEmpty()) out.add(new Block(rest, hint[0], Math.min(1.0, linkChars[0] / (double) rest.length())));
        return out;
    }

    private static boolean insideLink(Node node, Element root) {
        for (Node n = node.parent(); n != null && n != root; n = n.parent())
            if (n instanceof Element e && e.normalName().equals("a")) return true;
        return false;
    }

    private static Block.Hint hintOfAncestry(Node node) {
        return hintOfAncestry(node, null);
    }

    /** The strongest hint among the node and its ancestors up to (not including) the root. */
    private static Block.Hint hintOfAncestry(Node node, Element root) {
        Block.Hint heading = null;
        for (Node n = node; n != null && n != root; n = n.parent()) {
            if (!(n instanceof Element e)) continue;
            Block.Hint h = hintOf(e);
            if (h != Block.Hint.BODY && h != Block.Hint.HEADING) return h;
            if (h == Block.Hint.HEADING && heading == null) heading = h;
        }
        return heading != null ? heading : Block.Hint.BODY;
    }

    private static Block.Hint hintOf(Element e) {
        String tag = e.normalName();
        switch (tag) {
            case "figcaption", "figure", "picture" -> {
                return Block.Hint.CAPTION;
            }
            case "aside" -> {
                return Block.Hint.RELATED;
            }
            case "nav" -> {
                return Block.Hint.NAVIGATION;
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                return Block.Hint.HEADING;
            }
            default -> {
            }
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        boolean related = false;
        for (String token : names.split("[^a-z]+")) {
            if (token.isEmpty()) continue;
            if (NAVIGATION_TOKENS.contains(token)) return Block.Hint.NAVIGATION;
            if (RELATED_TOKENS.contains(token)) related = true;
            if (token.equals("caption") || token.equals("credit")) return Block.Hint.CAPTION;
        }
        return related ? Block.Hint.RELATED : Block.Hint.BODY;
    }

    /** The headline: the body's or page's h1, else og:title, else the title tag without its site name. */
    private static String title(Document doc, Element root) {
        Element h1 = root.selectFirst("h1");
        if (h1 == null) h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) return h1.text().strip();
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) return og.attr("content").strip();
        String t = doc.title();
        if (t == null || t.isBlank()) return null;
        String best = t;
        for (String sep : new String[]{" | ", " - ", " – ", " — "}) {
            if (t.contains(sep)) {
                String first = t.substring(0, t.lastIndexOf(sep)).strip();
                if (first.length() > 10) best = first;
                break;
            }
        }
        return best.strip();
    }

    /** The author line from meta tags or byline markup, without a leading "By". */
    private static String byline(Document doc) {
        List<String> candidates = new ArrayList<>();
        for (Element m : doc.select("meta[name=author], meta[property=article:author], meta[name=byl]"))
            candidates.add(m.attr("content"));
        for (Element e : doc.select("[itemprop=author], [rel=author], .byline, .author, .article-byline"))
            candidates.add(e.text());
        for (String c : candidates) {
            String s = c.replaceFirst("(?i)^\\s*by:?\\s+", "").strip();
            if (!s.isEmpty() && !s.startsWith("http") && s.split("\\s+").length <= 10) return s;
        }
        return null;
    }
}
