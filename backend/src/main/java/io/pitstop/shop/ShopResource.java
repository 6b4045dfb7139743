package io.pitstop.shop;

import io.pitstop.identity.Role;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/shop")
@Tag(name = "Shop", description = "The dealership's configuration: hours, closed days, bays, service types")
@Produces(MediaType.APPLICATION_JSON)
public class ShopResource {

    private final ShopService shop;

    public ShopResource(ShopService shop) {
        this.shop = shop;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getShop", summary = "The shop's configuration", description = "Public: no token needed.")
    @APIResponse(responseCode = "200", description = "The shop",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShopView.class)))
    public Uni<ShopView> get() {
        return shop.view();
    }

    @PUT
    @RolesAllowed(Role.MANAGER_NAME)
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateShopSettings", summary = "Change name, contact, time zone and weekly hours",
            description = "The weekly hours are replaced as a whole; a weekday left out is closed.")
    @APIResponse(responseCode = "200", description = "The updated shop",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShopView.class)))
    public Uni<ShopView> update(@Valid @NotNull ShopSettingsRequest req) {
        return shop.updateSettings(req);
    }

    @PUT
    @Path("/closed-days/{date}")
    @RolesAllowed(Role.MANAGER_NAME)
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeShopOn", summary = "Close the shop on a date")
    @APIResponse(responseCode = "200", description = "The closed day",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClosedDay.class)))
    public Uni<ClosedDay> close(@PathParam("date") @Parameter(description = "ISO date", example = "2027-02-06") LocalDate date,
                                @Valid @NotNull ClosedDayRequest req) {
        return shop.closeOn(date, req);
    }

    @DELETE
    @Path("/closed-days/{date}")
    @RolesAllowed(Role.MANAGER_NAME)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "reopenShopOn", summary = "Open again on a date that was closed")
    @APIResponse(responseCode = "204", description = "Open again")
    @APIResponse(responseCode = "404", description = "That date was not closed")
    public Uni<Response> reopen(@PathParam("date") @Parameter(description = "ISO date", example = "2027-02-06") LocalDate date) {
        return shop.reopenOn(date).map(v -> Response.noContent().build());
    }

    @POST
    @Path("/bays")
    @RolesAllowed(Role.MANAGER_NAME)
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createBay", summary = "Add a service bay")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BayView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Uni<Response> createBay(@Valid @NotNull BayRequest req) {
        return shop.createBay(req).map(b -> Response.created(URI.create("/api/v1/shop/bays/" + b.id())).entity(b).build());
    }

    @PUT
    @Path("/bays/{id}")
    @RolesAllowed(Role.MANAGER_NAME)
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateBay", summary = "Change a service bay (or take it out of service with active=false)")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BayView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Uni<BayView> updateBay(@PathParam("id") UUID id, @Valid @NotNull BayRequest req) {
        return shop.updateBay(id, req);
    }

    @PUT
    @Path("/service-types/{code}")
    @RolesAllowed(Role.MANAGER_NAME)
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putServiceType", summary = "Create or change a service type",
            description = "Durations are multiples of 15 minutes; a booking of a long service spans several slots.")
    @APIResponse(responseCode = "200", description = "The service type",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceTypeView.class)))
    public Uni<ServiceTypeView> putServiceType(@PathParam("code") @Parameter(example = "MINOR_SERVICE") String code,
                                               @Valid @NotNull ServiceTypeRequest req) {
        return shop.putServiceType(code, req);
    }
}
