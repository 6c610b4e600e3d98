package org.dyad.article;

/** What kind of thing an actor mention names. */
public enum ActorKind {
    /** a named or titled person ("Rishi Sunak", "the Prime Minister", "a UK defence source") */
    PERSON,
    /** a state by name, adjective, capital or metonym ("France", "British", "Kyiv", "No 10") */
    STATE,
    /** an institution, party, armed group, company or international body */
    ORGANIZATION,
    /** a pronoun or other anaphor resolved to an earlier mention ("he", "they", "the pair") */
    ANAPHOR
}
