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

    /** Said in the client's language (a person's sign-in); partners' OAuth answers keep the English of the spec. */
    public AuthenticationException(Detail detail) {
        super(401, "unauthorized", "Unauthorized", detail, null);
        this.oauthError = null;
    }

    @Override
    public String oauthError() {
        return oauthError;
    }
}
