package io.pitstop.notify;

import io.pitstop.common.Paging;
import com.fasterxml.jackson.core.type.TypeReference;
import io.pitstop.common.ConflictException;
import io.pitstop.common.Detail;
import io.pitstop.common.JsonText;
import io.pitstop.common.Messages;
import io.pitstop.common.NotFoundException;
import io.pitstop.common.RequestLanguage;
import io.pitstop.common.Times;
import org.eclipse.microprofile.jwt.JsonWebToken;
import io.pitstop.identity.Role;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1")
@Tag(name = "Notifications", description = "The caller's in-app inbox, and external deliveries for operations")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
    };

    private final JsonWebToken jwt;
    private final NotificationRepository notifications;
    private final OutboxRepository outbox;
    private final JsonText json;
    private final Clock clock;
    private final OutboxDispatcher dispatcher;
    private final RequestLanguage language;

    public NotificationResource(JsonWebToken jwt, NotificationRepository notifications, OutboxRepository outbox,
                                JsonText json, Clock clock, OutboxDispatcher dispatcher, RequestLanguage language) {
        this.language = language;
        this.jwt = jwt;
        this.notifications = notifications;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.dispatcher = dispatcher;
    }

    @GET
    @Path("/notifications")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
            Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME, Role.PARTS_NAME})
    @WithSession
    @Operation(operationId = "listNotifications", summary = "My notifications, newest first (paged)")
    @APIResponse(responseCode = "200", description = "The inbox",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = NotificationView.class)))
    @APIResponse(responseCode = "403", description = "A partner token: partner applications have no inbox")
    public Uni<List<NotificationView>> inbox(@BeanParam Paging paging) {
        return notifications.inbox(me(), paging.page()).map(list -> list.stream().map(this::view).toList());
    }

    @GET
    @Path("/notifications/unread-count")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
            Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME, Role.PARTS_NAME})
    @WithSession
    @Operation(operationId = "countUnreadNotifications", summary = "How many of my notifications are unread")
    @APIResponse(responseCode = "200", description = "The count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnreadCount.class)))
    @APIResponse(responseCode = "403", description = "A partner token: partner applications have no inbox")
    public Uni<UnreadCount> unread() {
        return notifications.unread(me()).map(UnreadCount::new);
    }

    @POST
    @Path("/notifications/{id}/read")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADVISOR_NAME, Role.TECHNICIAN_NAME, Role.TEAM_LEAD_NAME, Role.INSPECTOR_NAME,
            Role.CUSTOMER_SERVICE_NAME, Role.MANAGER_NAME, Role.PARTS_NAME})
    @WithTransaction
    @Operation(operationId = "markNotificationRead", summary = "Mark one of my notifications read")
    @APIResponse(responseCode = "204", description = "Read")
    @APIResponse(responseCode = "403", description = "A partner token: partner applications have no inbox")
    public Uni<Response> read(@PathParam("id") UUID id) {
        return notifications.ofRecipient(me(), id).map(n -> {
            if (n == null) {
                throw new NotFoundException("notification", id);
            }
            if (n.readAt == null) {
                n.readAt = clock.instant();
            }
            return Response.noContent().build();
        });
    }

    @GET
    @Path("/outbox")
    @RolesAllowed(Role.MANAGER_NAME)
    @WithSession
    @Operation(operationId = "listOutbox", summary = "External deliveries by status (FAILED ones gave up after the last retry)")
    @APIResponse(responseCode = "200", description = "Deliveries, newest first (paged)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = OutboxMessageView.class)))
    public Uni<List<OutboxMessageView>> outbox(@QueryParam("status") @DefaultValue("FAILED")
                                               @Pattern(regexp = "PENDING|SENT|FAILED|EXPIRED", message = "{pitstop.outbox.status}")
                                               @Parameter(schema = @Schema(enumeration = {"PENDING", "SENT", "FAILED", "EXPIRED"})) String status,
                                               @BeanParam Paging paging) {
        return outbox.byStatus(status, paging.page()).map(list -> list.stream().map(NotificationResource::view).toList());
    }

    @POST
    @Path("/outbox/{id}/retry")
    @RolesAllowed(Role.MANAGER_NAME)
    @Operation(operationId = "retryOutboxMessage", summary = "Send a failed external delivery again",
            description = "Puts a FAILED message back in the queue with a fresh set of attempts and tries it at once. "
                    + "A message that held a one-time code cannot be retried: its text was erased when it failed, "
                    + "and the person asks for a new code instead.")
    @APIResponse(responseCode = "200", description = "The message after the immediate attempt (SENT, or PENDING with its next attempt)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutboxMessageView.class)))
    @APIResponse(responseCode = "409", description = "Not FAILED, or its text was erased (a one-time code)")
    public Uni<OutboxMessageView> retry(@PathParam("id") UUID id) {
        return Panache.withTransaction(() -> outbox.findById(id).invoke(m -> {
                    if (m == null) {
                        throw new NotFoundException("outbox-message", id);
                    }
                    if (!OutboxMessage.FAILED.equals(m.status)) {
                        throw new ConflictException("outbox-not-failed", Detail.of("problem.outbox.notFailed", Map.of("status", m.status)));
                    }
                    if (m.sensitive) {
                        throw new ConflictException("outbox-secret-erased", Detail.of("problem.outbox.secretErased"));
                    }
                    m.status = OutboxMessage.PENDING;
                    m.attempts = 0;
                    m.nextAttemptAt = clock.instant();
                }))
                .chain(() -> dispatcher.dispatchNow(id))
                .chain(() -> Panache.withSession(() -> outbox.findById(id)))
                .map(NotificationResource::view);
    }

    private static OutboxMessageView view(OutboxMessage m) {
        return new OutboxMessageView(m.id.toString(), m.channel, m.kind, m.address, m.status, m.attempts, m.lastError,
                at(m.createdAt), at(m.nextAttemptAt), at(m.sentAt));
    }

    /**
     * The inbox belongs to an account: the roles that have one are declared on each operation (a partner application
     * has none). notify knows no capability, so it reads the account from the verified token rather than from
     * identity's CurrentCaller; the role names are compile-time constants.
     */
    private UUID me() {
        return UUID.fromString(jwt.getSubject());
    }

    private NotificationView view(Notification n) {
        Map<String, String> params;
        try {
            params = json.read(n.params, PARAMS);
        } catch (Exception e) {
            params = Map.of();
        }
        return new NotificationView(n.id.toString(), n.kind, params, textFor(n, params),
                n.appointmentId == null ? null : n.appointmentId.toString(),
                n.repairOrderId == null ? null : n.repairOrderId.toString(),
                n.complaintId == null ? null : n.complaintId.toString(), at(n.createdAt), at(n.readAt));
    }

    /** A catalogue kind is said in the reader's language; an older or unknown one keeps the text it was stored with. */
    private String textFor(Notification n, Map<String, String> params) {
        NotificationKind kind;
        try {
            kind = NotificationKind.valueOf(n.kind);
        } catch (IllegalArgumentException e) {
            return n.text;
        }
        if (!Messages.has(kind.key()) || kind.required().stream().anyMatch(p -> params.get(p) == null || params.get(p).isBlank())) {
            return n.text;
        }
        return Notifier.text(kind, params, language.get());
    }

    private static OffsetDateTime at(Instant instant) {
        return Times.at(instant, ZoneOffset.UTC);
    }
}
