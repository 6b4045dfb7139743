package io.pitstop.parts.service;

import io.pitstop.common.Sequential;
import io.pitstop.parts.PartsArrivals;
import io.pitstop.parts.SupplyState;
import io.pitstop.parts.persistence.DemandQueue;
import io.pitstop.parts.persistence.StockLedger;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Serving the lines that wait for a part when stock comes in: first come, first served (asked_at, then line id),
 * each reserved whole while stock is available; the first that does not fit stops the queue, so a later, smaller
 * line never overtakes it. Each order whose lines were served is told, in the same transaction, through every
 * {@link PartsArrivals} there is (none: nothing is told, nothing breaks).
 */
@ApplicationScoped
public class WaitingLines {

    private final DemandQueue demands;
    private final StockLedger ledger;
    private final Instance<PartsArrivals> arrivals;

    public WaitingLines(DemandQueue demands, StockLedger ledger, Instance<PartsArrivals> arrivals) {
        this.demands = demands;
        this.ledger = ledger;
        this.arrivals = arrivals;
    }

    /** Serves the waiting lines of these parts, then tells the orders. */
    public Uni<Void> serve(Collection<UUID> partIds, UUID actor, Instant now) {
        Map<UUID, List<UUID>> served = new LinkedHashMap<>();
        return Sequential.each(List.copyOf(partIds), partId -> demands.lockShort(partId).chain(waiting -> {
            AtomicBoolean blocked = new AtomicBoolean();
            return Sequential.each(waiting, d -> blocked.get() ? Uni.createFrom().voidItem()
                    : ledger.reserve(d.partId(), d.quantity(), d.orderId(), d.lineId(), actor, now).chain(ok -> {
                        if (!ok) {
                            blocked.set(true);
                            return Uni.createFrom().voidItem();
                        }
                        served.computeIfAbsent(d.orderId(), k -> new ArrayList<>()).add(d.lineId());
                        return demands.setState(d.lineId(), SupplyState.RESERVED, now);
                    }));
        })).chain(() -> tell(served, now));
    }

    private Uni<Void> tell(Map<UUID, List<UUID>> served, Instant now) {
        List<PartsArrivals> listeners = new ArrayList<>();
        arrivals.forEach(listeners::add);
        return Sequential.each(List.copyOf(served.keySet()), orderId -> demands.ofOrder(orderId).chain(all -> {
            boolean allSupplied = all.stream().noneMatch(d -> d.state() == SupplyState.SHORT);
            return Sequential.each(listeners, l -> l.arrived(orderId, List.copyOf(served.get(orderId)), allSupplied, now));
        }));
    }
}
