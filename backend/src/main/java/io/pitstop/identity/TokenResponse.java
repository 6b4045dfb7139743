package io.pitstop.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OAuth2 (RFC 6749 section 5.1) answer of the client-credentials grant; field names are the RFC's. */
@Schema(description = "OAuth2 access token for a partner application", requiredProperties = {"access_token", "token_type", "expires_in", "scope"})
public record TokenResponse(
        @JsonProperty("access_token") @Schema(name = "access_token") String accessToken,
        @JsonProperty("token_type") @Schema(name = "token_type", examples = "Bearer") String tokenType,
        @JsonProperty("expires_in") @Schema(name = "expires_in", examples = "900") long expiresIn,
        @Schema(description = "Granted scopes, space-separated", examples = "bookings:read bookings:write") String scope) {
}
