package org.dyad.dictionary;

/**
 * An actor phrase found in a word sequence.
 *
 * @param code   the code valid on the requested date ({@code ---} when the actor is known but
 *               none of its codes applies); may hold several actors joined by {@code /}
 * @param start  index of the first matched word
 * @param end    index just past the last matched word (words skipped by a blank connector
 *               count as part of the span)
 * @param phrase the dictionary phrase that matched
 */
public record ActorMatch(String code, int start, int end, String phrase) {
    public int length() {
        return end - start;
    }
}
