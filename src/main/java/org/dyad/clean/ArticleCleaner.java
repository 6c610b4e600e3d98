package org.dyad.clean;

import org.dyad.article.ArticleException;
import org.dyad.article.CleanArticle;
import org.dyad.article.RawArticle;
import org.dyad.article.RemovedLine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cleaning stage: reduces a scraped article (plain text or HTML) to the body the coder reads,
 * and reports every line it dropped with the reason.
 *
 * <p>Contract: the text of kept lines is unchanged apart from trimming and collapsing runs of junk
 * characters; kept lines are joined by {@code "\n"} in input order; {@code removed} lists every
 * dropped non-blank line in input order. The headline stays in the text. An article with nothing
 * left throws {@link ArticleException} with stage {@code "clean"}.
 *
 * <p>Reasons: {@code junk} (symbols only), {@code navigation} (menus, share bars, timestamps like
 * "Yesterday"), {@code boilerplate} ("READ MORE: ...", newsletter and app prompts, and lines that are
 * only a byline or a date: their text goes to {@code byline} / {@code dateline}), {@code caption},
 * {@code related_headlines} (a marker like "You may also like" and the headlines under it, or a
 * headline list after the story), {@code footer} (credits, "originally published on", copyright),
 * {@code cookie_notice}, {@code paywall}, {@code language} (confidently another language than the
 * article's, label {@code language:uk}) and {@code duplicate}. For HTML, page chrome outside the
 * article body container (site menu, site footer) is never read and so is not listed; everything
 * inside the container that is dropped is.
 *
 * <p>Build one instance and share it: construction starts loading the language models in the
 * background (a few seconds); {@link #clean} waits for them on first use and holds no per-article
 * state, so threads may call it concurrently.
 */
public final class ArticleCleaner {

    private static final String STAGE = "clean";
    private static final Pattern HTML_START = Pattern.compile("(?i)<!doctype html|<html[\\s>]");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*[\\s/>]");

    private final LanguageIdentifier languages;
    private final LineClassifier classifier;
    private final HtmlExtractor html = new HtmlExtractor();

    public ArticleCleaner() {
        this.languages = new LanguageIdentifier();
        this.classifier = new LineClassifier(languages);
    }

    /**
     * Loads the language models now (otherwise they load when a line first needs them) and waits
     * for them; returns how long it waited in ms.
     *
     * @throws IllegalStateException when the language models cannot be loaded
     */
    public long awaitReady() {
        return languages.awaitLoaded();
    }

    /**
     * Cleans one article.
     *
     * @throws ArticleException when no article text is left after cleaning
     */
    public CleanArticle clean(RawArticle raw) {
        List<Block> blocks;
        String title = blank(raw.title()) ? null : raw.title().strip();
        String byline = null;
        LocalDate given = raw.published();
        if (isHtml(raw)) {
            HtmlExtractor.ExtractedPage page = html.extract(raw.content(), raw.url());
            blocks = page.blocks();
            if (title == null) title = page.title();
            byline = page.byline();
            if (given == null) given = page.published();
        } else {
            blocks = Arrays.stream(raw.content().split("\\R")).map(Block::body).toList();
        }

        LineClassifier.Classification c = classifier.classify(blocks, title);
        List<String> kept = new ArrayList<>();
        List<RemovedLine> removed = new ArrayList<>();
        for (LineClassifier.Verdict v : c.verdicts()) {
            if (v.kept()) kept.add(v.text());
            else removed.add(new RemovedLine(v.text(), v.reason(), v.language()));
        }
        if (kept.isEmpty())
            throw new ArticleException(STAGE, "no article text left after cleaning (" + removed.size() + " lines removed)");
        if (title == null) title = headline(kept);
        if (byline == null) byline = c.byline();
        return new CleanArticle(raw.id(), raw.source(), raw.url(), c.language(), title, byline, c.dateline(), given,
                String.join("\n", kept), removed);
    }

    /**
     * The headline: the first kept line that reads like one (short, no full stop), looking only above
     * the first line of prose and past one-word section labels ("Ukraine", "Analysis").
     */
    private static String headline(List<String> kept) {
        for (String line : kept) {
            LineShape s = LineShape.of(line);
            if (s.isHeadlineLike() && s.words() <= 20 && !s.text().endsWith(":")) return line;
            if (s.isProse()) return null;
            if (s.words() > 1) return null;
        }
        return null;
    }

    /**
     * The flag the input came with, corrected when the content plainly says otherwise: a page marked as
     * text but opening with a doctype or html tag is HTML, and "HTML" without a single tag is text
     * (parsing it as HTML would run all its lines into one).
     */
    private static boolean isHtml(RawArticle raw) {
        String head = raw.content().stripLeading();
        if (!raw.html()) return HTML_START.matcher(head.substring(0, Math.min(head.length(), 200))).lookingAt();
        return TAG.matcher(raw.content()).find();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
