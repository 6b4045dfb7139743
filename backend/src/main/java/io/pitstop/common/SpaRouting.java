package io.pitstop.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.vertx.core.http.HttpMethod;

/**
 * History-mode routing for the SPA: a browser reload on {@code /shop} must get the app's index.html, not a 404.
 * API, management and asset paths (anything with a dot in its last segment) are left alone.
 */
@ApplicationScoped
public class SpaRouting {

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String path = rc.normalizedPath();
            if (rc.request().method() == HttpMethod.GET && isAppRoute(path)) {
                rc.reroute("/");
                return;
            }
            rc.next();
        }, 500);
    }

    static boolean isAppRoute(String path) {
        if (path.equals("/") || path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/")
                || path.equals("/q")) {
            return false;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }
}
