package io.pitstop.parts.rest;

import io.pitstop.common.Paging;
import io.pitstop.identity.CurrentCaller;
import io.pitstop.identity.Role;
import io.pitstop.parts.StockCountRequest;
import io.pitstop.parts.StockCountView;
import io.pitstop.parts.service.StockCounts;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

@Path("/api/v1/stock-counts")
@Tag(name = "Parts")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class StockCountResource {

    private final CurrentCaller caller;
    private final StockCounts counts;

    public StockCountResource(CurrentCaller caller, StockCounts counts) {
        this.caller = caller;
        this.counts = counts;
    }

    @GET
    @RolesAllowed({Role.PARTS_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "listStockCounts", summary = "Stock counts, newest first, each line with its difference and reason")
    @APIResponse(responseCode = "200", description = "Counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = StockCountView.class)))
    public Uni<List<StockCountView>> list(@BeanParam Paging paging) {
        return counts.list(paging.page());
    }

    @POST
    @RolesAllowed(Role.PARTS_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createStockCount", summary = "Record a stock count (盘点): each difference from the ledger is booked with its reason")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StockCountView.class)))
    @APIResponse(responseCode = "409", description = "A count would leave less than orders hold")
    public Uni<Response> create(@Valid @NotNull StockCountRequest req) {
        return counts.count(caller.get(), req).map(v -> Response.created(URI.create("/api/v1/stock-counts/" + v.id())).entity(v).build());
    }
}
