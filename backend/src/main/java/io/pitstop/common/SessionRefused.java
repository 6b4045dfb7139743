package io.pitstop.common;

import io.quarkus.security.AuthenticationFailedException;

import java.util.Map;

/** A valid token whose holder may no longer act (deactivated, role changed, sessions ended): 401 with the reason. */
public final class SessionRefused {

    static final String REASON = "pitstop.session-refused";

    private SessionRefused() {
    }

    public static AuthenticationFailedException because(String reason) {
        return new AuthenticationFailedException(reason, Map.of(REASON, reason));
    }

    /** The reason, when the failure is such a refusal; null otherwise. */
    static String reasonOf(AuthenticationFailedException e) {
        Object reason = e.getAttributes() == null ? null : e.getAttributes().get(REASON);
        return reason == null ? null : reason.toString();
    }
}
