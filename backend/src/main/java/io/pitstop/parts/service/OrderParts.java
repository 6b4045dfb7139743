package io.pitstop.parts.service;

import io.pitstop.common.Sequential;
import io.pitstop.identity.Caller;
import io.pitstop.parts.LineDemand;
import io.pitstop.parts.LineSupply;
import io.pitstop.parts.MovementKind;
import io.pitstop.parts.OrderRef;
import io.pitstop.parts.PartRef;
import io.pitstop.parts.PartsForOrders;
import io.pitstop.parts.SupplyState;
import io.pitstop.parts.persistence.DemandQueue;
import io.pitstop.parts.persistence.StockLedger;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The parts desk as the orders see it. Every method runs in the caller's session and transaction (none opens its
 * own), so a reservation commits or rolls back with the approval that asked for it. Whether a line gets its part is
 * decided by one statement on the part's locked balance ({@link StockLedger#reserve}); the balance's checks are the
 * last guard.
 */
@ApplicationScoped
public class OrderParts implements PartsForOrders {

    private final DemandQueue demands;
    private final StockLedger ledger;
    private final Supplies supplies;
    private final Clock clock;

    public OrderParts(DemandQueue demands, StockLedger ledger, Supplies supplies, Clock clock) {
        this.demands = demands;
        this.ledger = ledger;
        this.supplies = supplies;
        this.clock = clock;
    }

    @Override
    public Uni<List<LineSupply>> reserve(OrderRef order, List<LineDemand> lines, Caller caller, Instant now) {
        UUID actor = actor(caller);
        String label = label(order);
        return Sequential.each(lines, line -> demands.lock(line.lineId()).chain(existing -> {
            if (existing != null && existing.state() != SupplyState.RELEASED) {
                return Uni.createFrom().voidItem(); // asked before: it keeps its place and its state
            }
            return ledger.reserve(line.partId(), line.quantity(), order.orderId(), line.lineId(), actor, now).chain(reserved -> {
                SupplyState state = reserved ? SupplyState.RESERVED : SupplyState.SHORT;
                return existing == null
                        ? demands.insert(line.lineId(), order.orderId(), label, line.partId(), line.quantity(), state, now)
                        : demands.reopen(line.lineId(), label, line.partId(), line.quantity(), state, now);
            });
        })).chain(() -> demands.ofOrder(order.orderId()))
                .chain(all -> {
                    List<UUID> asked = lines.stream().map(LineDemand::lineId).toList();
                    List<DemandQueue.Demand> these = new ArrayList<>();
                    for (UUID id : asked) {
                        all.stream().filter(d -> d.lineId().equals(id)).findFirst().ifPresent(these::add);
                    }
                    return supplies.of(these, now);
                });
    }

    @Override
    public Uni<Void> release(UUID orderId, Collection<UUID> lineIds, Caller caller, Instant now) {
        return demands.lockOfOrder(orderId, lineIds).chain(list -> releaseAll(list, actor(caller), now));
    }

    @Override
    public Uni<Void> releaseOrder(UUID orderId, Caller caller, Instant now) {
        return demands.lockOfOrder(orderId, null).chain(list -> releaseAll(list, actor(caller), now));
    }

    /** Reserved parts go back to the shelf (a RELEASED movement); awaited ones are no longer awaited; issued stay issued. */
    private Uni<Void> releaseAll(List<DemandQueue.Demand> list, UUID actor, Instant now) {
        return Sequential.each(list, d -> switch (d.state()) {
            case RESERVED -> ledger.record(d.partId(), MovementKind.RELEASED, java.math.BigDecimal.ZERO, d.quantity().negate(),
                            StockLedger.Refs.line(d.orderId(), d.lineId(), actor), now)
                    .chain(() -> demands.setState(d.lineId(), SupplyState.RELEASED, now));
            case SHORT -> demands.setState(d.lineId(), SupplyState.RELEASED, now);
            case ISSUED, RELEASED -> Uni.createFrom().voidItem();
        });
    }

    @Override
    public Uni<Void> askToIssue(UUID orderId, Caller caller, Instant now) {
        return demands.askToIssue(orderId, now).replaceWithVoid();
    }

    @Override
    public Uni<List<LineSupply>> ofOrder(UUID orderId) {
        Instant now = clock.instant();
        return demands.ofOrder(orderId).chain(list -> supplies.of(list, now));
    }

    @Override
    public Uni<Map<UUID, PartRef>> parts(Collection<UUID> partIds) {
        return supplies.parts(partIds);
    }

    static UUID actor(Caller caller) {
        return caller == null || caller.isPartner() ? null : caller.accountId();
    }

    private static String label(OrderRef order) {
        String l = order.label() == null || order.label().isBlank() ? order.orderId().toString() : order.label().strip();
        return l.length() > 80 ? l.substring(0, 80) : l;
    }

}
