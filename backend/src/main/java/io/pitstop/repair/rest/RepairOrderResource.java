package io.pitstop.repair.rest;

import io.pitstop.identity.CurrentCaller;
import io.pitstop.common.Problem;
import io.pitstop.identity.Caller;
import io.pitstop.live.LiveHub;
import io.pitstop.live.LiveSse;
import io.pitstop.repair.ApprovalRequest;
import io.pitstop.repair.AttachmentPurpose;
import io.pitstop.repair.AttachmentView;
import io.pitstop.repair.CheckInRequest;
import io.pitstop.repair.DelayRequest;
import io.pitstop.repair.DeliveryRequest;
import io.pitstop.repair.EstimateRequest;
import io.pitstop.repair.RepairEventView;
import io.pitstop.repair.RepairOrderSummary;
import io.pitstop.repair.RepairOrderView;
import io.pitstop.repair.RepairStatus;
import io.pitstop.repair.SettlementRequest;
import io.pitstop.repair.SupplementRequest;
import io.pitstop.repair.TransitionRequest;
import io.pitstop.repair.UpdateRequest;
import io.pitstop.repair.service.AttachmentService;
import io.pitstop.repair.service.RepairFeeds;
import io.pitstop.repair.service.RepairService;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/repair-orders")
@Tag(name = "Live repair", description = "Repair orders from reception to delivery: estimate approval, the workshop flow, progress, delays, settlement, and their live event streams")
@Authenticated
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "Not logged in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Wrong role, or a partner without the scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RepairOrderResource {

    private final CurrentCaller caller;
    private final RepairService repair;
    private final AttachmentService files;
    private final LiveHub live;

    public RepairOrderResource(CurrentCaller caller, RepairService repair, AttachmentService files, LiveHub live) {
        this.caller = caller;
        this.repair = repair;
        this.files = files;
        this.live = live;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkIn", summary = "Receive a car and open its repair order (advisor)",
            description = "From a confirmed booking (which becomes CHECKED_IN) or, for a walk-in, from one of the customer's "
                    + "vehicles. The receiving advisor owns the order.")
    @APIResponse(responseCode = "201", description = "Opened",
            headers = @Header(name = "Location", description = "The order", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such booking", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Booking not confirmed or already received, or the car is already in the workshop",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> checkIn(@Valid @NotNull CheckInRequest req) {
        return repair.checkIn(caller.get(), req).map(v -> Response.created(URI.create("/api/v1/repair-orders/" + v.id())).entity(v).build());
    }

    @GET
    @Operation(operationId = "listRepairOrders", summary = "Repair orders: my own (customers), a day's board (staff), those of my bookings (partners)",
            description = "Staff see the open orders and those received or delivered on the day (default today, shop time zone).")
    @APIResponse(responseCode = "200", description = "Orders",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RepairOrderSummary.class)))
    public Uni<List<RepairOrderSummary>> list(@QueryParam("status") RepairStatus status,
                                              @QueryParam("day") @Parameter(example = "2026-11-25") LocalDate day) {
        return repair.list(caller.get(), status, day);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRepairOrder", summary = "One repair order with its estimate, delays, settlement and attachments")
    @APIResponse(responseCode = "200", description = "The order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "404", description = "No such order (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RepairOrderView> get(@PathParam("id") UUID id) {
        return repair.get(caller.get(), id);
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(operationId = "getRepairTimeline", summary = "Every event of the order, oldest first (what its stream replays)")
    @APIResponse(responseCode = "200", description = "Events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RepairEventView.class)))
    @APIResponse(responseCode = "404", description = "No such order (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<RepairEventView>> timeline(@PathParam("id") UUID id) {
        return repair.timeline(caller.get(), id);
    }

    @GET
    @Path("/{id}/events")
    @LiveAccess
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamRepairOrder", summary = "The order's events, live (owner and staff; server-sent events)",
            description = "Each SSE event has id: the order's event sequence, event: the type, data: a RepairEventView. A new "
                    + "connection replays the whole timeline; a reconnect with Last-Event-ID replays exactly what came after "
                    + "it, then continues live. A comment line every 15 seconds keeps proxies from closing it. Send the token "
                    + "in the Authorization header (never in the URL).")
    @APIResponse(responseCode = "200", description = "The stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = RepairEventView.class)))
    @APIResponse(responseCode = "400", description = "Malformed Last-Event-ID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<OutboundSseEvent> events(@PathParam("id") UUID id,
                                          @HeaderParam("Last-Event-ID") @Parameter(description = "The last id received, on reconnect", example = "7") String lastEventId,
                                          @Context Sse sse) {
        boolean staff = caller.get().role().isStaff();
        return LiveSse.of(sse, live.stream(RepairFeeds.ORDER, id.toString(), LiveAccessFilter.lastEventId(lastEventId, 0),
                e -> staff || !e.staffOnly()), live.heartbeat());
    }

    @POST
    @Path("/{id}/estimate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendEstimate", summary = "Write the estimate and send it to the owner for approval (advisor)",
            description = "Replaces an estimate the customer has not started deciding on. Nothing is done before approval.")
    @APIResponse(responseCode = "200", description = "AWAITING_APPROVAL",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Past approval, or the customer has started deciding", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RepairOrderView> estimate(@PathParam("id") UUID id, @Valid @NotNull EstimateRequest req) {
        return repair.estimate(caller.get(), id, req);
    }

    @POST
    @Path("/{id}/supplements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendSupplement", summary = "Work found during the repair, sent for its own approval (advisor)",
            description = "The order cannot go to quality check while a supplement item waits for the customer.")
    @APIResponse(responseCode = "200", description = "Sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not in the workshop", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RepairOrderView> supplement(@PathParam("id") UUID id, @Valid @NotNull SupplementRequest req) {
        return repair.supplement(caller.get(), id, req);
    }

    @POST
    @Path("/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideItems", summary = "Approve or decline estimate items (the owner, or the advisor recording the owner's answer)",
            description = "Each decision is recorded with who and when. When no item of the estimate is pending, the order is "
                    + "APPROVED and its completion promised (or CANCELLED if every item was declined).")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "400", description = "Unknown item, or PENDING given", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Item already decided, or the order past deciding", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RepairOrderView> decide(@PathParam("id") UUID id, @Valid @NotNull ApprovalRequest req) {
        return repair.decide(caller.get(), id, req);
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveRepairOrder", summary = "Move the workshop flow: dispatch, start, wait for parts, QC, pass or fail, cancel",
            description = "APPROVED->DISPATCHED (team lead, with technicianId); DISPATCHED->IN_REPAIR, IN_REPAIR<->WAITING_PARTS, "
                    + "IN_REPAIR->QUALITY_CHECK (the assigned technician or the team lead); QUALITY_CHECK->READY or ->IN_REPAIR "
                    + "with the reason (inspector); CHECKED_IN/AWAITING_APPROVAL/APPROVED->CANCELLED (advisor, with reason). "
                    + "Any other move is 409. The order's nextSteps lists the moves the caller may make.")
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "400", description = "Reason or technician missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Illegal move, or a supplement pending before QC", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RepairOrderView> transition(@PathParam("id") UUID id, @Valid @NotNull TransitionRequest req) {
        return repair.transition(caller.get(), id, req);
    }

    @POST
    @Path("/{id}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postUpdate", summary = "Post a progress update to the owner (advisor or workshop)")
    @APIResponse(responseCode = "201", description = "Posted and pushed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairEventView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The order is closed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> update(@PathParam("id") UUID id, @Valid @NotNull UpdateRequest req) {
        return repair.update(caller.get(), id, req).map(e -> Response.status(201).entity(e).build());
    }

    @POST
    @Path("/{id}/delays")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declareDelay", summary = "Declare a delay: reason, new promised time, compensation (advisor)",
            description = "Pushed to the owner at once (app and SMS). The notice should come at least 30 minutes before the "
                    + "promised time; noticeMinutes records how early it came.")
    @APIResponse(responseCode = "200", description = "Declared",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (the new time must be later)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No running promise", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RepairOrderView> delay(@PathParam("id") UUID id, @Valid @NotNull DelayRequest req) {
        return repair.delay(caller.get(), id, req);
    }

    @PUT
    @Path("/{id}/settlement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueSettlement", summary = "Issue (or reissue) the settlement against the approved estimate (advisor)",
            description = "One line per approved item, plus new lines; every difference needs its reason. Reissuing clears the owner's signature.")
    @APIResponse(responseCode = "200", description = "Issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "400", description = "A line is wrong or a difference unexplained", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not READY", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RepairOrderView> settle(@PathParam("id") UUID id, @Valid @NotNull SettlementRequest req) {
        return repair.settle(caller.get(), id, req);
    }

    @POST
    @Path("/{id}/settlement/acknowledgement")
    @Operation(operationId = "acknowledgeSettlement", summary = "The owner signs the settlement")
    @APIResponse(responseCode = "200", description = "Signed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "404", description = "No such order (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No settlement, or already signed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RepairOrderView> acknowledge(@PathParam("id") UUID id) {
        return repair.acknowledge(caller.get(), id);
    }

    @POST
    @Path("/{id}/delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "deliver", summary = "Hand the car over and record the next service (advisor)")
    @APIResponse(responseCode = "200", description = "DELIVERED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepairOrderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not READY, or the settlement not signed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RepairOrderView> deliver(@PathParam("id") UUID id, @Valid @NotNull DeliveryRequest req) {
        return repair.deliver(caller.get(), id, req);
    }

    /** The multipart form of an upload, as the contract shows it. */
    @Schema(name = "AttachmentUpload", requiredProperties = {"purpose", "file"})
    public static class AttachmentUpload {
        public AttachmentPurpose purpose;
        @Schema(type = SchemaType.STRING, format = "binary", description = "JPEG, PNG, HEIC or PDF, at most 10 MiB; the type is read from the bytes")
        public String file;
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadAttachment", summary = "Add a photo or document to the order (staff)")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = AttachmentUpload.class)))
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "400", description = "Not a JPEG/PNG/HEIC/PDF by its content, empty or too large", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The order is closed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> upload(@PathParam("id") UUID id, @RestForm("purpose") @Parameter(hidden = true) AttachmentPurpose purpose,
                                @RestForm("file") @Parameter(hidden = true) FileUpload file) {
        AttachmentService.Upload upload = file == null ? null : new AttachmentService.Upload(file.uploadedFile().toString(), file.size(), file.fileName());
        return files.upload(caller.get(), id, purpose, upload)
                .map(a -> Response.created(URI.create(a.url())).entity(a).build());
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces({"image/jpeg", "image/png", "image/heic", "application/pdf"})
    @Operation(operationId = "getAttachment", summary = "The bytes of a photo or document (owner and staff)")
    @APIResponse(responseCode = "200", description = "The file",
            content = {@Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/heic", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such order or attachment (or not yours)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> attachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        // Only a verified image is shown in place; anything else (a PDF) is a download, never rendered by the browser.
        return files.download(caller.get(), id, attachmentId).map(c -> Response.ok(c.bytes().getBytes(), c.contentType())
                .header("Cache-Control", "private, max-age=86400")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", (c.contentType().startsWith("image/") ? "inline" : "attachment")
                        + (c.fileName() == null ? "" : "; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(c.fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")))
                .build());
    }
}
