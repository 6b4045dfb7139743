package io.pitstop.common;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;

/** The language the current request asked for with {@code Accept-Language}: Chinese when it asked for none we speak. */
@RequestScoped
public class RequestLanguage {

    private final CurrentVertxRequest request;
    private Language language;

    public RequestLanguage(CurrentVertxRequest request) {
        this.request = request;
    }

    /** Whether the request named a language at all (a client that sends none leaves a person's choice alone). */
    public boolean asked() {
        RoutingContext rc = request.getCurrent();
        String header = rc == null ? null : rc.request().getHeader("Accept-Language");
        return header != null && !header.isBlank();
    }

    public Language get() {
        if (language == null) {
            RoutingContext rc = request.getCurrent();
            language = Language.ofAcceptLanguage(rc == null ? null : rc.request().getHeader("Accept-Language"));
        }
        return language;
    }
}
