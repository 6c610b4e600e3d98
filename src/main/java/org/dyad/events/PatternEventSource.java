package org.dyad.events;

import org.dyad.article.ActorKind;
import org.dyad.article.ActorMention;
import org.dyad.article.Sentence;
import org.dyad.dictionary.DiscardList;
import org.dyad.dictionary.VerbDictionary;
import org.dyad.events.pattern.CoderOptions;
import org.dyad.events.pattern.NounPhraseActors;
import org.dyad.events.pattern.PatternCoder;
import org.dyad.events.pattern.PatternEvent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The PETRARCH pattern engine over a sentence's CoreNLP parse, with CAMEO.2.0's verb patterns and
 * Dyad's own resolved actors in place of the 2016 actor dictionaries (which know no leader since).
 *
 * <p>It is the second source of events: the dependency coder's own dictionary is more precise on
 * modern phrasing, so the pattern engine only adds events on verbs the dependency coder left
 * uncoded (see {@link EventCoder}).
 */
final class PatternEventSource {
    /** One pattern match with its actors resolved to the article's mentions. */
    record Match(PatternEvent event, ActorMention source, ActorMention target) {
    }

    private final PatternCoder coder;

    PatternEventSource(PatternCoder coder) {
        this.coder = coder;
    }

    static PatternEventSource load(Path cameoVerbs) {
        // no discards: Phoenix's list drops every sentence naming a year from 1914 to 2010
        return new PatternEventSource(PatternCoder.of(VerbDictionary.read(cameoVerbs),
                (w, t, d) -> NounPhraseActors.NONE, DiscardList.empty(), CoderOptions.phoenix()));
    }

    List<Match> code(Sentence s, List<ActorMention> mentions) {
        if (s.parse() == null || mentions.isEmpty()) return List.of();
        NounPhraseActors actors = (words, tokens, date) -> {
            ActorMention m = best(mentions, tokens);
            return m == null ? NounPhraseActors.NONE : codeOf(m);
        };
        List<Match> out = new ArrayList<>();
        for (PatternEvent e : coder.code(s.parse(), null, actors)) {
            ActorMention src = best(mentions, span(e.sourceBegin(), e.sourceEnd()));
            ActorMention tgt = best(mentions, span(e.targetBegin(), e.targetEnd()));
            if (src != null && tgt != null) out.add(new Match(e, src, tgt));
        }
        return out;
    }

    /**
     * True when a multi-word pattern matched ("- * AGREEMENT", "+ TALKS WITH"), not just the verb's
     * default code: measured on the seeds, bare-verb defaults ("expect" 030, "strike" 140) were
     * wrong more often than right on modern news.
     */
    static boolean isSpecific(PatternEvent e) {
        String p = e.pattern();
        return p != null && p.trim().contains(" ");
    }

    private static String codeOf(ActorMention m) {
        return m.code() != null ? m.code() : m.country();
    }

    private static List<Integer> span(int begin, int end) {
        List<Integer> out = new ArrayList<>();
        for (int i = begin; i < end; i++) out.add(i);
        return out;
    }

    /**
     * The mention that best names a phrase: a person or body over a mere nationality adjective
     * ("French Foreign Minister Jean-Noël Barrot" is Barrot), then the longest, then the first.
     */
    static ActorMention best(List<ActorMention> mentions, List<Integer> tokens) {
        ActorMention best = null;
        int bestScore = 0;
        for (ActorMention m : mentions) {
            if (m.country() == null) continue;
            int overlap = 0;
            for (int t : tokens) if (t >= m.tokenBegin() && t < m.tokenEnd()) overlap++;
            if (overlap == 0) continue;
            int score = overlap + (m.kind() == ActorKind.STATE ? 0 : 100);
            if (score > bestScore) {
                best = m;
                bestScore = score;
            }
        }
        return best;
    }
}
