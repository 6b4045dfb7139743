package io.pitstop.appraisal;

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

import java.util.List;
import java.util.UUID;

@Path("/api/v1/appraisals")
@Tag(name = "Appraisals", description = "The monthly staff appraisal (绩效考核): a 100-point score per role, graded")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class AppraisalResource {

    private final CurrentCaller caller;
    private final AppraisalService appraisals;
    private final AppraisalWeights weights;

    public AppraisalResource(CurrentCaller caller, AppraisalService appraisals, AppraisalWeights weights) {
        this.caller = caller;
        this.appraisals = appraisals;
        this.weights = weights;
    }

    @GET
    @RolesAllowed({Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.CUSTOMER_SERVICE_NAME, Role.PARTS_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "listAppraisals", summary = "The appraisals of a month: managers see everyone, staff their own",
            description = "Advisors, technicians and customer service are appraised. Each score is the weighted mean of the "
                    + "parts that have a value (the person's own indicator figures of the month, the self-assessment, the "
                    + "manager's rating), each counted between 0 and 100; EXCELLENT from 90, GOOD from 80, PASS from 60. An open "
                    + "month is computed from the history on each call; a closed one is frozen.")
    @APIResponse(responseCode = "200", description = "Appraisals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AppraisalView.class)))
    public Uni<List<AppraisalView>> list(@QueryParam("month") @Parameter(description = "YYYY-MM (default: this month)", example = "2026-11") String month) {
        return appraisals.list(caller.get(), month == null ? null : AppraisalService.month(month));
    }

    @PUT
    @Path("/{month}/{staffId}")
    @RolesAllowed({Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.CUSTOMER_SERVICE_NAME, Role.PARTS_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rateAppraisal", summary = "Rate a month: the staff member their own (self), a manager anyone's (supervisor)")
    @APIResponse(responseCode = "200", description = "The appraisal with the rating",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppraisalView.class)))
    @APIResponse(responseCode = "404", description = "No such appraised staff member")
    @APIResponse(responseCode = "409", description = "The month is closed")
    public Uni<AppraisalView> rate(@PathParam("month") @Parameter(example = "2026-11") String month, @PathParam("staffId") UUID staffId,
                                   @Valid @NotNull AppraisalInputRequest req) {
        return appraisals.rate(caller.get(), AppraisalService.month(month), staffId, req);
    }

    @POST
    @Path("/{month}/close")
    @RolesAllowed(Role.MANAGER_NAME)
    @Operation(operationId = "closeAppraisalMonth", summary = "Close a month that is over: its appraisals are frozen as they are now (manager)")
    @APIResponse(responseCode = "200", description = "The frozen appraisals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = AppraisalView.class)))
    @APIResponse(responseCode = "409", description = "The month is not over, or already closed")
    public Uni<List<AppraisalView>> close(@PathParam("month") @Parameter(example = "2026-11") String month) {
        return appraisals.close(caller.get(), AppraisalService.month(month));
    }

    @GET
    @Path("/weights")
    @RolesAllowed(Role.MANAGER_NAME)
    @Operation(operationId = "listAppraisalWeights", summary = "The weights of each role's components (manager)")
    @APIResponse(responseCode = "200", description = "Weights by role",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = WeightsView.class)))
    public Uni<List<WeightsView>> weights() {
        return weights.byRole();
    }

    @PUT
    @Path("/weights/{role}")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setAppraisalWeights", summary = "Set the weights of a role's components; they add up to 100 (manager)")
    @APIResponse(responseCode = "200", description = "The new weights",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WeightsView.class)))
    public Uni<WeightsView> setWeights(@PathParam("role") Role role, @Valid @NotNull WeightsRequest req) {
        return weights.set(role, req);
    }
}
