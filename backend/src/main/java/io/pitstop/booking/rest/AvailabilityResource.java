package io.pitstop.booking.rest;

import io.pitstop.booking.AvailabilityView;
import io.pitstop.booking.service.BookingSlots;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

@Path("/api/v1/availability")
@Tag(name = "Booking", description = "Availability, bookings and their lifecycle")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

    private final BookingSlots slots;

    public AvailabilityResource(BookingSlots slots) {
        this.slots = slots;
    }

    @GET
    @Operation(operationId = "getAvailability", summary = "Bookable start times of a service type",
            description = "From opening hours, closed days, bays with the right skill, the service's duration (a booking "
                    + "may span several slots), live bookings, the minimum lead time and the share of bays held back for "
                    + "emergencies. With emergency=true: start times within the next hour, the reserve included. Public.")
    @APIResponse(responseCode = "200", description = "Bookable start times with remaining capacity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AvailabilityView.class)))
    @APIResponse(responseCode = "400", description = "Unknown service type, or a bad range")
    public Uni<AvailabilityView> get(
            @QueryParam("serviceType") @NotBlank @Parameter(required = true, example = "MINOR_SERVICE") String serviceType,
            @QueryParam("from") @Parameter(description = "First day, in the shop's time zone", example = "2026-11-25") LocalDate from,
            @QueryParam("to") @Parameter(description = "Last day (at most 14 days after from)", example = "2026-11-27") LocalDate to,
            @QueryParam("emergency") @DefaultValue("false") @Parameter(description = "Car will not start or is unsafe") boolean emergency) {
        return slots.availability(serviceType, from, to, emergency);
    }
}
