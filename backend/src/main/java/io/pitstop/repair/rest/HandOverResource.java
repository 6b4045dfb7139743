package io.pitstop.repair.rest;

import io.pitstop.identity.CurrentCaller;
import io.pitstop.identity.Role;
import io.pitstop.repair.DeliveryRequest;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.ReopenRequest;
import io.pitstop.repair.SettlementApprovalRequest;
import io.pitstop.repair.SettlementDocument;
import io.pitstop.repair.SettlementRequest;
import io.pitstop.repair.SignatureRequest;
import io.pitstop.repair.service.Delivery;
import io.pitstop.repair.service.Settlement;
import io.pitstop.repair.service.SettlementApproval;
import io.pitstop.repair.service.SettlementDocuments;
import io.pitstop.repair.service.SettlementSigning;
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

import java.util.UUID;

/** The hand-over: the settlement the advisor issues, the owner approves and signs, its document, then the delivery of the car. */
@Path("/api/v1/repair-orders/{id}")
@Tag(name = RepairApi.TAG, description = RepairApi.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class HandOverResource {

    private final CurrentCaller caller;
    private final Settlement settlement;
    private final Delivery delivery;
    private final SettlementApproval approval;
    private final SettlementSigning signing;
    private final SettlementDocuments documents;

    public HandOverResource(CurrentCaller caller, Settlement settlement, Delivery delivery, SettlementApproval approval,
                            SettlementSigning signing, SettlementDocuments documents) {
        this.caller = caller;
        this.settlement = settlement;
        this.delivery = delivery;
        this.approval = approval;
        this.signing = signing;
        this.documents = documents;
    }

    @PUT
    @Path("/settlement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADVISOR_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "issueSettlement", summary = "Issue (or reissue) the settlement against the approved estimate (advisor)",
            description = "One line per approved item, plus new lines (they wait for the owner's approval); every difference needs its reason. "
                    + "A signed settlement is locked: reopen it first.")
    @APIResponse(responseCode = "200", description = "Issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "400", description = "A line is wrong or a difference unexplained")
    @APIResponse(responseCode = "409", description = "Not READY, or signed (settlement-signed: reopen it first)")
    public Uni<RepairOrderView> settle(@PathParam("id") UUID id, @Valid @NotNull SettlementRequest req) {
        return settlement.issue(caller.get(), id, req);
    }

    @POST
    @Path("/settlement/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "decideSettlementLines", summary = "Approve or decline settlement lines that were never on the approved estimate",
            description = "The owner decides, or an advisor records the owner's answer; signing waits until none is pending.")
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "400", description = "Not a line of this settlement, named twice, or PENDING")
    @APIResponse(responseCode = "404", description = "No such order (or not yours)")
    @APIResponse(responseCode = "409", description = "No settlement, already signed (settlement-signed), or the line already decided")
    public Uni<RepairOrderView> decide(@PathParam("id") UUID id, @Valid @NotNull SettlementApprovalRequest req) {
        return approval.decide(caller.get(), id, req);
    }

    @POST
    @Path("/settlement/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CUSTOMER_NAME)
    @Operation(operationId = "acknowledgeSettlement", summary = "The owner signs the settlement with a signature drawn on the phone (PNG)")
    @APIResponse(responseCode = "200", description = "Signed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "400", description = "The signature is not a PNG, or too large")
    @APIResponse(responseCode = "404", description = "No such order (or not yours)")
    @APIResponse(responseCode = "409", description = "No settlement, already signed, or new lines still wait for a decision")
    public Uni<RepairOrderView> acknowledge(@PathParam("id") UUID id, @Valid @NotNull SignatureRequest req) {
        return signing.sign(caller.get(), id, req);
    }

    @GET
    @Path("/settlement/signature")
    @Produces("image/png")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
            Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "getSettlementSignature", summary = "The owner's drawn signature of the settlement (owner and staff)")
    @APIResponse(responseCode = "200", description = "The PNG",
            content = @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such order (or not yours), or not signed")
    public Uni<Response> signature(@PathParam("id") UUID id) {
        return signing.signature(caller.get(), id).map(png -> Response.ok(png.getBytes(), "image/png")
                // Revalidated on each use: a reopened and signed-again settlement keeps this URL, and a day's cache
                // would show the old signature on the new document.
                .header("Cache-Control", "private, no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline; filename=\"signature.png\"")
                .build());
    }

    @POST
    @Path("/settlement/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADVISOR_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "reopenSettlement", summary = "Reopen a signed settlement to change it (advisor): the signature is cleared",
            description = "A signed settlement answers 409 to any change; reopening, with the reason, is the way to change it. "
                    + "The owner is told and signs the new settlement again.")
    @APIResponse(responseCode = "200", description = "Reopened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "409", description = "Not READY, or not signed")
    public Uni<RepairOrderView> reopen(@PathParam("id") UUID id, @Valid @NotNull ReopenRequest req) {
        return settlement.reopen(caller.get(), id, req);
    }

    @GET
    @Path("/settlement/document")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
            Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "getSettlementDocument", summary = "The printable settlement document (owner and staff)",
            description = "Shop, owner, car, every line against the estimate, totals, payment and invoice, signature, warranty cards, next service.")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettlementDocument.class)))
    @APIResponse(responseCode = "404", description = "No such order (or not yours), or no settlement yet")
    public Uni<SettlementDocument> document(@PathParam("id") UUID id) {
        return documents.of(caller.get(), id);
    }

    @POST
    @Path("/delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADVISOR_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "deliver", summary = "Hand the car over: the payment with its invoice number, and the next service (advisor)")
    @APIResponse(responseCode = "400", description = "The payment is wrong (its difference from the total unexplained) or the next service is not ahead")
    @APIResponse(responseCode = "200", description = "DELIVERED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "409", description = "Not READY, or the settlement not signed")
    public Uni<RepairOrderView> deliver(@PathParam("id") UUID id, @Valid @NotNull DeliveryRequest req) {
        return delivery.deliver(caller.get(), id, req);
    }
}
