package org.dyad.factuality;

import org.dyad.article.Factuality;
import org.dyad.article.Sentence;

/** Placeholder (replaced by the article-events issue). */
public final class FactualityJudge {
    public Factuality judge(Sentence s, int anchor) {
        return Factuality.HAPPENED;
    }
}
