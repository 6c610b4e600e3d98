package org.dyad.web;

/** A request for something the store does not hold (an unknown event id); answered with 404 and a JSON error. */
public final class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
