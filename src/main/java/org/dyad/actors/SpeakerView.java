package org.dyad.actors;

import java.util.List;

import org.dyad.article.ActorMention;
import org.dyad.article.FoundQuote;
import org.dyad.article.Sentence;
import org.dyad.article.WrittenTokens;

/**
 * One article's sentences read through its text, for naming speakers: the quotations the quotes stage
 * found (see {@link WrittenTokens}) and the people the resolution found. Built per call; never shared
 * between articles.
 */
final class SpeakerView extends WrittenTokens {

    /** every person the actors stage's resolution named or referred to, political or not */
    final List<ActorMention> people;

    SpeakerView(String text, List<Sentence> sentences, List<FoundQuote> quotes, List<ActorMention> people) {
        // a transcript turn is a speaker's words, but not within quote marks
        super(text, sentences, b -> quotes.stream().anyMatch(q -> q.kind() != FoundQuote.Kind.TRANSCRIPT
                && b >= q.markBegin() && b < q.markEnd()));
        this.people = people;
    }

    /** The person the resolution found at token t of the sentence at position s (a name or a pronoun's antecedent), or null. */
    ActorMention personAt(int s, int t) {
        int index = sentences.get(s).index();
        for (ActorMention m : people) if (m.sentence() == index && m.tokenBegin() <= t && t < m.tokenEnd()) return m;
        return null;
    }
}
