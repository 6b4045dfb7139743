package io.pitstop.repair.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EstimateItemRepository implements PanacheRepositoryBase<EstimateItem, UUID> {

    public Uni<List<EstimateItem>> ofOrder(UUID orderId) {
        return list("orderId = ?1 order by round, position", orderId);
    }

    public Uni<List<EstimateItem>> ofOrders(Collection<UUID> orderIds) {
        return orderIds.isEmpty() ? Uni.createFrom().item(List.of()) : list("orderId in ?1 order by round, position", orderIds);
    }
}
