package io.pitstop.repair.rest;

import io.pitstop.identity.CurrentCaller;
import io.pitstop.identity.Role;
import io.pitstop.repair.ApprovalRequest;
import io.pitstop.repair.EstimateRequest;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.SupplementRequest;
import io.pitstop.repair.service.EstimateApproval;
import io.pitstop.repair.service.Estimating;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The estimate and supplements the advisor sends, and the owner's decisions on them. */
@Path("/api/v1/repair-orders/{id}")
@Tag(name = RepairApi.TAG, description = RepairApi.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EstimateResource {

    private final CurrentCaller caller;
    private final Estimating estimating;
    private final EstimateApproval approval;

    public EstimateResource(CurrentCaller caller, Estimating estimating, EstimateApproval approval) {
        this.caller = caller;
        this.estimating = estimating;
        this.approval = approval;
    }

    @POST
    @Path("/estimate")
    @RolesAllowed({Role.ADVISOR_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "sendEstimate", summary = "Write the estimate and send it to the owner for approval (advisor)",
            description = "Replaces an estimate the customer has not started deciding on. Nothing is done before approval.")
    @APIResponse(responseCode = "200", description = "AWAITING_APPROVAL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "409", description = "Past approval, or the customer has started deciding")
    public Uni<RepairOrderView> estimate(@PathParam("id") UUID id, @Valid @NotNull EstimateRequest req) {
        return estimating.estimate(caller.get(), id, req);
    }

    @POST
    @Path("/supplements")
    @RolesAllowed({Role.ADVISOR_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "sendSupplement", summary = "Work found during the repair, sent for its own approval (advisor)",
            description = "The order cannot go to quality check while a supplement item waits for the customer.")
    @APIResponse(responseCode = "200", description = "Sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "409", description = "Not in the workshop")
    public Uni<RepairOrderView> supplement(@PathParam("id") UUID id, @Valid @NotNull SupplementRequest req) {
        return estimating.supplement(caller.get(), id, req);
    }

    @POST
    @Path("/approval")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "decideItems", summary = "Approve or decline estimate items (the owner, or the advisor recording the owner's answer)",
            description = "Each decision is recorded with who and when. When no item of the estimate is pending, the order is "
                    + "APPROVED and its completion promised (or CANCELLED if every item was declined).")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "400", description = "Unknown item, or PENDING given")
    @APIResponse(responseCode = "404", description = "No such order (or not yours)")
    @APIResponse(responseCode = "409", description = "Item already decided, or the order past deciding")
    public Uni<RepairOrderView> decide(@PathParam("id") UUID id, @Valid @NotNull ApprovalRequest req) {
        return approval.decide(caller.get(), id, req);
    }
}
