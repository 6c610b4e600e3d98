/**
 * {@code dyad watch}: RSS and Atom feeds into the event store. Polite fetching ({@link PoliteFetcher}:
 * robots.txt, a User-Agent with a contact, conditional GET, per-host pacing, timeouts, retries with
 * backoff, bounded redirects, a size cap), feed parsing ({@link FeedReader}, Rome), de-duplication by
 * canonical address and page text ({@link CanonicalUrl}, {@link PageFingerprint}), and the loop
 * ({@link FeedPoller} per feed, {@link Watcher} per cycle). The coder is injected as a function, so
 * everything here runs in unit tests without CoreNLP; what is remembered between polls lives in the
 * store ({@code org.dyad.store.FeedLedger}).
 */
package org.dyad.feeds;
