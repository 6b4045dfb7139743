package io.pitstop.parts;

import io.pitstop.identity.Caller;
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the repair side asks of the parts desk. Parts knows an order only by its id and a label to show
 * (number and plate); it never reads repair's tables. Every method joins the caller's transaction, so a
 * reservation commits or rolls back with the approval that asked for it. {@code caller} is null when a job acts.
 */
public interface PartsForOrders {

    /**
     * Approved lines ask for their parts. A line is reserved whole when the part is available, else it waits
     * (SHORT) for the next receipt, first come first served, with its expected arrival. The database decides
     * between two orders asking for the last unit: exactly one gets it.
     */
    Uni<List<LineSupply>> reserve(OrderRef order, List<LineDemand> lines, Caller caller, Instant now);

    /** Whatever is reserved for or awaited by these lines is given back (a declined line, a changed quantity). */
    Uni<Void> release(UUID orderId, Collection<UUID> lineIds, Caller caller, Instant now);

    /** The order was cancelled or delivered: nothing stays reserved or awaited for it. */
    Uni<Void> releaseOrder(UUID orderId, Caller caller, Instant now);

    /** The technician asks for the order's reserved parts: they go to the top of the parts desk's "issue now". */
    Uni<Void> askToIssue(UUID orderId, Caller caller, Instant now);

    /** Each part line of the order as it stands now, in the order the lines were asked for. */
    Uni<List<LineSupply>> ofOrder(UUID orderId);

    /** Catalogue entries by id (unknown ids are absent), for lines that name a part. */
    Uni<Map<UUID, PartRef>> parts(Collection<UUID> partIds);
}
