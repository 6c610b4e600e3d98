package org.dyad.events.pattern;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.dictionary.ActorDictionary;
import org.dyad.dictionary.ActorMatch;
import org.dyad.dictionary.AgentDictionary;
import org.dyad.dictionary.AgentMatch;

/**
 * PETRARCH's noun-phrase actor coding: the first actor found in the phrase gives the base
 * code; every agent found outside the actor's words is added (suffix agents after it, prefix
 * agents before it), stopping at the first agent whose code is already in the result.
 * A phrase with agents but no actor gets the null actor {@code ---} as its base.
 */
public final class DictionaryActors implements NounPhraseActors {

    private final ActorDictionary actors;
    private final AgentDictionary agents;

    public DictionaryActors(ActorDictionary actors, AgentDictionary agents) {
        this.actors = actors;
        this.agents = agents;
    }

    @Override
    public String code(List<String> words, List<Integer> tokenIndexes, LocalDate date) {
        Optional<ActorMatch> actor = actors.find(words, date);
        int from = actor.map(ActorMatch::start).orElse(-1);
        int to = actor.map(ActorMatch::end).orElse(-1);
        List<AgentMatch> found = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            if (k >= from && k < to) continue;
            Optional<AgentMatch> m = agents.match(words, k);
            if (m.isPresent()) {
                found.add(m.get());
                k = m.get().end() - 1;
            }
        }
        if (found.isEmpty()) return actor.map(ActorMatch::code).orElse(NONE);
        String code = actor.map(ActorMatch::code).orElse(NONE);
        for (AgentMatch a : found) {
            if (containsBlock(code, a.code())) break;
            code = a.applyTo(code);
        }
        return code;
    }

    /** Whether {@code agent} already occurs in {@code code} at a 3-character block boundary. */
    private static boolean containsBlock(String code, String agent) {
        for (int k = 0; k + agent.length() <= code.length(); k += 3) {
            if (code.regionMatches(k, agent, 0, agent.length())) return true;
        }
        return false;
    }
}
