package io.pitstop.repair.rest;

import io.pitstop.identity.CurrentCaller;
import io.pitstop.identity.PartnerScopes;
import io.pitstop.identity.Role;
import io.pitstop.repair.AttachmentPurpose;
import io.pitstop.repair.AttachmentView;
import io.pitstop.repair.service.AttachmentService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Photos and documents of an order: added by staff, shown to the owner and the staff. */
@Path("/api/v1/repair-orders/{id}/attachments")
@Tag(name = RepairApi.TAG, description = RepairApi.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
public class AttachmentResource {

    private final CurrentCaller caller;
    private final AttachmentService files;

    public AttachmentResource(CurrentCaller caller, AttachmentService files) {
        this.caller = caller;
        this.files = files;
    }

    /** The multipart form of an upload, as the contract shows it. */
    @Schema(name = "AttachmentUpload", requiredProperties = {"purpose", "file"})
    public static class AttachmentUpload {
        public AttachmentPurpose purpose;
        @Schema(type = SchemaType.STRING, format = "binary", description = "JPEG, PNG, HEIC or PDF, at most 10 MiB; the type is read from the bytes")
        public String file;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME, Role.CUSTOMER_SERVICE_NAME,
            Role.MANAGER_NAME})
    @Operation(operationId = "uploadAttachment", summary = "Add a photo or document to the order (staff)")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = AttachmentUpload.class)))
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "400", description = "Not a JPEG/PNG/HEIC/PDF by its content, empty or too large")
    @APIResponse(responseCode = "409", description = "The order is closed")
    public Uni<Response> upload(@PathParam("id") UUID id, @RestForm("purpose") @Parameter(hidden = true) AttachmentPurpose purpose,
                                @RestForm("file") @Parameter(hidden = true) FileUpload file) {
        AttachmentService.Upload upload = file == null ? null : new AttachmentService.Upload(file.uploadedFile().toString(), file.size(), file.fileName());
        return files.upload(caller.get(), id, purpose, upload)
                .map(a -> Response.created(URI.create(a.url())).entity(a).build());
    }

    @GET
    @Path("/{attachmentId}")
    @Produces({"image/jpeg", "image/png", "image/heic", "application/pdf"})
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
            Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME, PartnerScopes.REPAIRS_READ_ROLE})
    @Operation(operationId = "getAttachment", summary = "The bytes of a photo or document (owner and staff)")
    @APIResponse(responseCode = "200", description = "The file",
            content = {@Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/heic", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such order or attachment (or not yours)")
    public Uni<Response> attachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        // Only a verified image is shown in place; anything else (a PDF) is a download, never rendered by the browser.
        return files.download(caller.get(), id, attachmentId).map(c -> Response.ok(c.bytes().getBytes(), c.contentType())
                .header("Cache-Control", "private, max-age=86400")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", (c.contentType().startsWith("image/") ? "inline" : "attachment")
                        + (c.fileName() == null ? "" : "; filename*=UTF-8''"
                        + URLEncoder.encode(c.fileName(), StandardCharsets.UTF_8).replace("+", "%20")))
                .build());
    }
}
