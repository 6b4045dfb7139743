package io.pitstop.parts.rest;

import io.pitstop.common.Paging;
import io.pitstop.identity.Role;
import io.pitstop.parts.SupplierRequest;
import io.pitstop.parts.SupplierView;
import io.pitstop.parts.service.Catalogue;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/v1/suppliers")
@Tag(name = "Parts")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PARTS_NAME, Role.MANAGER_NAME})
public class SupplierResource {

    private final Catalogue catalogue;

    public SupplierResource(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(operationId = "listSuppliers", summary = "Suppliers, by name (parts desk, manager)")
    @APIResponse(responseCode = "200", description = "Suppliers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SupplierView.class)))
    public Uni<List<SupplierView>> list(@BeanParam Paging paging) {
        return catalogue.suppliers(paging.page());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSupplier", summary = "Add a supplier; parts approve it with their terms (parts desk, manager)")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupplierView.class)))
    public Uni<Response> create(@Valid @NotNull SupplierRequest req) {
        return catalogue.createSupplier(req).map(v -> Response.created(URI.create("/api/v1/suppliers/" + v.id())).entity(v).build());
    }
}
