package org.dyad.article;

/** The source or target of an event, as written and as resolved. */
public record EventActor(String text, String country, String sector, String code) {
    public static EventActor of(ActorMention m) {
        return new EventActor(m.text(), m.country(), m.sector(), m.code());
    }
}
