package io.pitstop.feedback.rest;

import io.pitstop.identity.CurrentCaller;
import io.pitstop.common.Problem;
import io.pitstop.feedback.CallOutcomeRequest;
import io.pitstop.feedback.FollowUpCallView;
import io.pitstop.feedback.ProblemResolutionRequest;
import io.pitstop.feedback.service.FollowUpService;
import io.pitstop.identity.Caller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/follow-up-calls")
@Tag(name = "Feedback", description = "Ratings of visits and follow-up calls after delivery")
@Authenticated
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "Not logged in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not customer service, an advisor or a manager", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class FollowUpResource {

    private final CurrentCaller caller;
    private final FollowUpService followUps;

    public FollowUpResource(CurrentCaller caller, FollowUpService followUps) {
        this.caller = caller;
        this.followUps = followUps;
    }

    @GET
    @Operation(operationId = "listFollowUpCalls", summary = "The follow-up queue: calls to make today and problems being solved (scope=due), or all of the last 60 days",
            description = "A call appears 3 days after delivery and is due within 7; advisors see the calls and problems assigned to them.")
    @APIResponse(responseCode = "200", description = "Calls by due time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = FollowUpCallView.class)))
    @APIResponse(responseCode = "400", description = "Unknown scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<FollowUpCallView>> list(@QueryParam("scope") @DefaultValue("due") @Pattern(regexp = "due|all", message = "must be due or all") String scope) {
        return followUps.list(caller.get(), scope);
    }

    @POST
    @Path("/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordCallOutcome", summary = "Record a call attempt",
            description = "REACHED closes the call; NOT_REACHED retries on another day, up to 3 retries, then UNREACHABLE; PROBLEM "
                    + "gives the problem an owner (by default the order's advisor) and 3 working days.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpCallView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such call", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Closed, or already tried today", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<FollowUpCallView> outcome(@PathParam("id") UUID id, @Valid @NotNull CallOutcomeRequest req) {
        return followUps.outcome(caller.get(), id, req);
    }

    @POST
    @Path("/{id}/problem-resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resolveCallProblem", summary = "Record how the reported problem was solved (its owner, customer service, a manager)")
    @APIResponse(responseCode = "200", description = "Solved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpCallView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such call", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No open problem", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<FollowUpCallView> resolve(@PathParam("id") UUID id, @Valid @NotNull ProblemResolutionRequest req) {
        return followUps.resolveProblem(caller.get(), id, req);
    }
}
