package io.pitstop.complaint.rest;

import io.pitstop.identity.CurrentCaller;
import io.pitstop.common.ClientAddress;
import io.pitstop.common.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import io.pitstop.complaint.ComplaintRequest;
import io.pitstop.complaint.ComplaintStats;
import io.pitstop.complaint.ComplaintStatus;
import io.pitstop.complaint.ComplaintStepRequest;
import io.pitstop.complaint.ComplaintSummary;
import io.pitstop.complaint.ComplaintView;
import io.pitstop.complaint.ConfirmationRequest;
import io.pitstop.complaint.service.ComplaintAnalysis;
import io.pitstop.complaint.service.ComplaintService;
import io.pitstop.identity.Caller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

@Path("/api/v1/complaints")
@Tag(name = "Complaints", description = "Complaints from intake to the customer's confirmation, answered within 24 hours and resolved within 48")
@Authenticated
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "Not logged in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Wrong role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ComplaintResource {

    private final CurrentCaller caller;
    private final ComplaintService complaints;
    private final ComplaintAnalysis analysis;

    public ComplaintResource(CurrentCaller caller, ComplaintService complaints, ComplaintAnalysis analysis) {
        this.caller = caller;
        this.complaints = complaints;
        this.analysis = analysis;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "fileComplaint", summary = "File a complaint (the owner in the app, or staff for a customer named by phone)",
            description = "It gets a unique number (TS-yyyyMMdd-NNNN), a priority suggested from the category and the order, the "
                    + "responsible team by category and a named owner; the customer is told the number and when they will hear back.")
    @APIResponse(responseCode = "201", description = "Filed",
            headers = @Header(name = "Location", description = "The complaint", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many complaints filed in the app (5 a day per customer, 30 per client address)",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> file(@Valid @NotNull ComplaintRequest req, @Context HttpServerRequest request) {
        return complaints.file(caller.get(), req, ClientAddress.of(request))
                .map(v -> Response.created(URI.create("/api/v1/complaints/" + v.id())).entity(v).build());
    }

    @GET
    @Operation(operationId = "listComplaints", summary = "Complaints: my own (customers), the inbox by nearest deadline (staff)",
            description = "Staff see every open complaint and those closed in the last 30 days; mine=true keeps those they own.")
    @APIResponse(responseCode = "200", description = "Complaints",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ComplaintSummary.class)))
    public Uni<List<ComplaintSummary>> list(@QueryParam("status") ComplaintStatus status,
                                            @QueryParam("mine") @DefaultValue("false") boolean mine) {
        return complaints.list(caller.get(), status, mine);
    }

    @GET
    @Path("/stats")
    @Operation(operationId = "complaintStats", summary = "The analysis of a period (manager, customer service)",
            description = "from/to are days in the shop's time zone (default: this month). Times are wall-clock minutes from filing; "
                    + "the shares count complaints done within their deadline among those done or past it.")
    @APIResponse(responseCode = "200", description = "Figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintStats.class)))
    @APIResponse(responseCode = "400", description = "Bad range", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ComplaintStats> stats(@QueryParam("from") @Parameter(example = "2026-11-01") LocalDate from,
                                     @QueryParam("to") @Parameter(example = "2026-11-30") LocalDate to) {
        return analysis.stats(caller.get(), from, to);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(operationId = "exportComplaints", summary = "The complaints of a period as CSV (manager, customer service)")
    @APIResponse(responseCode = "200", description = "CSV, UTF-8",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Bad range", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> export(@QueryParam("from") @Parameter(example = "2026-11-01") LocalDate from,
                                @QueryParam("to") @Parameter(example = "2026-11-30") LocalDate to) {
        return analysis.csv(caller.get(), from, to).map(csv -> Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"complaints.csv\"").build());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getComplaint", summary = "One complaint with its clock and audit trail")
    @APIResponse(responseCode = "200", description = "The complaint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "404", description = "No such complaint (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ComplaintView> get(@PathParam("id") UUID id) {
        return complaints.get(caller.get(), id);
    }

    @POST
    @Path("/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postComplaintStep", summary = "A step of the handling (its owner, customer service, a manager)",
            description = "ACKNOWLEDGE answers the customer; INVESTIGATE, NOTE with evidence from the order, PROPOSE_REMEDY, "
                    + "INFORM_CUSTOMER (resolved; waits for the customer's confirmation), WAIT_FOR_CUSTOMER / RESUME pause and "
                    + "restart the clock, REASSIGN, REPRIORITIZE. Every step is kept and cannot be changed.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such complaint", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not possible in the complaint's state", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ComplaintView> step(@PathParam("id") UUID id, @Valid @NotNull ComplaintStepRequest req) {
        return complaints.step(caller.get(), id, req);
    }

    @POST
    @Path("/{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmComplaint", summary = "The customer accepts the remedy (closed) or not (reopened)")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such complaint (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No remedy to confirm", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ComplaintView> confirm(@PathParam("id") UUID id, @Valid @NotNull ConfirmationRequest req) {
        return complaints.confirm(caller.get(), id, req);
    }
}
