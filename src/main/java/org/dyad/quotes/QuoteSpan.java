package org.dyad.quotes;

/**
 * One quotation found in the cleaned text, before attribution.
 *
 * @param text      the quoted words without the quote marks; paragraphs of a multi-paragraph quote
 *                  are joined by {@code "\n"} with their re-opening marks removed
 * @param begin     offset of the first quoted character in the cleaned text
 * @param markBegin offset of the opening quote mark
 * @param markEnd   offset just after the closing mark, or the end of the last paragraph when the
 *                  quote was never closed
 * @param closed    whether a closing mark ended the quote
 */
record QuoteSpan(String text, int begin, int markBegin, int markEnd, boolean closed) {

    /** Number of words in the quote; scare quotes have very few. */
    int words() {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    boolean contains(int offset) {
        return offset >= markBegin && offset < markEnd;
    }
}
