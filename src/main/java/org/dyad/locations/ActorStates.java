package org.dyad.locations;

import org.dyad.article.EventActor;

/** Which of an event's actors stand for a state, and which for a body that is none ("UN", "NATO"). */
final class ActorStates {
    private final PlaceGazetteer gazetteer;

    ActorStates(PlaceGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The actor's country when it is a state, else null. */
    String country(EventActor a) {
        return a != null && gazetteer.isState(a.country()) ? a.country() : null;
    }

    /** "UN", "EU", "NATO": a body that is not a state, so its statements are made where the report was filed. */
    boolean nonState(EventActor a) {
        return a != null && a.country() != null && !a.country().isBlank() && !gazetteer.isState(a.country());
    }
}
