package io.pitstop.identity.rest;

import io.pitstop.identity.CurrentCaller;
import io.pitstop.identity.Role;
import io.pitstop.identity.StaffRequest;
import io.pitstop.identity.StaffRoleRequest;
import io.pitstop.identity.StaffView;
import io.pitstop.identity.service.StaffService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.util.UUID;

@Path("/api/v1/staff")
@Tag(name = "Staff", description = "Staff accounts, managed by a manager")
@RolesAllowed(Role.MANAGER_NAME)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    private final CurrentCaller caller;
    private final StaffService staff;

    public StaffResource(CurrentCaller caller, StaffService staff) {
        this.caller = caller;
        this.staff = staff;
    }

    @GET
    @Operation(operationId = "listStaff", summary = "List staff accounts")
    @APIResponse(responseCode = "200", description = "Staff, by role and name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = StaffView.class)))
    public Uni<List<StaffView>> list() {
        return staff.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createStaff", summary = "Create a staff account")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "409", description = "The phone number is taken")
    public Uni<Response> create(@Valid @NotNull StaffRequest req) {
        return staff.create(caller.get(), req)
                .map(v -> Response.created(URI.create("/api/v1/staff/" + v.id())).entity(v).build());
    }

    @POST
    @Path("/{id}/deactivate")
    @Operation(operationId = "deactivateStaff", summary = "Deactivate a staff account and end its sessions")
    @APIResponse(responseCode = "200", description = "Deactivated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "409", description = "A manager cannot deactivate themself")
    public Uni<StaffView> deactivate(@PathParam("id") UUID id) {
        return staff.deactivate(caller.get(), id);
    }

    @POST
    @Path("/{id}/reactivate")
    @Operation(operationId = "reactivateStaff", summary = "Give a deactivated staff account back (they log in again)")
    @APIResponse(responseCode = "200", description = "Active",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffView.class)))
    public Uni<StaffView> reactivate(@PathParam("id") UUID id) {
        return staff.reactivate(id);
    }

    @PUT
    @Path("/{id}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeStaffRole", summary = "Give a member of staff another role, effective at once",
            description = "Access tokens carrying the old role are refused from now on; the next refresh or login carries the new one.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "400", description = "Not a staff role")
    @APIResponse(responseCode = "409", description = "A manager cannot change their own role")
    public Uni<StaffView> changeRole(@PathParam("id") UUID id, @Valid @NotNull StaffRoleRequest req) {
        return staff.changeRole(caller.get(), id, req.role());
    }
}
