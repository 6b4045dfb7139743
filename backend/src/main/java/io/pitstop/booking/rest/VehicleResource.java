package io.pitstop.booking.rest;

import io.pitstop.identity.CurrentCaller;
import io.pitstop.booking.VehicleRequest;
import io.pitstop.booking.VehicleView;
import io.pitstop.booking.service.VehicleService;
import io.pitstop.identity.Role;
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

@Path("/api/v1/me/vehicles")
@Tag(name = "Vehicles", description = "Car owners' vehicles")
@RolesAllowed(Role.CUSTOMER_NAME)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class VehicleResource {

    private final CurrentCaller caller;
    private final VehicleService vehicles;

    public VehicleResource(CurrentCaller caller, VehicleService vehicles) {
        this.caller = caller;
        this.vehicles = vehicles;
    }

    @GET
    @Operation(operationId = "listMyVehicles", summary = "My vehicles")
    @APIResponse(responseCode = "200", description = "My vehicles, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = VehicleView.class)))
    public Uni<List<VehicleView>> list() {
        return vehicles.mine(caller.get().accountId());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addMyVehicle", summary = "Add a vehicle")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VehicleView.class)))
    @APIResponse(responseCode = "400", description = "Invalid plate, VIN or other field")
    @APIResponse(responseCode = "409", description = "You already have a vehicle with this plate or VIN")
    public Uni<Response> add(@Valid @NotNull VehicleRequest req) {
        UUID me = caller.get().accountId();
        return vehicles.add(me, me, req).map(v -> Response.created(URI.create("/api/v1/me/vehicles/" + v.id())).entity(v).build());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMyVehicle", summary = "Change one of my vehicles (mileage, plate after re-registration, ...)")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VehicleView.class)))
    @APIResponse(responseCode = "409", description = "Another of my vehicles has this plate or VIN")
    public Uni<VehicleView> update(@PathParam("id") UUID id, @Valid @NotNull VehicleRequest req) {
        return vehicles.update(caller.get().accountId(), id, req);
    }
}
