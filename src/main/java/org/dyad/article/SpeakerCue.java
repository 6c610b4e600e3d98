package org.dyad.article;

/**
 * The words that name who said something, as the quotes stage finds them: tokens
 * [tokenBegin, tokenEnd) of the sentence with index {@code sentence}. The actors stage says whom they mean.
 */
public record SpeakerCue(int sentence, int tokenBegin, int tokenEnd) {
}
