package io.pitstop.parts.rest;

import io.pitstop.common.Paging;
import io.pitstop.identity.CurrentCaller;
import io.pitstop.identity.Role;
import io.pitstop.parts.IssueItemView;
import io.pitstop.parts.IssueRequest;
import io.pitstop.parts.LineSupplyView;
import io.pitstop.parts.PartRequest;
import io.pitstop.parts.PartView;
import io.pitstop.parts.ReturnRequest;
import io.pitstop.parts.ScrapRequest;
import io.pitstop.parts.ShortageView;
import io.pitstop.parts.StockMovementView;
import io.pitstop.parts.service.Catalogue;
import io.pitstop.parts.service.StockDesk;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/parts")
@Tag(name = "Parts", description = "The parts catalogue, its stock ledger and the parts counter (配件)")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class PartResource {

    private final CurrentCaller caller;
    private final Catalogue catalogue;
    private final StockDesk desk;

    public PartResource(CurrentCaller caller, Catalogue catalogue, StockDesk desk) {
        this.caller = caller;
        this.catalogue = catalogue;
        this.desk = desk;
    }

    @GET
    @RolesAllowed({Role.PARTS_NAME, Role.MANAGER_NAME, Role.ADVISOR_NAME, Role.TEAM_LEAD_NAME, Role.TECHNICIAN_NAME, Role.INSPECTOR_NAME})
    @Operation(operationId = "listParts", summary = "The catalogue with stock: by part number; a text matches number, names or brand",
            description = "Staff who write estimates and repair see availability here; the parts desk sees everything.")
    @APIResponse(responseCode = "200", description = "Parts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PartView.class)))
    public Uni<List<PartView>> list(@QueryParam("q") @Size(max = 60) @Parameter(description = "Part number, name (zh/en) or brand, any part of it", example = "刹车片") String q,
                                    @QueryParam("belowMinimum") @Parameter(description = "Only those below (true) or not below (false) their minimum") Boolean belowMinimum,
                                    @BeanParam Paging paging) {
        return catalogue.search(q, belowMinimum, paging.page());
    }

    @POST
    @RolesAllowed({Role.PARTS_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPart", summary = "Add a part to the catalogue with its approved suppliers (parts desk, manager)")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartView.class)))
    @APIResponse(responseCode = "409", description = "The part number is taken")
    public Uni<Response> create(@Valid @NotNull PartRequest req) {
        return catalogue.create(caller.get(), req).map(v -> Response.created(URI.create("/api/v1/parts/" + v.id())).entity(v).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.PARTS_NAME, Role.MANAGER_NAME, Role.ADVISOR_NAME, Role.TEAM_LEAD_NAME, Role.TECHNICIAN_NAME, Role.INSPECTOR_NAME})
    @Operation(operationId = "getPart", summary = "One catalogue entry with its stock and suppliers")
    @APIResponse(responseCode = "200", description = "The part",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartView.class)))
    public Uni<PartView> get(@PathParam("id") UUID id) {
        return catalogue.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.PARTS_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePart", summary = "Change a catalogue entry: names, price, minimum, suppliers (parts desk, manager)",
            description = "Suppliers, when given, replace the approved list; absent, it stays.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartView.class)))
    @APIResponse(responseCode = "409", description = "The part number is taken")
    public Uni<PartView> update(@PathParam("id") UUID id, @Valid @NotNull PartRequest req) {
        return catalogue.update(caller.get(), id, req);
    }

    @GET
    @Path("/{id}/ledger")
    @RolesAllowed({Role.PARTS_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "getPartLedger", summary = "A part's stock movements, newest first, each with the on-hand and reserved after it")
    @APIResponse(responseCode = "200", description = "Movements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = StockMovementView.class)))
    public Uni<List<StockMovementView>> ledger(@PathParam("id") UUID id, @BeanParam Paging paging) {
        return desk.movements(id, paging.page());
    }

    @POST
    @Path("/{id}/scrap")
    @RolesAllowed(Role.PARTS_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scrapPart", summary = "Take damaged or lost units out of stock, with the reason (parts desk)")
    @APIResponse(responseCode = "200", description = "Scrapped",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartView.class)))
    @APIResponse(responseCode = "409", description = "More than is available (reserved units cannot be scrapped)")
    public Uni<PartView> scrap(@PathParam("id") UUID id, @Valid @NotNull ScrapRequest req) {
        return desk.scrap(caller.get(), id, req);
    }

    @GET
    @Path("/to-issue")
    @RolesAllowed({Role.PARTS_NAME, Role.MANAGER_NAME})
    @Operation(operationId = "listPartsToIssue", summary = "Reserved lines to hand to the workshop: those a technician asked for first")
    @APIResponse(responseCode = "200", description = "Lines to issue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = IssueItemView.class)))
    public Uni<List<IssueItemView>> toIssue(@BeanParam Paging paging) {
        return desk.toIssue(paging.page());
    }

    @POST
    @Path("/issues")
    @RolesAllowed(Role.PARTS_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issuePart", summary = "Hand a reserved line whole to the workshop (parts desk)")
    @APIResponse(responseCode = "200", description = "Issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LineSupplyView.class)))
    @APIResponse(responseCode = "409", description = "The line is not reserved (short, issued or released)")
    public Uni<LineSupplyView> issue(@Valid @NotNull IssueRequest req) {
        return desk.issue(caller.get(), req.lineId());
    }

    @POST
    @Path("/returns")
    @RolesAllowed(Role.PARTS_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnPart", summary = "Take back unused issued units from the workshop, with the reason (parts desk)")
    @APIResponse(responseCode = "200", description = "Taken back",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LineSupplyView.class)))
    public Uni<LineSupplyView> giveBack(@Valid @NotNull ReturnRequest req) {
        return desk.giveBack(caller.get(), req);
    }

    @GET
    @Path("/shortages")
    @RolesAllowed({Role.PARTS_NAME, Role.MANAGER_NAME, Role.ADVISOR_NAME, Role.TEAM_LEAD_NAME, Role.TECHNICIAN_NAME, Role.INSPECTOR_NAME})
    @Operation(operationId = "listShortages", summary = "Parts awaited by order lines: how many, by whom (first come first), and when they should come")
    @APIResponse(responseCode = "200", description = "Shortages",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ShortageView.class)))
    public Uni<List<ShortageView>> shortages(@BeanParam Paging paging) {
        return desk.shortages(paging.page());
    }
}
