package org.dyad.article;

import java.util.List;

/** A cleaned article with its linguistic annotation, sentence by sentence. */
public record AnnotatedArticle(CleanArticle article, List<Sentence> sentences) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }
}
