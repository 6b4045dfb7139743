package io.pitstop.repair.rest;

import io.pitstop.common.Detail;
import io.pitstop.common.InvalidInputException;
import io.pitstop.common.NotFoundException;
import io.pitstop.identity.Caller;
import io.pitstop.identity.Role;
import io.pitstop.repair.service.RepairQueries;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.UUID;

/**
 * Decides access to an order's live stream before the SSE response starts (once it has begun its status is 200): an
 * order the caller may not see is a 404, as for the order itself. Who may follow a stream at all is the resource's
 * {@code @RolesAllowed}. A malformed Last-Event-ID is a 400.
 */
public class LiveAccessFilter {

    private final CurrentIdentityAssociation identity;
    private final RepairQueries queries;

    public LiveAccessFilter(CurrentIdentityAssociation identity, RepairQueries queries) {
        this.identity = identity;
        this.queries = queries;
    }

    @ServerRequestFilter
    public Uni<Response> check(ContainerRequestContext ctx, ResourceInfo info) {
        if (info.getResourceMethod() == null || !info.getResourceMethod().isAnnotationPresent(LiveAccess.class)) {
            return Uni.createFrom().nullItem();
        }
        String last = ctx.getHeaderString("Last-Event-ID");
        if (last != null && !last.isBlank() && !last.strip().matches("\\d{1,18}")) {
            return Uni.createFrom().failure(new InvalidInputException("Last-Event-ID", Detail.of("problem.repair.last-event-id")));
        }
        return identity.getDeferredIdentity().chain(who -> {
            String orderId = ctx.getUriInfo().getPathParameters().getFirst("id");
            if (orderId == null || who.isAnonymous() || !(who.getPrincipal() instanceof JsonWebToken jwt) || who.hasRole(Role.PARTNER_NAME)) {
                // The board, or a caller the resource's @RolesAllowed refuses (401, or 403 for a partner: streams are not theirs).
                return Uni.createFrom().nullItem();
            }
            UUID id;
            try {
                id = UUID.fromString(orderId);
            } catch (IllegalArgumentException e) {
                throw new NotFoundException("repair-order", orderId);
            }
            return queries.streamAccess(Caller.of(jwt), id).replaceWith((Response) null);
        });
    }

    static long lastEventId(String header, long otherwise) {
        return header == null || header.isBlank() ? otherwise : Long.parseLong(header.strip());
    }
}
