package io.pitstop.repair.rest;

import io.pitstop.identity.CurrentCaller;
import io.pitstop.identity.Role;
import io.pitstop.repair.DeliveryRequest;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.SettlementRequest;
import io.pitstop.repair.service.Delivery;
import io.pitstop.repair.service.Settlement;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** The hand-over: the settlement the advisor issues and the owner signs, then the delivery of the car. */
@Path("/api/v1/repair-orders/{id}")
@Tag(name = RepairApi.TAG, description = RepairApi.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class HandOverResource {

    private final CurrentCaller caller;
    private final Settlement settlement;
    private final Delivery delivery;

    public HandOverResource(CurrentCaller caller, Settlement settlement, Delivery delivery) {
        this.caller = caller;
        this.settlement = settlement;
        this.delivery = delivery;
    }

    @PUT
    @Path("/settlement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADVISOR_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "issueSettlement", summary = "Issue (or reissue) the settlement against the approved estimate (advisor)",
            description = "One line per approved item, plus new lines; every difference needs its reason. Reissuing clears the owner's signature.")
    @APIResponse(responseCode = "200", description = "Issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "400", description = "A line is wrong or a difference unexplained")
    @APIResponse(responseCode = "409", description = "Not READY")
    public Uni<RepairOrderView> settle(@PathParam("id") UUID id, @Valid @NotNull SettlementRequest req) {
        return settlement.issue(caller.get(), id, req);
    }

    @POST
    @Path("/settlement/acknowledgement")
    @RolesAllowed(Role.CUSTOMER_NAME)
    @Operation(operationId = "acknowledgeSettlement", summary = "The owner signs the settlement")
    @APIResponse(responseCode = "200", description = "Signed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "404", description = "No such order (or not yours)")
    @APIResponse(responseCode = "409", description = "No settlement, or already signed")
    public Uni<RepairOrderView> acknowledge(@PathParam("id") UUID id) {
        return settlement.acknowledge(caller.get(), id);
    }

    @POST
    @Path("/delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADVISOR_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "deliver", summary = "Hand the car over and record the next service (advisor)")
    @APIResponse(responseCode = "200", description = "DELIVERED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "409", description = "Not READY, or the settlement not signed")
    public Uni<RepairOrderView> deliver(@PathParam("id") UUID id, @Valid @NotNull DeliveryRequest req) {
        return delivery.deliver(caller.get(), id, req);
    }
}
