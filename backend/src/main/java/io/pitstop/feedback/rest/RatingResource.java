package io.pitstop.feedback.rest;

import io.pitstop.feedback.RatingRequest;
import io.pitstop.feedback.RatingView;
import io.pitstop.feedback.service.VisitRatings;
import io.pitstop.identity.CurrentCaller;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The car's owner rates their visit; the staff read the rating. */
@Path("/api/v1/repair-orders/{id}/rating")
@Tag(name = "Feedback", description = "Ratings of visits and follow-up calls after delivery")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {

    private final CurrentCaller caller;
    private final VisitRatings ratings;

    public RatingResource(CurrentCaller caller, VisitRatings ratings) {
        this.caller = caller;
        this.ratings = ratings;
    }

    @GET
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
            Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "getRating", summary = "The rating of a visit (owner and staff)")
    @APIResponse(responseCode = "200", description = "The rating",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "404", description = "Not rated yet, or no such order (or not yours)")
    public Uni<RatingView> get(@PathParam("id") UUID id) {
        return ratings.get(caller.get(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CUSTOMER_NAME)
    @Operation(operationId = "rateVisit", summary = "Rate a delivered visit, once (owner)",
            description = "A low rating (overall 2 stars or less, or any dimension at 1) alerts customer service at once; the "
                    + "answer then suggests filing a complaint.")
    @APIResponse(responseCode = "201", description = "Rated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "409", description = "Not delivered, or already rated")
    public Uni<Response> rate(@PathParam("id") UUID id, @Valid @NotNull RatingRequest req) {
        return ratings.rate(caller.get(), id, req).map(v -> Response.status(201).entity(v).build());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CUSTOMER_NAME)
    @Operation(operationId = "changeRating", summary = "Change a rating within 24 hours of giving it (owner)")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "404", description = "Not rated yet, or no such order (or not yours)")
    @APIResponse(responseCode = "409", description = "Locked: more than 24 hours old")
    public Uni<RatingView> change(@PathParam("id") UUID id, @Valid @NotNull RatingRequest req) {
        return ratings.change(caller.get(), id, req);
    }
}
