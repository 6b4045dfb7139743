package io.pitstop.identity.rest;

import io.pitstop.common.Problem;
import io.pitstop.identity.AuthResponse;
import io.pitstop.identity.LoginRequest;
import io.pitstop.identity.RefreshRequest;
import io.pitstop.identity.RegisterRequest;
import io.pitstop.identity.TokenResponse;
import io.pitstop.identity.service.AuthService;
import io.pitstop.identity.service.PartnerClientService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

@Path("/api/v1/auth")
@Tag(name = "Auth", description = "Sessions of customers and staff; OAuth2 tokens of partner applications")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final AuthService auth;
    private final PartnerClientService partners;

    public AuthResource(AuthService auth, PartnerClientService partners) {
        this.auth = auth;
        this.partners = partners;
    }

    @POST
    @Path("/register")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "register", summary = "Register as a car owner",
            description = "Creates a customer account and starts a session.")
    @APIResponse(responseCode = "201", description = "Registered and logged in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The phone number is already registered", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> register(@Valid @NotNull RegisterRequest req) {
        return auth.register(req).map(r -> Response.created(URI.create("/api/v1/me")).entity(r).build());
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "login", summary = "Log in with phone number and password",
            description = "After 5 failed attempts within 15 minutes the phone number is blocked for 15 minutes (429).")
    @APIResponse(responseCode = "200", description = "Logged in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Wrong phone number or password", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many failed attempts",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AuthResponse> login(@Valid @NotNull LoginRequest req) {
        return auth.login(req);
    }

    @POST
    @Path("/refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "refresh", summary = "Rotate the refresh token",
            description = "Returns a new access token and a new refresh token; the presented one dies. Presenting a "
                    + "refresh token that was already used ends the whole session (every token of its family).")
    @APIResponse(responseCode = "200", description = "New tokens",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Unknown, expired, revoked or reused refresh token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AuthResponse> refresh(@Valid @NotNull RefreshRequest req) {
        return auth.refresh(req.refreshToken());
    }

    @POST
    @Path("/logout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "logout", summary = "End the session of a refresh token")
    @APIResponse(responseCode = "204", description = "The session is over (also when the token was unknown)")
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> logout(@Valid @NotNull RefreshRequest req) {
        return auth.logout(req.refreshToken()).map(v -> Response.noContent().build());
    }

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "clientCredentialsToken", summary = "OAuth2 client-credentials token for a partner application",
            description = "RFC 6749 section 4.4. Authenticate with client_id and client_secret in the form or with HTTP "
                    + "Basic. Errors are problems carrying the OAuth2 code in 'error'.")
    @APIResponse(responseCode = "200", description = "Access token (PARTNER role) with the granted scopes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "invalid_request, unsupported_grant_type or invalid_scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "invalid_client", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> token(@FormParam("grant_type") @Parameter(description = "client_credentials") String grantType,
                               @FormParam("client_id") String clientId,
                               @FormParam("client_secret") String clientSecret,
                               @FormParam("scope") @Parameter(description = "Space-separated subset of the granted scopes") String scope,
                               @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization) {
        String id = clientId;
        String secret = clientSecret;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    id = java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
                    secret = java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException e) {
                // Malformed Basic credentials authenticate nobody; the service answers invalid_client.
            }
        }
        return partners.token(grantType, id, secret, scope)
                .map(t -> Response.ok(t).header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache").build());
    }
}
