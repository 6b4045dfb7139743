package io.pitstop.identity;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request, read from its verified token once and kept for the request: resources inject
 * this and hand {@link #get()} to the services, which never see the raw token.
 */
@RequestScoped
public class CurrentCaller {

    private final JsonWebToken jwt;
    private Caller caller;

    public CurrentCaller(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public Caller get() {
        if (caller == null) {
            caller = Caller.of(jwt);
        }
        return caller;
    }
}
