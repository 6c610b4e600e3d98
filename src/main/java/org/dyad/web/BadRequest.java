package org.dyad.web;

/** A request parameter that cannot be used; answered with 400 and a JSON error naming it. */
public final class BadRequest extends RuntimeException {
    public BadRequest(String message) {
        super(message);
    }
}
