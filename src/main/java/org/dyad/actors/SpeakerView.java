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

    /** the article's one entity memory: a speaker is the entity its mention was made from */
    final ArticleMemory memory;

    SpeakerView(String text, List<Sentence> sentences, List<FoundQuote> quotes, ResolvedActors actors) {
        // a transcript turn is a speaker's words, but not within quote marks
        super(text, sentences, b -> quotes.stream().anyMatch(q -> q.kind() != FoundQuote.Kind.TRANSCRIPT
                && b >= q.markBegin() && b < q.markEnd()));
        this.people = actors.people();
        this.memory = actors.memory;
    }

    /**
     * The speaker an entity of the resolution is, as the phrase names them this time. The sector a title gave
     * counts only with a country: an analyst's "director" is no government's.
     */
    Speaker speaker(Entity e, String phrase, String head) {
        return new Speaker(e.name, e.country, e.country == null ? null : e.sector, phrase, head, true, false);
    }

    /**
     * The speaker a mention names: the entity the resolution made it from, with its fullest name and the role the
     * article finally gave it, else the mention as it stands (a state or body, made afresh at each mention). The
     * country is the one the mention carries, as the resolution placed the person at that point of the article.
     */
    Speaker speaker(ActorMention m, String phrase, String head, boolean named, boolean vague) {
        Entity e = m.kind() == org.dyad.article.ActorKind.PERSON || m.kind() == org.dyad.article.ActorKind.ANAPHOR
                ? memory.of(m) : null;
        if (e == null) return new Speaker(SpeakerResolver.nameOf(m), m.country(), m.sector(), phrase, head, named, vague);
        // measured: the entity's final country instead gives dev/voa quotes.country +0.006 but events.recall -0.008,
        // all three events from one article
        String country = m.country() != null ? m.country() : e.country;
        return new Speaker(e.name, country, country == null ? null : e.sector, phrase, head, named, vague);
    }

    /** The person the resolution found at token t of the sentence at position s (a name or a pronoun's antecedent), or null. */
    ActorMention personAt(int s, int t) {
        int index = sentences.get(s).index();
        for (ActorMention m : people) if (m.sentence() == index && m.tokenBegin() <= t && t < m.tokenEnd()) return m;
        return null;
    }
}
