package io.pitstop.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * How long browsers keep the SPA. The build names every file under {@code /assets/} by a hash of its content, so a
 * new release is new names: those are cached for a year and never revalidated ({@code immutable}). {@code index.html}
 * names them, so it (and every app route answered with it, see {@link SpaRouting}) is revalidated on each visit
 * ({@code no-cache}; the server answers 304 while it has not changed): a release reaches everyone on the next load.
 * Set as the headers go out, over the static handler's one-size default, and only on a success: a missing asset's
 * 404 must not be remembered for a year.
 */
@ApplicationScoped
public class SpaCaching {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    void register(@Observes Filters filters) {
        // Ahead of SpaRouting (500), which reroutes app routes to "/".
        filters.register(this::apply, 600);
    }

    void apply(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            String policy = policyFor(rc.normalizedPath());
            if (policy != null) {
                rc.addHeadersEndHandler(v -> {
                    int status = rc.response().getStatusCode();
                    if (status == 200 || status == 304) {
                        rc.response().headers().set("Cache-Control", policy);
                    }
                });
            }
        }
        rc.next();
    }

    /** The policy for a path, or null to leave the answer's own (the API's, other files'). */
    static String policyFor(String path) {
        if (path == null) {
            return null;
        }
        if (path.startsWith("/assets/")) {
            return IMMUTABLE;
        }
        if (path.equals("/") || path.equals("/index.html") || SpaRouting.isAppRoute(path)) {
            return REVALIDATE;
        }
        return null;
    }
}
