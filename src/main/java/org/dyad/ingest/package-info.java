/**
 * The ingest stage: turns command-line inputs (files, folders, JSON Lines, stdin) into
 * {@link org.dyad.article.RawArticle}s with stable ids, telling plain text from HTML. An input that
 * cannot be read becomes an {@link org.dyad.ingest.SourceItem.Unreadable} item, never an exception,
 * so the batch goes on and the input still gets its output line.
 */
package org.dyad.ingest;
