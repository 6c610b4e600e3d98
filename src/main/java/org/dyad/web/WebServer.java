package org.dyad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import org.dyad.output.Json;
import org.dyad.store.EventStore;

import java.util.Map;
import java.util.function.Function;

/**
 * The web page over one open event store: static files (the page, its script and style) from the
 * classpath folder {@value #STATIC}, and the JSON API of {@link StoreApi} under {@code /api/}.
 *
 * <p>Contract: {@link #start} binds {@code host:port} (port 0 picks a free one, see {@link #port()})
 * and returns once the server answers; every API error is JSON {@code {"error": "..."}} with status
 * 400 (bad parameter), 404 (unknown path) or 500 (anything else, message only, never a stack trace).
 * The store is only read, and may be shared by the server's threads (EventStore serialises calls).
 * {@link #close} stops the server but leaves the store open: the caller owns it.
 */
public final class WebServer implements AutoCloseable {
    /** Classpath folder of the page's files. */
    public static final String STATIC = "/org/dyad/web/static";

    /**
     * Sent with every answer. The page is self-contained (no CDN, no inline script), so scripts,
     * styles, images and API calls come from this server only; inline style attributes are allowed
     * because the page's script sets widths and colours of chart elements. No framing (clickjacking),
     * no MIME sniffing, no referrer leaking the query to other sites.
     */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
                    + "form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    public static WebServer start(EventStore store, String host, int port) {
        StoreApi api = new StoreApi(store);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(STATIC, Location.CLASSPATH);
            config.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
            config.routes.get("/api/summary", ctx -> json(ctx, 200, api.summary()));
            config.routes.get("/api/types", ctx -> json(ctx, 200, api.types()));
            config.routes.get("/api/dyads", ctx -> json(ctx, 200, api.dyads(params(ctx))));
            config.routes.get("/api/timeline", ctx -> json(ctx, 200, api.timeline(params(ctx))));
            config.routes.get("/api/events", ctx -> json(ctx, 200, api.events(params(ctx))));
            config.routes.get("/api/events/{id}/mentions", ctx -> json(ctx, 200, api.mentions(ctx.pathParam("id"))));
            config.routes.get("/api/map", ctx -> json(ctx, 200, api.map(params(ctx))));
            config.routes.get("/api/quotes", ctx -> json(ctx, 200, api.quotes(params(ctx))));
            config.routes.get("/api/latest", ctx -> json(ctx, 200, api.latest(params(ctx))));
            config.routes.get("/api/feeds", ctx -> json(ctx, 200, api.feeds(params(ctx))));
            config.routes.exception(NotFound.class, (e, ctx) -> json(ctx, 404, error(e.getMessage())));
            config.routes.exception(BadRequest.class, (e, ctx) -> json(ctx, 400, error(e.getMessage())));
            // a query the store refuses (EventStore.select) is a bad request too: its message says why
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> json(ctx, 400, error(e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> json(ctx, 500, error("server error: " + e.getMessage())));
            config.routes.error(404, ctx -> {
                // an unknown event already has its own message; only a path no route knows gets this one
                String body = ctx.result();
                if (ctx.path().startsWith("/api/") && (body == null || body.isEmpty())) json(ctx, 404, error("no such endpoint: " + ctx.path()));
            });
        });
        app.start(host, port);
        return new WebServer(app);
    }

    /** The port the server listens on (the free one chosen when started with 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static RequestParams params(Context ctx) {
        Function<String, String> q = ctx::queryParam;
        return new RequestParams(q);
    }

    private static Map<String, String> error(String message) {
        return Map.of("error", message == null ? "unknown error" : message);
    }

    private static void json(Context ctx, int status, Object value) {
        String body;
        try {
            body = Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            status = 500;
            body = "{\"error\":\"cannot write the answer as JSON\"}";
        }
        ctx.status(status).contentType("application/json; charset=utf-8").result(body);
    }
}
