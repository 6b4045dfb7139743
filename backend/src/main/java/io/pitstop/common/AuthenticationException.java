package io.pitstop.common;

/** The caller could not be identified: wrong credentials, a dead refresh token, an unknown client. */
public class AuthenticationException extends DomainException {

    private final String oauthError;

    public AuthenticationException(String detail) {
        this(detail, null);
    }

    public AuthenticationException(String detail, String oauthError) {
        super(401, "unauthorized", "Unauthorized", detail, null);
        this.oauthError = oauthError;
    }

    @Override
    public String oauthError() {
        return oauthError;
    }
}
