package io.pitstop.repair.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SettlementLineRepository implements PanacheRepositoryBase<SettlementLine, UUID> {

    public Uni<List<SettlementLine>> ofOrder(UUID orderId) {
        return list("orderId = ?1 order by position", orderId);
    }
}
