package io.pitstop.parts.rest;

import io.pitstop.common.Paging;
import io.pitstop.identity.CurrentCaller;
import io.pitstop.identity.Role;
import io.pitstop.parts.PurchaseOrderRequest;
import io.pitstop.parts.PurchaseOrderStatus;
import io.pitstop.parts.PurchaseOrderView;
import io.pitstop.parts.PurchaseSuggestionView;
import io.pitstop.parts.ReceiptRequest;
import io.pitstop.parts.ReceiptView;
import io.pitstop.parts.service.Purchasing;
import io.pitstop.parts.service.Receiving;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/purchase-orders")
@Tag(name = "Parts")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class PurchaseOrderResource {

    private final CurrentCaller caller;
    private final Purchasing purchasing;
    private final Receiving receiving;

    public PurchaseOrderResource(CurrentCaller caller, Purchasing purchasing, Receiving receiving) {
        this.caller = caller;
        this.purchasing = purchasing;
        this.receiving = receiving;
    }

    @GET
    @RolesAllowed({Role.PARTS_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "listPurchaseOrders", summary = "Purchase orders, newest first (parts desk, manager)")
    @APIResponse(responseCode = "200", description = "Purchase orders",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PurchaseOrderView.class)))
    public Uni<List<PurchaseOrderView>> list(@QueryParam("status") PurchaseOrderStatus status, @BeanParam Paging paging) {
        return purchasing.list(status, paging.page());
    }

    @POST
    @RolesAllowed(Role.PARTS_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPurchaseOrder", summary = "Write a purchase order (DRAFT) to a supplier approved for every part (parts desk)")
    @APIResponse(responseCode = "201", description = "Written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PurchaseOrderView.class)))
    public Uni<Response> create(@Valid @NotNull PurchaseOrderRequest req) {
        return purchasing.create(caller.get(), req).map(v -> Response.created(URI.create("/api/v1/purchase-orders/" + v.id())).entity(v).build());
    }

    @GET
    @Path("/suggestions")
    @RolesAllowed({Role.PARTS_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "listPurchaseSuggestions", summary = "What to buy: parts below their minimum or short, from the preferred supplier")
    @APIResponse(responseCode = "200", description = "Suggestions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PurchaseSuggestionView.class)))
    public Uni<List<PurchaseSuggestionView>> suggestions(@BeanParam Paging paging) {
        return purchasing.suggestions(paging.page());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.PARTS_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "getPurchaseOrder", summary = "One purchase order with its lines and what came")
    @APIResponse(responseCode = "200", description = "The purchase order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PurchaseOrderView.class)))
    public Uni<PurchaseOrderView> get(@PathParam("id") UUID id) {
        return purchasing.get(id);
    }

    @POST
    @Path("/{id}/send")
    @RolesAllowed(Role.PARTS_NAME)
    @Operation(operationId = "sendPurchaseOrder", summary = "Send a draft to the supplier; it is expected after the longest lead time unless a date was given")
    @APIResponse(responseCode = "200", description = "Sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PurchaseOrderView.class)))
    @APIResponse(responseCode = "409", description = "Not a draft")
    public Uni<PurchaseOrderView> send(@PathParam("id") UUID id) {
        return purchasing.send(id);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Role.PARTS_NAME)
    @Operation(operationId = "cancelPurchaseOrder", summary = "Cancel a purchase order of which nothing was received")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PurchaseOrderView.class)))
    @APIResponse(responseCode = "409", description = "Something was received, or it is closed")
    public Uni<PurchaseOrderView> cancel(@PathParam("id") UUID id) {
        return purchasing.cancel(id);
    }

    @POST
    @Path("/{id}/receipts")
    @RolesAllowed(Role.PARTS_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receivePurchaseOrder", summary = "Receive a delivery with the inspector's checks; passed units enter stock and serve waiting lines",
            description = "Rejected units never enter stock: they go back to the supplier and the order line stays open for them.")
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceiptView.class)))
    @APIResponse(responseCode = "409", description = "The order is not sent or already closed")
    public Uni<Response> receive(@PathParam("id") UUID id, @Valid @NotNull ReceiptRequest req) {
        return receiving.receive(caller.get(), id, req)
                .map(v -> Response.created(URI.create("/api/v1/purchase-orders/" + id + "/receipts/" + v.id())).entity(v).build());
    }
}
