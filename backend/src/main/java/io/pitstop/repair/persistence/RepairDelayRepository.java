package io.pitstop.repair.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RepairDelayRepository implements PanacheRepositoryBase<RepairDelay, UUID> {

    public Uni<List<RepairDelay>> ofOrder(UUID orderId) {
        return list("orderId = ?1 order by declaredAt", orderId);
    }

    public Uni<List<UUID>> delayedAmong(Collection<UUID> orderIds) {
        return orderIds.isEmpty() ? Uni.createFrom().item(List.of())
                : find("select distinct orderId from RepairDelay where orderId in ?1", orderIds).project(UUID.class).list();
    }
}
