package io.pitstop.repair.rest;

import io.pitstop.identity.CurrentCaller;
import io.pitstop.identity.Role;
import io.pitstop.repair.DelayRequest;
import io.pitstop.repair.RepairEventView;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.TransitionRequest;
import io.pitstop.repair.UpdateRequest;
import io.pitstop.repair.service.Delays;
import io.pitstop.repair.service.PartsRequests;
import io.pitstop.repair.service.ProgressUpdates;
import io.pitstop.repair.service.WorkshopMoves;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The order in the workshop: the moves of its flow, progress told to the owner, and declared delays. */
@Path("/api/v1/repair-orders/{id}")
@Tag(name = RepairApi.TAG, description = RepairApi.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkshopResource {

    private final CurrentCaller caller;
    private final WorkshopMoves moves;
    private final ProgressUpdates progress;
    private final Delays delays;
    private final PartsRequests partsRequests;

    public WorkshopResource(CurrentCaller caller, WorkshopMoves moves, ProgressUpdates progress, Delays delays, PartsRequests partsRequests) {
        this.partsRequests = partsRequests;
        this.caller = caller;
        this.moves = moves;
        this.progress = progress;
        this.delays = delays;
    }

    @POST
    @Path("/transitions")
    @RolesAllowed({Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME, Role.CUSTOMER_SERVICE_NAME,
            Role.MANAGER_NAME})
    @Operation(operationId = "moveRepairOrder", summary = "Move the workshop flow: dispatch, start, wait for parts, QC, pass or fail, cancel",
            description = "APPROVED->DISPATCHED (team lead, with technicianId); DISPATCHED->IN_REPAIR, IN_REPAIR<->WAITING_PARTS, "
                    + "IN_REPAIR->QUALITY_CHECK (the assigned technician or the team lead); QUALITY_CHECK->READY or ->IN_REPAIR "
                    + "with the reason (inspector); CHECKED_IN/AWAITING_APPROVAL/APPROVED->CANCELLED (advisor, with reason). "
                    + "Any other move is 409. The order's nextSteps lists the moves the caller may make.")
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "400", description = "Reason or technician missing")
    @APIResponse(responseCode = "403", description = "Not staff, or a legal move that is not the caller's to make")
    @APIResponse(responseCode = "409", description = "Illegal move, or a supplement pending before QC")
    public Uni<RepairOrderView> transition(@PathParam("id") UUID id, @Valid @NotNull TransitionRequest req) {
        return moves.move(caller.get(), id, req);
    }

    @POST
    @Path("/updates")
    @RolesAllowed({Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "postUpdate", summary = "Post a progress update to the owner (advisor or workshop)")
    @APIResponse(responseCode = "201", description = "Posted and pushed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairEventView.class)))
    @APIResponse(responseCode = "409", description = "The order is closed")
    public Uni<Response> update(@PathParam("id") UUID id, @Valid @NotNull UpdateRequest req) {
        return progress.post(caller.get(), id, req).map(e -> Response.status(201).entity(e).build());
    }

    @POST
    @Path("/delays")
    @RolesAllowed({Role.ADVISOR_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "declareDelay", summary = "Declare a delay: reason, new promised time, compensation (advisor)",
            description = "Pushed to the owner at once (app and SMS). The notice should come at least 30 minutes before the "
                    + "promised time; noticeMinutes records how early it came.")
    @APIResponse(responseCode = "200", description = "Declared",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (the new time must be later)")
    @APIResponse(responseCode = "409", description = "No running promise")
    public Uni<RepairOrderView> delay(@PathParam("id") UUID id, @Valid @NotNull DelayRequest req) {
        return delays.declare(caller.get(), id, req);
    }

    @POST
    @Path("/parts-requests")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME})
    @Operation(operationId = "requestRepairParts", summary = "Ask the parts desk for the order's parts (the assigned technician or a team lead)",
            description = "The order's reserved catalogue parts go to the top of the parts desk's \"issue now\" list; each line's "
                    + "supply then shows when it was asked for. No body.")
    @APIResponse(responseCode = "200", description = "Asked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "403", description = "Not the order's technician, nor a team lead")
    @APIResponse(responseCode = "404", description = "No such order")
    @APIResponse(responseCode = "409", description = "The order is not being worked on, or names no catalogue part")
    public Uni<RepairOrderView> requestParts(@PathParam("id") UUID id) {
        return partsRequests.ask(caller.get(), id);
    }
}
