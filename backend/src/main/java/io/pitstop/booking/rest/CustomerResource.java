package io.pitstop.booking.rest;

import io.pitstop.identity.CurrentCaller;
import io.pitstop.booking.CustomerView;
import io.pitstop.booking.WalkInVehicleRequest;
import io.pitstop.booking.service.VehicleService;
import io.pitstop.identity.Role;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/customers")
@Tag(name = "Customers", description = "Staff look up phone and walk-in customers and add their vehicles")
@RolesAllowed({Role.ADVISOR_NAME, Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    private final CurrentCaller caller;
    private final VehicleService vehicles;

    public CustomerResource(CurrentCaller caller, VehicleService vehicles) {
        this.caller = caller;
        this.vehicles = vehicles;
    }

    @GET
    @Operation(operationId = "findCustomerByPhone", summary = "The customer with this phone number, with vehicles")
    @APIResponse(responseCode = "200", description = "The customer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "400", description = "Not a phone number")
    @APIResponse(responseCode = "404", description = "No customer with this phone")
    public Uni<CustomerView> byPhone(@QueryParam("phone") @NotBlank @Parameter(required = true, example = "13900000001") String phone) {
        return vehicles.customerByPhone(phone);
    }

    @POST
    @Path("/vehicles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addWalkInVehicle", summary = "Add a vehicle for a phone or walk-in customer (created if new)")
    @APIResponse(responseCode = "201", description = "The customer with their vehicles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "409", description = "The phone belongs to staff, or the VIN is on another of their vehicles")
    public Uni<Response> addWalkIn(@Valid @NotNull WalkInVehicleRequest req) {
        return vehicles.addForWalkIn(caller.get().accountId(), req).map(c -> Response.status(201).entity(c).build());
    }
}
