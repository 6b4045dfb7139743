package io.pitstop.feedback.rest;

import jakarta.ws.rs.BeanParam;
import io.pitstop.common.Paging;
import io.pitstop.feedback.CallOutcomeRequest;
import io.pitstop.feedback.FollowUpCallView;
import io.pitstop.feedback.ProblemResolutionRequest;
import io.pitstop.feedback.service.FollowUpCalling;
import io.pitstop.feedback.service.FollowUpProblems;
import io.pitstop.feedback.service.FollowUpQueue;
import io.pitstop.identity.CurrentCaller;
import io.pitstop.identity.Role;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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

/** The calls are made by customer service, advisors and managers; a problem raised is solved by whoever owns it. */
@Path("/api/v1/follow-up-calls")
@Tag(name = "Feedback", description = "Ratings of visits and follow-up calls after delivery")
@RolesAllowed({Role.CUSTOMER_SERVICE_NAME, Role.ADVISOR_NAME, Role.MANAGER_NAME})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    private final CurrentCaller caller;
    private final FollowUpQueue queue;
    private final FollowUpCalling calling;
    private final FollowUpProblems problems;

    public FollowUpResource(CurrentCaller caller, FollowUpQueue queue, FollowUpCalling calling, FollowUpProblems problems) {
        this.caller = caller;
        this.queue = queue;
        this.calling = calling;
        this.problems = problems;
    }

    @GET
    @Operation(operationId = "listFollowUpCalls", summary = "The follow-up queue: calls to make today and problems being solved (scope=due), or all of the last 60 days",
            description = "A call appears 3 days after delivery and is due within 7; advisors see the calls and problems assigned to them.")
    @APIResponse(responseCode = "200", description = "Calls by due time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = FollowUpCallView.class)))
    public Uni<List<FollowUpCallView>> list(@QueryParam("scope") @DefaultValue("due") @Pattern(regexp = "due|all", message = "{pitstop.followUp.scope}") String scope,
                                            @BeanParam Paging paging) {
        return queue.list(caller.get(), scope, paging.page());
    }

    @POST
    @Path("/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordCallOutcome", summary = "Record a call attempt",
            description = "REACHED closes the call; NOT_REACHED retries on another day, up to 3 retries, then UNREACHABLE; PROBLEM "
                    + "gives the problem an owner (by default the order's advisor) and 3 working days.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpCallView.class)))
    @APIResponse(responseCode = "409", description = "Closed, or already tried today")
    public Uni<FollowUpCallView> outcome(@PathParam("id") UUID id, @Valid @NotNull CallOutcomeRequest req) {
        return calling.outcome(caller.get(), id, req);
    }

    @POST
    @Path("/{id}/problem-resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME, Role.CUSTOMER_SERVICE_NAME,
            Role.MANAGER_NAME})
    @Operation(operationId = "resolveCallProblem", summary = "Record how the reported problem was solved (its owner, customer service, a manager)")
    @APIResponse(responseCode = "200", description = "Solved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpCallView.class)))
    @APIResponse(responseCode = "409", description = "No open problem")
    public Uni<FollowUpCallView> resolve(@PathParam("id") UUID id, @Valid @NotNull ProblemResolutionRequest req) {
        return problems.resolve(caller.get(), id, req);
    }
}
