/**
 * {@code dyad serve}: a small self-contained web page over the event store. {@link org.dyad.web.WebServer}
 * serves the page (plain HTML, CSS and vanilla JS from the classpath, charts drawn as inline SVG)
 * and a JSON API under {@code /api/} (docs/WEB.md). Handlers are thin: they read request
 * parameters ({@link org.dyad.web.RequestParams}), call {@code org.dyad.query} and write JSON with
 * {@link org.dyad.output.Json#mapper()}; no SQL lives here.
 */
package org.dyad.web;
