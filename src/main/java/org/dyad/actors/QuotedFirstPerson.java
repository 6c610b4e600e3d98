package org.dyad.actors;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.Quote;
import org.dyad.article.Sentence;
import org.dyad.article.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "We" and "I" inside a quote are its speaker: “We are working with Ukraine,” the spokesman said.
 * Turns those pronouns into anaphor mentions of the speaker's country and sector, so that events
 * stated in quoted speech are coded with the speaker as source: coreference like any other, so it sits
 * with the actors stage's resolver. Stateless.
 */
public final class QuotedFirstPerson {
    private static final Set<String> FIRST_PERSON = Set.of("we", "i");

    /**
     * Anaphor mentions for first-person subject pronouns inside attributed quotes.
     *
     * @param existing mentions already resolved; a pronoun one of them covers is left alone
     */
    public List<ActorMention> mentions(AnnotatedArticle article, List<Quote> quotes, List<ActorMention> existing) {
        List<ActorMention> out = new ArrayList<>();
        String text = article.article().text();
        for (Quote q : quotes) {
            if (q.country() == null || q.speaker() == null || q.text() == null) continue;
            int begin = q.begin();
            int end = end(text, q);
            for (Sentence s : article.sentences()) {
                if (s.end() <= begin || s.begin() >= end) continue;
                for (Token t : s.tokens()) {
                    if (t.begin() < begin || t.end() > end) continue;
                    if (!FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT)) || covered(existing, s.index(), t.index())) continue;
                    String code = q.sector() == null ? q.country() : q.country() + q.sector();
                    out.add(new ActorMention(q.speaker(), t.word(), q.country(), q.sector(), code, s.index(),
                            t.index(), t.index() + 1, ActorKind.ANAPHOR));
                }
            }
        }
        return out;
    }

    /** Where the quote ends in the text: its last words found after its start, else its length. */
    private static int end(String text, Quote q) {
        String body = q.text().strip();
        String tail = body.substring(Math.max(0, body.length() - 24));
        int at = tail.isEmpty() ? -1 : text.indexOf(tail, Math.max(0, q.begin()));
        return at >= 0 ? at + tail.length() : Math.min(text.length(), q.begin() + body.length());
    }

    private static boolean covered(List<ActorMention> mentions, int sentence, int token) {
        for (ActorMention m : mentions)
            if (m.sentence() == sentence && token >= m.tokenBegin() && token < m.tokenEnd()) return true;
        return false;
    }
}
