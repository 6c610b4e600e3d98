package org.dyad.article;

/** Where an event took place, when the sentence says. */
public record Location(String name, String country) {
}
