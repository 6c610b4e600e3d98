package org.dyad.dictionary;

/**
 * An agent phrase found in a word sequence.
 *
 * @param code   the agent code without its tilde ({@code GOV}, {@code NGO})
 * @param prefix true for codes written {@code NGO~}: they go before the actor code;
 *               codes written {@code ~GOV} go after it
 * @param start  index of the first matched word
 * @param end    index just past the last matched word
 */
public record AgentMatch(String code, boolean prefix, int start, int end, String phrase) {
    /** The agent joined to an actor code ({@code ---} or a country code). */
    public String applyTo(String actorCode) {
        return prefix ? code + actorCode : actorCode + code;
    }
}
