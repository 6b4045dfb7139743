package io.pitstop.booking.rest;

import jakarta.ws.rs.BeanParam;
import io.pitstop.common.Paging;
import io.pitstop.booking.AppointmentEventView;
import io.pitstop.booking.AppointmentStatus;
import io.pitstop.booking.AppointmentView;
import io.pitstop.booking.BatchConfirmRequest;
import io.pitstop.booking.BatchConfirmView;
import io.pitstop.booking.BookingRequest;
import io.pitstop.booking.CancelRequest;
import io.pitstop.booking.RescheduleRequest;
import io.pitstop.booking.SlotFullException;
import io.pitstop.booking.SlotFullProblem;
import io.pitstop.booking.service.BatchConfirmation;
import io.pitstop.booking.service.BookingIntake;
import io.pitstop.booking.service.BookingLifecycle;
import io.pitstop.booking.service.BookingViews;
import io.pitstop.common.ClientAddress;
import io.pitstop.common.Language;
import io.pitstop.common.Problem;
import io.pitstop.common.RequestIds;
import io.pitstop.common.RequestLanguage;
import io.pitstop.identity.CurrentCaller;
import io.pitstop.identity.PartnerScopes;
import io.pitstop.identity.Role;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/appointments")
@Tag(name = "Booking")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentResource {

    private final CurrentCaller caller;
    private final BookingIntake intake;
    private final BookingLifecycle lifecycle;
    private final BookingViews views;
    private final BatchConfirmation batch;
    private final RequestLanguage language;

    public AppointmentResource(CurrentCaller caller, BookingIntake intake, BookingLifecycle lifecycle, BookingViews views,
                               BatchConfirmation batch, RequestLanguage language) {
        this.caller = caller;
        this.intake = intake;
        this.lifecycle = lifecycle;
        this.views = views;
        this.batch = batch;
        this.language = language;
    }

    @POST
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME,
            PartnerScopes.BOOKINGS_WRITE_ROLE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "book", summary = "Book a service",
            description = "Customers book for one of their vehicles (channel APP or WEB); advisors and customer service for "
                    + "a customer named by phone (PHONE, WALK_IN); partner apps with scope bookings:write (PARTNER). A retry "
                    + "with the same Idempotency-Key returns the first result; the same key with another body is 422. "
                    + "The booking waits for an advisor's confirmation (within 15 minutes). Bookings start at most 60 days ahead; "
                    + "a customer holds at most 4 upcoming bookings and a vehicle 2 (409 booking-cap); customers may try 10 "
                    + "times an hour, partners 100, and one client address 60 (429 with Retry-After).")
    @APIResponse(responseCode = "201", description = "Booked (or the earlier result of the same Idempotency-Key)",
            headers = @Header(name = "Location", description = "The booking", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "Vehicle or customer not found")
    @APIResponse(responseCode = "400", description = "Invalid input, e.g. mileageKm not a whole number of km from 0 to 2,000,000")
    @APIResponse(responseCode = "409", description = "The start time is full (slot-full) or the car is already booked then "
            + "(vehicle-already-booked), both offering the nearest start times the car can be booked instead, or the customer "
            + "or vehicle holds the most upcoming bookings allowed (booking-cap)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = SlotFullProblem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with a different request")
    @APIResponse(responseCode = "429", description = "Too many booking attempts",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)))
    public Uni<Response> book(@Valid @NotNull BookingRequest req, @Context HttpServerRequest request,
                              @HeaderParam("Idempotency-Key") @Pattern(regexp = "^[A-Za-z0-9._:-]{8,100}$", message = "{pitstop.idempotencyKey}")
                              @Parameter(description = "Unique per booking attempt (a UUID); retries send the same one", example = "3f1c9a52-7d0b-4a5e-9c61-2b8e4f7a1d30")
                              String idempotencyKey) {
        return intake.book(caller.get(), req, idempotencyKey, ClientAddress.of(request)).map(b -> Response
                .created(URI.create("/api/v1/appointments/" + b.view().id()))
                .header("Idempotent-Replayed", Boolean.toString(b.replayed()))
                .entity(b.view()).build());
    }

    @GET
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
            Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME, PartnerScopes.BOOKINGS_READ_ROLE})
    @Operation(operationId = "listAppointments", summary = "Bookings: my own (customers), all of a period (staff), or those I made (partners)",
            description = "from/to are days in the shop's time zone; by default customers see the last and the next 365 days, staff see today; at most 731 days.")
    @APIResponse(responseCode = "200", description = "Bookings by start time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AppointmentView.class)))
    public Uni<List<AppointmentView>> list(@QueryParam("status") AppointmentStatus status,
                                           @QueryParam("from") @Parameter(example = "2026-11-25") LocalDate from,
                                           @QueryParam("to") @Parameter(example = "2026-11-25") LocalDate to,
                                           @BeanParam Paging paging) {
        return views.list(caller.get(), status, from, to, paging.page());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
            Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME, PartnerScopes.BOOKINGS_READ_ROLE})
    @Operation(operationId = "getAppointment", summary = "One booking")
    @APIResponse(responseCode = "200", description = "The booking",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    public Uni<AppointmentView> get(@PathParam("id") UUID id) {
        return views.get(caller.get(), id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
            Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME, PartnerScopes.BOOKINGS_READ_ROLE})
    @Operation(operationId = "getAppointmentHistory", summary = "Every change of a booking: who, when, what")
    @APIResponse(responseCode = "200", description = "Changes, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AppointmentEventView.class)))
    public Uni<List<AppointmentEventView>> history(@PathParam("id") UUID id) {
        return views.history(caller.get(), id);
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed({Role.ADVISOR_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "confirmAppointment", summary = "Confirm a requested booking (advisor)",
            description = "The advisor becomes the customer's advisor for this visit; the customer is told their name, "
                    + "phone and what to bring.")
    @APIResponse(responseCode = "200", description = "Confirmed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "409", description = "Not in REQUESTED")
    public Uni<AppointmentView> confirm(@PathParam("id") UUID id) {
        return lifecycle.confirm(caller.get(), id);
    }

    @POST
    @Path("/confirmations")
    @RolesAllowed({Role.ADVISOR_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmAppointments", summary = "Confirm several requested bookings at once (advisor)",
            description = "Per booking, not all or nothing: each is confirmed on its own exactly as by confirmAppointment "
                    + "(the caller becomes its advisor, the customer is told), and the answer says per id whether it was "
                    + "CONFIRMED, NOT_FOUND or NOT_PENDING (already confirmed by a colleague, cancelled, ...), in the order "
                    + "asked. Warnings (car in the workshop, overlapping booking) do not block a confirmation.")
    @APIResponse(responseCode = "200", description = "One result per distinct id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchConfirmView.class)))
    public Uni<BatchConfirmView> confirmMany(@Valid @NotNull BatchConfirmRequest req) {
        return batch.confirm(caller.get(), req.ids(), language.get());
    }

    @POST
    @Path("/{id}/reschedule")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
            Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME, PartnerScopes.BOOKINGS_WRITE_ROLE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rescheduleAppointment", summary = "Move a booking to another bookable start time",
            description = "Customers may do it until the cut-off (2 hours before the start) and the advisor confirms the "
                    + "new time again; staff may do it any time before the start.")
    @APIResponse(responseCode = "200", description = "Rescheduled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "409", description = "Past the cut-off, not reschedulable in its state, or the new time is full",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = SlotFullProblem.class)))
    public Uni<AppointmentView> reschedule(@PathParam("id") UUID id, @Valid @NotNull RescheduleRequest req) {
        return lifecycle.reschedule(caller.get(), id, req.start());
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
            Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME, PartnerScopes.BOOKINGS_WRITE_ROLE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelAppointment", summary = "Cancel a booking",
            description = "Customers may do it until the cut-off (2 hours before the start); staff any time.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "409", description = "Past the cut-off or not cancellable in its state")
    public Uni<AppointmentView> cancel(@PathParam("id") UUID id, @Valid @NotNull CancelRequest req) {
        return lifecycle.cancel(caller.get(), id, req.reason());
    }

    @POST
    @Path("/{id}/no-show")
    @RolesAllowed({Role.ADVISOR_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "markAppointmentNoShow", summary = "The customer did not come (advisor, after the start time)")
    @APIResponse(responseCode = "200", description = "Marked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "409", description = "Before the start, or not in a state that can be a no-show")
    public Uni<AppointmentView> noShow(@PathParam("id") UUID id) {
        return lifecycle.noShow(caller.get(), id);
    }

    @POST
    @Path("/{id}/check-in")
    @RolesAllowed({Role.ADVISOR_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "checkInAppointment", summary = "The car has arrived (advisor); a repair order opens from it")
    @APIResponse(responseCode = "200", description = "Checked in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "409", description = "Not confirmed")
    public Uni<AppointmentView> checkIn(@PathParam("id") UUID id) {
        return lifecycle.checkIn(caller.get(), id);
    }

    /** A full start time: the problem offers the nearest bookable ones, its detail in the language the client asked for. */
    @ServerExceptionMapper
    public Response slotFull(SlotFullException e, UriInfo uri, HttpHeaders headers) {
        Language language = Language.ofAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return Response.status(409).type(Problem.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .entity(new SlotFullProblem(Problem.TYPE_BASE + e.type(), e.title(), 409, e.detail(language),
                        "/" + uri.getPath().replaceFirst("^/", ""), headers.getHeaderString(RequestIds.HEADER), e.alternatives()))
                .build();
    }
}
