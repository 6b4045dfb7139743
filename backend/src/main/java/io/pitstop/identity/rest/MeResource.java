package io.pitstop.identity.rest;

import io.pitstop.identity.CurrentCaller;
import io.pitstop.identity.Caller;
import io.pitstop.identity.MeView;
import io.pitstop.identity.Role;
import io.pitstop.identity.service.AuthService;
import io.pitstop.identity.service.PartnerClientService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Tag(name = "Auth")
@RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
        Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME, Role.PARTS_NAME, Role.PARTNER_NAME})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final CurrentCaller caller;
    private final AuthService auth;
    private final PartnerClientService partners;

    public MeResource(CurrentCaller caller, AuthService auth, PartnerClientService partners) {
        this.caller = caller;
        this.auth = auth;
        this.partners = partners;
    }

    @GET
    @Operation(operationId = "me", summary = "Who am I", description = "The account or partner application behind the token.")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeView.class)))
    public Uni<MeView> me() {
        Caller me = caller.get();
        return me.isPartner() ? partners.me(me) : auth.me(me.accountId());
    }
}
