package org.dyad.events;

/**
 * A matched trigger in one sentence.
 *
 * @param token  the trigger word (verb or noun)
 * @param rule   the dictionary rule it matched
 * @param object the token that satisfied the rule's object requirement, or -1
 * @param anchor the token the event is anchored on (the trigger, or the committing verb above it)
 */
record Trigger(int token, VerbRule rule, int object, int anchor) {
    Trigger withAnchor(int a) {
        return new Trigger(token, rule, object, a);
    }
}
