package org.dyad.feeds;

/** A feed to poll: a short name (the OEDA list's source_id, else the host) and its address. */
public record FeedSource(String name, String url) {
}
