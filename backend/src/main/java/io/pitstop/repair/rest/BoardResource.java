package io.pitstop.repair.rest;

import io.pitstop.identity.Role;
import io.pitstop.live.LiveHub;
import io.pitstop.live.LiveSse;
import io.pitstop.live.StreamPermits;
import io.pitstop.identity.CurrentCaller;
import io.pitstop.repair.RepairEventView;
import io.pitstop.repair.TechnicianView;
import io.pitstop.repair.service.RepairFeeds;
import io.pitstop.repair.service.RepairQueries;
import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/board")
@Tag(name = RepairApi.TAG, description = RepairApi.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
public class BoardResource {

    private final LiveHub live;
    private final RepairQueries queries;
    private final CurrentCaller caller;
    private final StreamPermits permits;

    public BoardResource(LiveHub live, RepairQueries queries, CurrentCaller caller, StreamPermits permits) {
        this.live = live;
        this.queries = queries;
        this.caller = caller;
        this.permits = permits;
    }

    @GET
    @Path("/technicians")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TEAM_LEAD_NAME, Role.MANAGER_NAME, Role.ADVISOR_NAME})
    @Operation(operationId = "listTechnicians", summary = "Technicians and team leads with their open workload, least loaded first (team lead, advisor, manager)",
            description = "Whom an approved order can be dispatched to; the team lead dispatches by difficulty and workload.")
    @APIResponse(responseCode = "200", description = "The workshop",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TechnicianView.class)))
    @APIResponse(responseCode = "403", description = "Not the workshop's lead, an advisor or a manager")
    public Uni<List<TechnicianView>> technicians() {
        return queries.technicians();
    }

    @GET
    @Path("/events")
    @LiveAccess
    @RolesAllowed({Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME, Role.CUSTOMER_SERVICE_NAME,
            Role.MANAGER_NAME})
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamBoard", summary = "Every order's events as they happen (staff; server-sent events)",
            description = "Each SSE event has id: the shop-wide event id, event: the type, data: a RepairEventView. Without "
                    + "Last-Event-ID the stream starts with the next event (load GET /api/v1/repair-orders first); with it, "
                    + "it replays what came after. A comment line every 15 seconds keeps proxies from closing it.")
    @APIResponse(responseCode = "200", description = "The stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = RepairEventView.class)))
    @APIResponse(responseCode = "400", description = "Malformed Last-Event-ID")
    @APIResponse(responseCode = "403", description = "Not staff")
    @APIResponse(responseCode = "429", description = "Too many streams open from this account, or on this server (Retry-After)")
    public Multi<OutboundSseEvent> board(@HeaderParam("Last-Event-ID") @Parameter(description = "The last id received, on reconnect") String lastEventId,
                                         @Context Sse sse) {
        return permits.guard(caller.get().subject(), () -> LiveSse.of(sse,
                live.stream(RepairFeeds.BOARD, RepairFeeds.BOARD_KEY, LiveAccessFilter.lastEventId(lastEventId, -1), e -> true),
                live.heartbeat()));
    }
}
