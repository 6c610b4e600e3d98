/**
 * Cleaning: the first stage. Turns a {@link org.dyad.article.RawArticle} (scraped plain text or HTML)
 * into a {@link org.dyad.article.CleanArticle}: the article body the coder reads, the headline,
 * byline, dateline and given date found on the way, and every dropped line with its
 * {@link org.dyad.article.RemovalReason}.
 *
 * <p>{@link org.dyad.clean.ArticleCleaner} is the only public type. HTML goes through
 * {@code HtmlExtractor} (jsoup, a density-scored body container competing with Readability's, link share
 * per block, {@code PageDates} for the page's own date); both HTML blocks and plain-text lines then go
 * through the same {@code LineClassifier} (context-free {@code BoilerplateRules}, {@code Datelines},
 * shape-based {@code PageFurniture}, related-headline runs, leading/trailing zones) and
 * {@code LanguageIdentifier} (script rules plus Lingua restricted to a dozen news languages).
 * The rule of the stage: debris must never reach the coder, and a real paragraph must never be lost,
 * so every rule is written to fail towards keeping a line.
 */
package org.dyad.clean;
