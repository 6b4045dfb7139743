package io.pitstop.feedback.rest;

import jakarta.ws.rs.BeanParam;
import io.pitstop.common.Paging;
import io.pitstop.feedback.RatingSummary;
import io.pitstop.feedback.RatingView;
import io.pitstop.feedback.service.SatisfactionReport;
import io.pitstop.identity.Role;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

@Path("/api/v1/ratings")
@Tag(name = "Feedback", description = "Ratings of visits and follow-up calls after delivery")
@RolesAllowed({Role.MANAGER_NAME, Role.CUSTOMER_SERVICE_NAME, Role.ADVISOR_NAME, Role.TEAM_LEAD_NAME})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class RatingReportResource {

    private final SatisfactionReport report;

    public RatingReportResource(SatisfactionReport report) {
        this.report = report;
    }

    @GET
    @Operation(operationId = "listRatings", summary = "Ratings of a period, newest first (manager, customer service, advisor, team lead)",
            description = "from/to are days in the shop's time zone; by default the last 30 days; at most 400 days.")
    @APIResponse(responseCode = "200", description = "Ratings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RatingView.class)))
    public Uni<List<RatingView>> list(@QueryParam("from") @Parameter(example = "2026-11-01") LocalDate from,
                                      @QueryParam("to") @Parameter(example = "2026-11-30") LocalDate to,
                                      @QueryParam("low") @Parameter(description = "Only low (true) or only the others (false)") Boolean low,
                                      @BeanParam Paging paging) {
        return report.list(from, to, low, paging.page());
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "ratingSummary", summary = "Satisfaction of a period for the shop and per advisor and technician",
            description = "The satisfaction score is the mean of the five ratings mapped onto 0-100 (1 star = 0, 5 stars = 100); the target is 85.")
    @APIResponse(responseCode = "200", description = "Summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RatingSummary.class)))
    public Uni<RatingSummary> summary(@QueryParam("from") @Parameter(example = "2026-11-01") LocalDate from,
                                      @QueryParam("to") @Parameter(example = "2026-11-30") LocalDate to) {
        return report.summary(from, to);
    }
}
