package io.pitstop.repair.rest;

import io.pitstop.common.InvalidInputException;
import io.pitstop.identity.Caller;
import io.pitstop.repair.service.RepairService;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.UUID;

/**
 * Decides access to the live streams before the SSE response starts: the order's owner and staff may follow an
 * order (anyone else gets 404, as for the order itself); only staff may follow the board. A malformed
 * Last-Event-ID is a 400.
 */
public class LiveAccessFilter {

    private final CurrentIdentityAssociation identity;
    private final RepairService repair;

    public LiveAccessFilter(CurrentIdentityAssociation identity, RepairService repair) {
        this.identity = identity;
        this.repair = repair;
    }

    @ServerRequestFilter
    public Uni<Response> check(ContainerRequestContext ctx, ResourceInfo info) {
        if (info.getResourceMethod() == null || !info.getResourceMethod().isAnnotationPresent(LiveAccess.class)) {
            return Uni.createFrom().nullItem();
        }
        String last = ctx.getHeaderString("Last-Event-ID");
        if (last != null && !last.isBlank() && !last.strip().matches("\\d{1,18}")) {
            return Uni.createFrom().failure(new InvalidInputException("Last-Event-ID", "must be the id of an event received before"));
        }
        return identity.getDeferredIdentity().chain(who -> {
            if (who.isAnonymous() || !(who.getPrincipal() instanceof JsonWebToken jwt)) {
                // Not logged in: the resource's @Authenticated answers 401.
                return Uni.createFrom().nullItem();
            }
            Caller caller = Caller.of(jwt);
            String orderId = ctx.getUriInfo().getPathParameters().getFirst("id");
            if (orderId == null) {
                if (!caller.role().isStaff()) {
                    throw new ForbiddenException("The board is for staff");
                }
                return Uni.createFrom().nullItem();
            }
            UUID id;
            try {
                id = UUID.fromString(orderId);
            } catch (IllegalArgumentException e) {
                throw new io.pitstop.common.NotFoundException("Repair order " + orderId);
            }
            return repair.streamAccess(caller, id).replaceWith((Response) null);
        });
    }

    static long lastEventId(String header, long otherwise) {
        return header == null || header.isBlank() ? otherwise : Long.parseLong(header.strip());
    }
}
