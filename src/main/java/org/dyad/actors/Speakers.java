package org.dyad.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.dyad.article.AnnotatedArticle;
import org.dyad.article.FoundQuote;
import org.dyad.article.Quote;
import org.dyad.article.QuoteFindings;
import org.dyad.article.SpeakerCue;
import org.dyad.knowledge.SpeechWords;

/**
 * Names the speaker of every quotation the quotes stage found, through the article's actor mentions:
 * the words of a quotation's cue resolve like any other mention ({@link SpeakerResolver}); a quotation
 * with no cue that opens its sentence continues the last speaker; "the article says" goes to the outlet the
 * article cited. Needs no dictionaries (the mentions carry what they gave), so it is built freely;
 * stateless, the per-article memory lives in one call.
 */
public final class Speakers {
    private final SpeakerResolver resolver = new SpeakerResolver();

    /**
     * The quotes of the article in text order, each with its speaker, country and sector where known.
     *
     * @param found    what the quotes stage found in this article
     * @param mentions the actor mentions of the article (any order); pronoun and title mentions carry the
     *                 canonical name of the actor they refer to
     */
    public List<Quote> attribute(AnnotatedArticle article, QuoteFindings found, List<ActorMention> mentions) {
        return attribute(article, found, new ResolvedActors(mentions, List.of()));
    }

    /**
     * As {@link #attribute(AnnotatedArticle, QuoteFindings, List)}, through the whole of the actors stage's
     * resolution: its mentions, and the people it named who are no actors (an analyst, a witness), so that "he
     * said" means whom the resolution says it means.
     */
    public List<Quote> attribute(AnnotatedArticle article, QuoteFindings found, ResolvedActors actors) {
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(actors, "actors");
        List<ActorMention> mentions = actors.mentions();
        List<Quote> out = new ArrayList<>();
        if (article.sentences().isEmpty()) return out;
        SpeakerView v = new SpeakerView(article.article().text(), article.sentences(), found.quotes(), actors);
        SpeakerMemory memory = new SpeakerMemory();
        int outlet = 0;
        for (FoundQuote q : found.quotes()) {
            int s = v.positionOf(q.sentence());
            if (q.kind() != FoundQuote.Kind.TRANSCRIPT) {
                // the outlets cited up to the quotation's sentence, the latest one last
                for (; outlet < found.outlets().size() && v.positionOf(found.outlets().get(outlet).sentence()) <= s; outlet++)
                    notePublication(v, found.outlets().get(outlet), mentions, memory);
            }
            Speaker speaker = null;
            switch (q.kind()) {
                case HEADING, PHRASE -> {
                }
                case SPEECH -> {
                    speaker = q.cue() == null ? null : resolve(v, q.cue(), mentions, memory);
                    if (speaker == null && q.continues()) speaker = memory.last();
                    if (speaker != null) memory.add(speaker, q.cue() == null ? s : v.positionOf(q.cue().sentence()));
                    if (speaker != null && q.cue() != null) noteDocument(v, v.positionOf(q.cue().sentence()), speaker, memory);
                }
                case TRANSCRIPT -> speaker = q.cue() == null ? null : resolve(v, q.cue(), mentions, memory);
            }
            for (Quote part : q.parts()) {
                out.add(speaker == null ? part : new Quote(part.text(), speaker.name(), speaker.country(), speaker.sector(),
                        part.sentence(), part.begin()));
            }
        }
        out.sort(Comparator.comparingInt(Quote::begin));
        return out;
    }

    private Speaker resolve(SpeakerView v, SpeakerCue cue, List<ActorMention> mentions, SpeakerMemory memory) {
        return resolver.resolve(v, v.positionOf(cue.sentence()), cue.tokenBegin(), cue.tokenEnd(), mentions, memory);
    }

    /** "X said in a statement": remember X as the issuer of the statement a later "the statement said" means. */
    private static void noteDocument(SpeakerView v, int s, Speaker speaker, SpeakerMemory memory) {
        if (speaker.vague()) return;
        for (int t = 0; t < v.size(s); t++) {
            String w = v.lower(s, t);
            if (!v.quoted(s, t) && SpeechWords.DOCUMENTS.contains(w)) memory.issued(w, speaker);
        }
    }

    /** Remember an outlet the article cites ("Le Monde reports this") for "the article says". */
    private static void notePublication(SpeakerView v, SpeakerCue c, List<ActorMention> mentions, SpeakerMemory memory) {
        int s = v.positionOf(c.sentence());
        if (!SpeakerResolver.hasProperName(v, s, c.tokenBegin(), c.tokenEnd())) return;
        for (int t = c.tokenBegin(); t < c.tokenEnd(); t++) {
            String w = v.lower(s, t);
            if ("PERSON".equals(v.token(s, t).ner()) || SpeechWords.ROLES.contains(w) || SpeechWords.MEDIA.contains(w)
                    || SpeechWords.PRONOUNS.contains(w)) {
                return;
            }
        }
        List<ActorMention> over = SpeakerResolver.overlapping(v, s, c.tokenBegin(), c.tokenEnd(), mentions);
        String phrase = v.span(s, c.tokenBegin(), c.tokenEnd());
        for (ActorMention m : over) {
            if (m.kind() != ActorKind.ORGANIZATION) return;
        }
        ActorMention org = over.isEmpty() ? null : over.get(0);
        memory.publication(org == null
                ? new Speaker(phrase, null, null, phrase, "", true, false)
                : new Speaker(SpeakerResolver.nameOf(org), org.country(), org.sector(), phrase, "", true, false));
    }
}
