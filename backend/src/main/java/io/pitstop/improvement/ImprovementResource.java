package io.pitstop.improvement;

import jakarta.ws.rs.BeanParam;
import io.pitstop.common.Paging;
import io.pitstop.identity.CurrentCaller;
import io.pitstop.identity.Role;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/improvements")
@Tag(name = "Improvements", description = "Improvement actions (整改) against indicators and recurring causes")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ImprovementResource {

    private final CurrentCaller caller;
    private final ImprovementService improvements;

    public ImprovementResource(CurrentCaller caller, ImprovementService improvements) {
        this.caller = caller;
        this.improvements = improvements;
    }

    @GET
    @RolesAllowed({Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
            Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "listImprovements", summary = "Improvement actions: all (managers), my own (other staff); open ones first",
            description = "Each with its indicator over the 30 days before it was recorded and since it was done.")
    @APIResponse(responseCode = "200", description = "Actions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ImprovementView.class)))
    public Uni<List<ImprovementView>> list(@QueryParam("status") @Parameter(description = "OPEN or DONE") String status,
                                           @BeanParam Paging paging) {
        return improvements.list(caller.get(), status, paging.page());
    }

    @POST
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createImprovement", summary = "Record an improvement action with its owner, deadline and expected effect (manager)")
    @APIResponse(responseCode = "201", description = "Recorded; the owner is told",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImprovementView.class)))
    public Uni<Response> create(@Valid @NotNull ImprovementRequest req) {
        return improvements.create(caller.get(), req)
                .map(v -> Response.created(URI.create("/api/v1/improvements/" + v.id())).entity(v).build());
    }

    @POST
    @Path("/{id}/done")
    @RolesAllowed({Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
            Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "completeImprovement", summary = "Mark an action done, with what was done (its owner or a manager)")
    @APIResponse(responseCode = "200", description = "Done",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImprovementView.class)))
    @APIResponse(responseCode = "409", description = "Already done")
    public Uni<ImprovementView> done(@PathParam("id") UUID id, @Valid @NotNull ImprovementDone req) {
        return improvements.done(caller.get(), id, req);
    }
}
