package io.pitstop.common;

/** A token-endpoint failure, carrying the RFC 6749 error code beside the problem. */
public class OAuthException extends DomainException {

    private final String oauthError;

    public OAuthException(String oauthError, String detail) {
        super(400, "oauth-" + oauthError.replace('_', '-'), "Token request rejected", detail, null);
        this.oauthError = oauthError;
    }

    @Override
    public String oauthError() {
        return oauthError;
    }
}
