package io.pitstop.complaint.rest;

import jakarta.ws.rs.BeanParam;
import io.pitstop.common.Paging;
import io.pitstop.common.ClientAddress;
import io.pitstop.common.RequestLanguage;
import io.pitstop.complaint.ComplaintRequest;
import io.pitstop.complaint.ComplaintStats;
import io.pitstop.complaint.ComplaintStatus;
import io.pitstop.complaint.ComplaintStepRequest;
import io.pitstop.complaint.ComplaintSummary;
import io.pitstop.complaint.ComplaintView;
import io.pitstop.complaint.ConfirmationRequest;
import io.pitstop.complaint.service.ComplaintAnalysis;
import io.pitstop.complaint.service.ComplaintConfirmation;
import io.pitstop.complaint.service.ComplaintHandling;
import io.pitstop.complaint.service.ComplaintIntake;
import io.pitstop.complaint.service.ComplaintViews;
import io.pitstop.identity.CurrentCaller;
import io.pitstop.identity.Role;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Context;
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

/** Complaints are for customers and staff; partner applications have none. */
@Path("/api/v1/complaints")
@Tag(name = "Complaints", description = "Complaints from intake to the customer's confirmation, answered within 24 hours and resolved within 48")
@RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
        Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    private final CurrentCaller caller;
    private final ComplaintIntake intake;
    private final ComplaintViews views;
    private final ComplaintHandling handling;
    private final ComplaintConfirmation confirmation;
    private final ComplaintAnalysis analysis;
    private final RequestLanguage language;

    public ComplaintResource(CurrentCaller caller, ComplaintIntake intake, ComplaintViews views, ComplaintHandling handling,
                             ComplaintConfirmation confirmation, ComplaintAnalysis analysis, RequestLanguage language) {
        this.caller = caller;
        this.intake = intake;
        this.views = views;
        this.handling = handling;
        this.confirmation = confirmation;
        this.analysis = analysis;
        this.language = language;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "fileComplaint", summary = "File a complaint (the owner in the app, or staff for a customer named by phone)",
            description = "It gets a unique number (TS-yyyyMMdd-NNNN), a priority suggested from the category and the order, the "
                    + "responsible team by category and a named owner, who is never the person it is about (an attitude or "
                    + "delivery-time complaint on an order is about its advisor, or about the member of staff named in subjectId): "
                    + "another member of the team or a manager owns it. The customer is told the number and when they will hear back. "
                    + "While a complaint on the same order is still open, a second one does not start another case: it is added to "
                    + "the open one as a CUSTOMER_ADDED step and the answer is 200 with that complaint (its own number, "
                    + "Content-Location naming it) instead of 201.")
    @APIResponse(responseCode = "201", description = "Filed",
            headers = @Header(name = "Location", description = "The complaint", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "200", description = "Added to the complaint still open on the same order (a CUSTOMER_ADDED step); the body is that complaint",
            headers = @Header(name = "Content-Location", description = "The open complaint it joined", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "Nobody in the shop can own the complaint (no staff of its team and no manager)")
    @APIResponse(responseCode = "429", description = "Too many complaints filed in the app (5 a day per customer, 30 per client address)",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)))
    public Uni<Response> file(@Valid @NotNull ComplaintRequest req, @Context HttpServerRequest request) {
        return intake.file(caller.get(), req, ClientAddress.of(request)).map(filed -> {
            URI at = URI.create("/api/v1/complaints/" + filed.complaint().id());
            return filed.joined() ? Response.ok(filed.complaint()).contentLocation(at).build()
                    : Response.created(at).entity(filed.complaint()).build();
        });
    }

    @GET
    @Operation(operationId = "listComplaints", summary = "Complaints: my own (customers), the inbox by nearest deadline (staff)",
            description = "Staff see every open complaint and those closed in the last 30 days; mine=true keeps those they own "
                    + "or own the remedy of (an advisor's own tab), closed ones included.")
    @APIResponse(responseCode = "200", description = "Complaints",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ComplaintSummary.class)))
    public Uni<List<ComplaintSummary>> list(@QueryParam("status") ComplaintStatus status,
                                            @QueryParam("mine") @DefaultValue("false") boolean mine,
                                            @BeanParam Paging paging) {
        return views.list(caller.get(), status, mine, paging.page());
    }

    @GET
    @Path("/stats")
    @RolesAllowed({Role.MANAGER_NAME, Role.CUSTOMER_SERVICE_NAME})
    @Operation(operationId = "complaintStats", summary = "The analysis of a period (manager, customer service)",
            description = "from/to are days in the shop's time zone (default: this month). Times are wall-clock minutes from filing; "
                    + "the shares count complaints done within their deadline among those done or past it.")
    @APIResponse(responseCode = "200", description = "Figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintStats.class)))
    public Uni<ComplaintStats> stats(@QueryParam("from") @Parameter(example = "2026-11-01") LocalDate from,
                                     @QueryParam("to") @Parameter(example = "2026-11-30") LocalDate to) {
        return analysis.stats(from, to);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @RolesAllowed({Role.MANAGER_NAME, Role.CUSTOMER_SERVICE_NAME})
    @Operation(operationId = "exportComplaints", summary = "The complaints of a period as CSV (manager, customer service)",
            description = "Headers and values (channel, category, priority, team, status, yes/no) in the language of Accept-Language "
                    + "(Chinese by default, English when asked); UTF-8 with a byte order mark for spreadsheet programs.")
    @APIResponse(responseCode = "200", description = "CSV, UTF-8",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> export(@QueryParam("from") @Parameter(example = "2026-11-01") LocalDate from,
                                @QueryParam("to") @Parameter(example = "2026-11-30") LocalDate to) {
        return analysis.csv(from, to, language.get()).map(csv -> Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"complaints.csv\"")
                .header("Content-Language", language.get().tag()).build());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getComplaint", summary = "One complaint with its clock and audit trail")
    @APIResponse(responseCode = "200", description = "The complaint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    public Uni<ComplaintView> get(@PathParam("id") UUID id) {
        return views.get(caller.get(), id);
    }

    @POST
    @Path("/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME, Role.CUSTOMER_SERVICE_NAME,
            Role.MANAGER_NAME})
    @Operation(operationId = "postComplaintStep", summary = "A step of the handling (its owner, customer service, a manager)",
            description = "ACKNOWLEDGE answers the customer; INVESTIGATE, NOTE with evidence from the order, PROPOSE_REMEDY, "
                    + "INFORM_CUSTOMER (resolved; waits for the customer's confirmation), WAIT_FOR_CUSTOMER / RESUME pause and "
                    + "restart the clock, REASSIGN, REPRIORITIZE. Every step is kept and cannot be changed.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "403", description = "Staff who are neither its owner, the owner of its remedy, customer service nor a manager")
    @APIResponse(responseCode = "409", description = "Not possible in the complaint's state")
    public Uni<ComplaintView> step(@PathParam("id") UUID id, @Valid @NotNull ComplaintStepRequest req) {
        return handling.step(caller.get(), id, req);
    }

    @POST
    @Path("/{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CUSTOMER_NAME)
    @Operation(operationId = "confirmComplaint", summary = "The customer accepts the remedy (closed) or not (reopened)")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "409", description = "No remedy to confirm")
    public Uni<ComplaintView> confirm(@PathParam("id") UUID id, @Valid @NotNull ConfirmationRequest req) {
        return confirmation.confirm(caller.get(), id, req);
    }
}
