package io.pitstop.common;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browser-facing protections on every answer: a content security policy that allows only the app's own scripts,
 * styles, images and API (no framing by other sites, no plug-ins), the same as X-Frame-Options for older browsers,
 * and HSTS when the request arrived over TLS, directly or through a proxy that says so (X-Forwarded-Proto).
 * Swagger UI, which needs inline scripts, gets a policy of its own.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String CSP_SWAGGER = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'";

    private final String hsts;

    public SecurityHeaders(@ConfigProperty(name = "pitstop.http.hsts", defaultValue = "max-age=31536000; includeSubDomains") String hsts) {
        this.hsts = hsts;
    }

    void register(@Observes Filters filters) {
        filters.register(this::apply, 950);
    }

    void apply(RoutingContext rc) {
        var headers = rc.response().headers();
        String path = rc.normalizedPath();
        headers.set("Content-Security-Policy", path != null && path.startsWith("/q/swagger-ui") ? CSP_SWAGGER : CSP);
        headers.set("X-Frame-Options", "DENY");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Permissions-Policy", "geolocation=(), microphone=(), payment=(), usb=()");
        if (overTls(rc) && !hsts.isBlank()) {
            headers.set("Strict-Transport-Security", hsts);
        }
        rc.next();
    }

    static boolean overTls(RoutingContext rc) {
        if (rc.request().isSSL() || "https".equalsIgnoreCase(rc.request().scheme())) {
            return true;
        }
        String forwarded = rc.request().getHeader("X-Forwarded-Proto");
        return forwarded != null && "https".equalsIgnoreCase(forwarded.split(",")[0].strip());
    }
}
