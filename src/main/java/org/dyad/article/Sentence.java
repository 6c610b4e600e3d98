package org.dyad.article;

import java.util.List;

/**
 * One annotated sentence of the cleaned text.
 *
 * @param index        0-based position in the article
 * @param paragraph    0-based index of the paragraph (line of the cleaned text) it belongs to
 * @param begin        character offset in {@link CleanArticle#text()}
 * @param parse        constituency tree whose leaves index {@link #tokens()}, or null when not parsed
 * @param dependencies dependency edges over {@link #tokens()}
 */
public record Sentence(int index, int paragraph, String text, int begin, int end, List<Token> tokens,
                       ParseNode parse, List<Dependency> dependencies, List<EntityMention> entities,
                       List<TimeExpression> times) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
    }
}
