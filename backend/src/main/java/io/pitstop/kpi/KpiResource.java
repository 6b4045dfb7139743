package io.pitstop.kpi;

import jakarta.ws.rs.BeanParam;
import io.pitstop.common.Paging;
import io.pitstop.identity.Role;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Path("/api/v1/kpis")
@Tag(name = "Indicators", description = "The quality indicators of the after-sales service, computed from the recorded history")
@RolesAllowed(Role.MANAGER_NAME)
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

    private final KpiService kpis;

    public KpiResource(KpiService kpis) {
        this.kpis = kpis;
    }

    @GET
    @Operation(operationId = "listKpis", summary = "The indicators of a period, for the shop or per person",
            description = "Days in the shop's time zone (from and to included; default: this month to today), at most 400. "
                    + "Each indicator comes with its definition, target, value, numerator and denominator, and the value of "
                    + "the previous period of the same length. scope=advisor, technician, agent or parts breaks down the indicators "
                    + "that apply to that kind of person (one figure per person). A figure with nothing counted has no value.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiReport.class)))
    public Uni<KpiReport> list(@QueryParam("from") @Parameter(example = "2026-11-01") LocalDate from,
                               @QueryParam("to") @Parameter(example = "2026-11-30") LocalDate to,
                               @QueryParam("scope") @Parameter(description = "SHOP (default), ADVISOR, TECHNICIAN, AGENT or PARTS") Scope scope,
                               @QueryParam("code") @Parameter(description = "Only these indicators (repeat the parameter)") Set<Indicator> codes) {
        return kpis.report(from, to, scope, codes);
    }

    @GET
    @Path("/{code}/items")
    @Operation(operationId = "listKpiItems", summary = "The bookings, orders or complaints behind an indicator's figure",
            description = "Every item the figure adds up, oldest first (paged), with what it added to the numerator and "
                    + "the denominator and whether it missed; for one person with scope and subject.")
    @APIResponse(responseCode = "200", description = "The items",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = KpiItem.class)))
    public Uni<List<KpiItem>> items(@PathParam("code") Indicator code,
                                    @QueryParam("from") @Parameter(example = "2026-11-01") LocalDate from,
                                    @QueryParam("to") @Parameter(example = "2026-11-30") LocalDate to,
                                    @QueryParam("scope") Scope scope,
                                    @QueryParam("subject") @Parameter(description = "The person's id, with scope") UUID subject,
                                    @BeanParam Paging paging) {
        return kpis.items(code, from, to, scope, subject, paging.page());
    }
}
