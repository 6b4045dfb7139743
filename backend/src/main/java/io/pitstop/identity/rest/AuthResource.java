package io.pitstop.identity.rest;

import io.pitstop.common.ClientAddress;
import io.pitstop.common.Forms;
import io.pitstop.common.Texts;
import io.pitstop.identity.AuthResponse;
import io.pitstop.identity.LoginRequest;
import io.pitstop.identity.PhoneCodeRequest;
import io.pitstop.identity.PhoneCodeSent;
import io.pitstop.identity.RefreshRequest;
import io.pitstop.identity.RegisterRequest;
import io.pitstop.identity.TokenResponse;
import io.pitstop.identity.service.AuthService;
import io.pitstop.identity.service.PartnerClientService;
import io.pitstop.identity.service.PhoneCodes;
import io.vertx.core.http.HttpServerRequest;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

@Path("/api/v1/auth")
@Tag(name = "Auth", description = "Sessions of customers and staff; OAuth2 tokens of partner applications")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private static final java.util.Set<String> TOKEN_FIELDS = java.util.Set.of("grant_type", "client_id", "client_secret", "scope");

    private final AuthService auth;
    private final PartnerClientService partners;
    private final PhoneCodes codes;

    public AuthResource(AuthService auth, PartnerClientService partners, PhoneCodes codes) {
        this.auth = auth;
        this.partners = partners;
        this.codes = codes;
    }

    /** The form of the token request, as the contract shows it. */
    @Schema(name = "ClientCredentialsForm", requiredProperties = {"grant_type"})
    public static class TokenForm {
        @Schema(description = "client_credentials")
        public String grant_type;
        @Schema(description = "Unless sent with HTTP Basic")
        public String client_id;
        @Schema(description = "Unless sent with HTTP Basic")
        public String client_secret;
        @Schema(description = "Space-separated subset of the granted scopes")
        public String scope;
    }

    @POST
    @Path("/phone-codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendPhoneCode", summary = "Send a one-time code to a phone (to register)",
            description = "Sends a 6-digit code by SMS, valid for 10 minutes and 5 attempts; a new code replaces the previous "
                    + "one. The answer is the same whether or not the number is registered: a registered number receives a "
                    + "message saying so instead of a code. At most one code a minute and 5 an hour per phone, and 20 an hour "
                    + "per client (429 with Retry-After). The code never appears in an answer of the API.")
    @APIResponse(responseCode = "202", description = "On its way",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhoneCodeSent.class)))
    @APIResponse(responseCode = "429", description = "Too many codes asked for",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)))
    public Uni<Response> sendPhoneCode(@Valid @NotNull PhoneCodeRequest req, @Context HttpServerRequest request) {
        return codes.send(req.phone(), req.purpose(), ClientAddress.of(request))
                .map(sent -> Response.accepted(sent).build());
    }

    @POST
    @Path("/register")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "register", summary = "Register as a car owner, with the code sent to the phone",
            description = "Creates a customer account and starts a session. The phone is proven by the code from "
                    + "POST /api/v1/auth/phone-codes; if staff already opened an account for the phone (a phone or walk-in "
                    + "booking), the owner takes it over with its vehicles and history. A wrong, expired or missing code is "
                    + "a 400 on 'code', whether or not the number is registered. At most 20 attempts an hour per client.")
    @APIResponse(responseCode = "201", description = "Registered and logged in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid, or the code is wrong or expired")
    @APIResponse(responseCode = "409", description = "The holder of the phone already has an account")
    @APIResponse(responseCode = "429", description = "Too many attempts from this client",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)))
    public Uni<Response> register(@Valid @NotNull RegisterRequest req, @Context HttpServerRequest request) {
        return auth.register(req, ClientAddress.of(request)).map(r -> Response.created(URI.create("/api/v1/me")).entity(r).build());
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "login", summary = "Log in with phone number and password",
            description = "After 5 failed attempts within 15 minutes from one client, that client may not try the number for "
                    + "15 minutes (429); after 30 failures from one client it may not try any. After 20 failures of one number "
                    + "from anywhere, only devices that send the deviceToken of an earlier login may still try, so a stranger "
                    + "cannot lock the owner out.")
    @APIResponse(responseCode = "200", description = "Logged in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong phone number or password")
    @APIResponse(responseCode = "429", description = "Too many failed attempts",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)))
    public Uni<AuthResponse> login(@Valid @NotNull LoginRequest req, @Context HttpServerRequest request) {
        return auth.login(req, ClientAddress.of(request));
    }

    @POST
    @Path("/refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "refresh", summary = "Rotate the refresh token",
            description = "Returns a new access token and a new refresh token; the presented one dies. Presenting a "
                    + "refresh token that was already used ends the whole session (every token of its family).")
    @APIResponse(responseCode = "200", description = "New tokens",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthResponse.class)))
    @APIResponse(responseCode = "401", description = "Unknown, expired, revoked or reused refresh token")
    public Uni<AuthResponse> refresh(@Valid @NotNull RefreshRequest req) {
        return auth.refresh(req.refreshToken());
    }

    @POST
    @Path("/logout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "logout", summary = "End the session of a refresh token")
    @APIResponse(responseCode = "204", description = "The session is over (also when the token was unknown)")
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
    @APIResponse(responseCode = "400", description = "invalid_request, unsupported_grant_type or invalid_scope")
    @APIResponse(responseCode = "401", description = "invalid_client")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(implementation = TokenForm.class)))
    public Uni<Response> token(@Parameter(hidden = true) String body,
                               @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization) {
        // The form is read here, not by the framework: a malformed or oversized field is a 400 naming it.
        Map<String, String> form = Forms.parse(body, TOKEN_FIELDS, 512);
        String grantType = form.get("grant_type");
        String scope = form.get("scope");
        String id = form.get("client_id");
        String secret = form.get("client_secret");
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
            if (Texts.hasControl(id) || Texts.hasControl(secret)) {
                id = null;
                secret = null;
            }
        }
        return partners.token(grantType, id, secret, scope)
                .map(t -> Response.ok(t).header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache").build());
    }
}
