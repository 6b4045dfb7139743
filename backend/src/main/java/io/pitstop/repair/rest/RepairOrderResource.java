package io.pitstop.repair.rest;

import jakarta.ws.rs.BeanParam;
import io.pitstop.common.Paging;
import io.pitstop.identity.CurrentCaller;
import io.pitstop.identity.PartnerScopes;
import io.pitstop.identity.Role;
import io.pitstop.live.LiveHub;
import io.pitstop.live.LiveSse;
import io.pitstop.live.StreamPermits;
import io.pitstop.repair.CheckInRequest;
import io.pitstop.repair.RepairEventView;
import io.pitstop.repair.RepairOrderSummary;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.service.CheckIn;
import io.pitstop.repair.service.RepairFeeds;
import io.pitstop.repair.service.RepairQueries;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Repair orders opened at reception and read: by their owner, the staff, and partners for their own bookings. */
@Path("/api/v1/repair-orders")
@Tag(name = RepairApi.TAG, description = RepairApi.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class RepairOrderResource {

    private final CurrentCaller caller;
    private final CheckIn checkIn;
    private final RepairQueries queries;
    private final LiveHub live;
    private final StreamPermits permits;

    public RepairOrderResource(CurrentCaller caller, CheckIn checkIn, RepairQueries queries, LiveHub live, StreamPermits permits) {
        this.caller = caller;
        this.permits = permits;
        this.checkIn = checkIn;
        this.queries = queries;
        this.live = live;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADVISOR_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "checkIn", summary = "Receive a car and open its repair order (advisor)",
            description = "From a confirmed booking (which becomes CHECKED_IN) or, for a walk-in, from one of the customer's "
                    + "vehicles. The receiving advisor owns the order.")
    @APIResponse(responseCode = "201", description = "Opened",
            headers = @Header(name = "Location", description = "The order", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "404", description = "No such booking")
    @APIResponse(responseCode = "409", description = "Booking not confirmed or already received, or the car is already in the workshop")
    public Uni<Response> checkIn(@Valid @NotNull CheckInRequest req) {
        return checkIn.receive(caller.get(), req).map(v -> Response.created(URI.create("/api/v1/repair-orders/" + v.id())).entity(v).build());
    }

    @GET
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
            Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME, PartnerScopes.REPAIRS_READ_ROLE})
    @Operation(operationId = "listRepairOrders", summary = "Repair orders: my own (customers), a day's board (staff), those of my bookings (partners)",
            description = "Staff see the open orders and those received or delivered on the day (default today, shop time zone).")
    @APIResponse(responseCode = "200", description = "Orders",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RepairOrderSummary.class)))
    public Uni<List<RepairOrderSummary>> list(@QueryParam("status") RepairStatus status,
                                              @QueryParam("day") @Parameter(example = "2026-11-25") LocalDate day,
                                              @BeanParam Paging paging) {
        return queries.list(caller.get(), status, day, paging.page());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
            Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME, PartnerScopes.REPAIRS_READ_ROLE})
    @Operation(operationId = "getRepairOrder", summary = "One repair order with its estimate, delays, settlement and attachments")
    @APIResponse(responseCode = "200", description = "The order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "404", description = "No such order (or not yours)")
    public Uni<RepairOrderView> get(@PathParam("id") UUID id) {
        return queries.get(caller.get(), id);
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
            Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME, PartnerScopes.REPAIRS_READ_ROLE})
    @Operation(operationId = "getRepairTimeline", summary = "Every event of the order, oldest first (what its stream replays)")
    @APIResponse(responseCode = "200", description = "Events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RepairEventView.class)))
    @APIResponse(responseCode = "404", description = "No such order (or not yours)")
    public Uni<List<RepairEventView>> timeline(@PathParam("id") UUID id) {
        return queries.timeline(caller.get(), id);
    }

    @GET
    @Path("/{id}/events")
    @LiveAccess
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
            Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME})
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamRepairOrder", summary = "The order's events, live (owner and staff; server-sent events)",
            description = "Each SSE event has id: the order's event sequence, event: the type, data: a RepairEventView. A new "
                    + "connection replays the whole timeline; a reconnect with Last-Event-ID replays exactly what came after "
                    + "it, then continues live. A comment line every 15 seconds keeps proxies from closing it. Send the token "
                    + "in the Authorization header (never in the URL).")
    @APIResponse(responseCode = "200", description = "The stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = RepairEventView.class)))
    @APIResponse(responseCode = "400", description = "Malformed Last-Event-ID")
    @APIResponse(responseCode = "404", description = "No such order (or not yours)")
    @APIResponse(responseCode = "429", description = "Too many streams open from this account, or on this server (Retry-After)")
    public Multi<OutboundSseEvent> events(@PathParam("id") UUID id,
                                          @HeaderParam("Last-Event-ID") @Parameter(description = "The last id received, on reconnect", example = "7") String lastEventId,
                                          @Context Sse sse) {
        boolean staff = caller.get().role().isStaff();
        return permits.guard(caller.get().subject(), () -> LiveSse.of(sse, live.stream(RepairFeeds.ORDER, id.toString(),
                LiveAccessFilter.lastEventId(lastEventId, 0), e -> staff || !e.staffOnly()), live.heartbeat()));
    }
}
