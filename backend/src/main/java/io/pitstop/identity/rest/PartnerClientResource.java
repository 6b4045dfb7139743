package io.pitstop.identity.rest;

import io.pitstop.identity.CurrentCaller;
import io.pitstop.identity.PartnerClientCreated;
import io.pitstop.identity.PartnerClientRequest;
import io.pitstop.identity.PartnerClientView;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.PartnerClientService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/v1/partner-clients")
@Tag(name = "Partner clients", description = "Third-party applications and their OAuth2 credentials")
@RolesAllowed(Role.MANAGER_NAME)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerClientResource {

    private final CurrentCaller caller;
    private final PartnerClientService partners;

    public PartnerClientResource(CurrentCaller caller, PartnerClientService partners) {
        this.caller = caller;
        this.partners = partners;
    }

    @GET
    @Operation(operationId = "listPartnerClients", summary = "List partner applications")
    @APIResponse(responseCode = "200", description = "Partner applications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PartnerClientView.class)))
    public Uni<List<PartnerClientView>> list() {
        return partners.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerPartnerClient", summary = "Register a partner application",
            description = "Returns the client secret once; only its hash is kept.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerClientCreated.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid (unknown scope, missing name)")
    public Uni<Response> register(@Valid @NotNull PartnerClientRequest req) {
        return partners.register(caller.get(), req)
                .map(c -> Response.created(URI.create("/api/v1/partner-clients/" + c.clientId())).entity(c).build());
    }

    @POST
    @Path("/{clientId}/revoke")
    @Operation(operationId = "revokePartnerClient", summary = "Revoke a partner application",
            description = "It can get no new tokens, and the tokens it holds are refused from now on.")
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerClientView.class)))
    public Uni<PartnerClientView> revoke(@PathParam("clientId") String clientId) {
        return partners.revoke(clientId);
    }
}
